/**
 * npm run bench:ingest: how ingest time grows with the size of its input, so
 * linearity can be seen: each row holds 4× the characters of the one before,
 * so a linear stage takes about 4× as long, a quadratic one 16×.
 *
 * Inputs, each a headline, a byline and one body of the given size:
 * - prose: one line of ordinary newspaper sentences;
 * - padded: one line with a single inner run of spaces (what a column export makes);
 * - lines: that many one-character lines (old Mac CR line ends read this way).
 * Then a 2 MB page of ordinary paragraphs.
 * Columns: decodePage, toBlocks, parsePage and the whole ingestPage, in ms.
 */
import { performance } from 'node:perf_hooks';
import { toBlocks } from '../src/lib/ingest/blocks.ts';
import { decodePage } from '../src/lib/ingest/decode.ts';
import { ingestPage } from '../src/lib/ingest/index.ts';
import { parsePage } from '../src/lib/ingest/structure.ts';

const PROSE = '2026年的春天，杭州市拱墅区站在了“十五五”谋篇开局的关键节点，AI产业增长5%左右。居民收入与经济增长同步；引进品牌首店100家以上！';
const SIZES = [10_000, 40_000, 160_000, 640_000];
/** Past this, a stage is not timed again at a larger size (a quadratic one would take minutes). */
const GIVE_UP_MS = 5_000;

const prose = (length: number) => PROSE.repeat(Math.ceil(length / PROSE.length)).slice(0, length - 1) + '。';
const INPUTS: [string, (length: number) => string][] = [
  ['prose', prose],
  ['padded', (length) => `前${' '.repeat(length - 3)}后。`],
  ['lines', (length) => '字\r'.repeat(length / 2)],
];

const pageWith = (body: string) => new TextEncoder().encode(`拱墅开局：以实干争先\n\n■ 詹丽华\n\n${body}\n`);

/** Milliseconds for `run`, or the error's first words when it fails (the parser may refuse odd input). */
function time(run: () => unknown): string {
  const start = performance.now();
  try {
    run();
  } catch (error) {
    return `error: ${(error as Error).message.slice(0, 30)}`;
  }
  return (performance.now() - start).toFixed(1);
}

const slow = new Set<string>();
function row(label: string, key: string, bytes: Uint8Array): void {
  const cells = ['decode', 'toBlocks', 'parsePage', 'ingestPage'].map((stage) => {
    if (slow.has(`${key}/${stage}`)) return 'skipped';
    let ms: string;
    if (stage === 'decode') ms = time(() => decodePage(bytes, 'bench.txt'));
    else if (stage === 'toBlocks') ms = time(() => toBlocks(decodePage(bytes, 'bench.txt').text));
    else if (stage === 'parsePage') {
      const blocks = toBlocks(decodePage(bytes, 'bench.txt').text);
      ms = time(() => parsePage(blocks, 'bench.txt'));
    } else ms = time(() => ingestPage({ file: 'bench.txt', bytes, published: { articles: [], editions: [] } }));
    if (Number(ms) > GIVE_UP_MS) slow.add(`${key}/${stage}`);
    return ms;
  });
  console.log(`| ${label} | ${cells.join(' | ')} |`);
}

// Warm up the JIT and the lazily built tables so the first row is not penalised.
for (const [, make] of INPUTS) ingestPage({ file: 'bench.txt', bytes: pageWith(make(2_000)), published: { articles: [], editions: [] } });

console.log('| input | decode ms | toBlocks ms | parsePage ms | ingestPage ms |');
console.log('| --- | --- | --- | --- | --- |');
for (const [name, make] of INPUTS) {
  for (const size of SIZES) row(`${name}, ${size / 1000}k characters`, name, pageWith(make(size)));
}
// About 2 MB of UTF-8: paragraphs of a few hundred characters, one a line, blank lines between.
row('2 MB page, 2000 paragraphs', 'page', pageWith(Array.from({ length: 2_000 }, (_, i) => prose(300 + (i % 7) * 10)).join('\n\n')));
console.log(`\n(a stage over ${GIVE_UP_MS / 1000} s is skipped at the larger sizes)`);
