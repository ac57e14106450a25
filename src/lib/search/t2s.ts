import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js';
import { HAN } from './han.ts';
import type { CharMap } from './normalize.ts';

const HAN_BLOCKS: [number, number][] = [
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xf900, 0xfaff],
];

/**
 * Every Han character OpenCC reads back to one other, mainland simplified
 * character, as [traditional, simplified] in code point order, each form it
 * gives read as Taiwan, Hong Kong and generic traditional, in that order. The same for every
 * corpus, and some 0.2 s of work per process, so it is kept on disk per
 * OpenCC version (node_modules/.cache/t2s/, or T2S_CACHE_DIR) when the
 * build runs in the project folder.
 */
function traditionalPairs(): [string, string][] {
  const version = (() => {
    try {
      return (JSON.parse(readFileSync(join(process.cwd(), 'node_modules/opencc-js/package.json'), 'utf8')) as { version: string }).version;
    } catch {
      return undefined;
    }
  })();
  const file = version && join(process.env.T2S_CACHE_DIR ?? join(process.cwd(), 'node_modules/.cache/t2s'), `opencc-${version}-2.json`);
  if (file) {
    try {
      return JSON.parse(readFileSync(file, 'utf8')) as [string, string][];
    } catch {
      // Not there yet: built below.
    }
  }
  const toSimplified = [OpenCC.Converter({ from: 'tw', to: 'cn' }), OpenCC.Converter({ from: 'hk', to: 'cn' }), OpenCC.Converter({ from: 't', to: 'cn' })];
  const pairs: [string, string][] = [];
  for (const [from, to] of HAN_BLOCKS) {
    for (let code = from; code <= to; code++) {
      const traditional = String.fromCodePoint(code);
      const forms = new Set<string>();
      for (const convert of toSimplified) {
        const simplified = convert(traditional);
        if (simplified !== traditional && [...simplified].length === 1 && !forms.has(simplified)) {
          forms.add(simplified);
          pairs.push([traditional, simplified]);
        }
      }
    }
  }
  if (file) {
    // Whole or not at all: builds side by side may write it at once.
    mkdirSync(join(file, '..'), { recursive: true });
    const partial = `${file}.${process.pid}.tmp`;
    writeFileSync(partial, JSON.stringify(pairs));
    renameSync(partial, file);
  }
  return pairs;
}

let pairs: [string, string][] | undefined;

/**
 * A traditional → simplified map for just the characters `corpus` uses: every
 * traditional character the text does not use whose simplified form it does.
 * A character the text uses is never mapped, whatever OpenCC makes of it: the
 * index holds it as printed, so 什么 and 显著 must be searched as typed (OpenCC
 * reads 么 as a variant of 幺 and 著 of 着). Built at build time with OpenCC,
 * so readers download a few kilobytes, not a dictionary.
 */
export function buildT2sMap(corpus: string): CharMap {
  const used = new Set([...corpus].filter((char) => HAN.test(char)));
  pairs ??= traditionalPairs();
  const map: Record<string, string> = {};
  for (const [traditional, simplified] of pairs) {
    // The first form OpenCC gives that the text uses (pairs are in converter order).
    if (!used.has(traditional) && used.has(simplified) && !(traditional in map)) map[traditional] = simplified;
  }
  return Object.fromEntries(Object.entries(map).sort(([a], [b]) => a.localeCompare(b)));
}
