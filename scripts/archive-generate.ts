/**
 * npm run archive:generate -- --articles <n> --out <dir> [--seed <n>] [--start YYYY-MM-DD]
 * Writes a synthetic newspaper archive in the project's formats, for build and search benchmarks.
 */
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DEFAULT_SEED, DEFAULT_START, GENERATOR_VERSION, generatePages, resolveOptions } from '../src/lib/archive/generate.ts';
import { checkOutDir, writeArchiveFile, writeMarker } from '../src/lib/archive/output.ts';
import { ArchiveTally } from '../src/lib/archive/stats.ts';

const USAGE = 'usage: npm run archive:generate -- --articles <n> --out <dir> [--seed <n>] [--start YYYY-MM-DD]';
const HELP = `${USAGE}

Writes a synthetic but realistic archive of a made-up city paper (禾城日报) in
exactly the project's formats: <dir>/articles/*.mdx, <dir>/editions/*.yaml,
<dir>/source/*.txt. Build the site from it with CONTENT_DIR=<dir> npm run build.

  --articles <n>   at least this many articles. Pages are printed whole, so the
                   count is rounded up to the end of a printed page (a few more).
  --out <dir>      where to write; never inside the project's content/ folder.
                   It must be missing, empty, or hold an archive made with the
                   same --seed and --start: then only new files are written
                   (nothing is deleted), so a larger count adds days to it.
  --seed <n>       the random seed (default ${DEFAULT_SEED}); same options, same bytes.
  --start <date>   the first day, YYYY-MM-DD (default ${DEFAULT_START}).

About 100 articles a day on 8–20 pages; N + k articles are the N articles'
files plus new ones. Prints: articles, editions, days, authors, characters,
the printed pages' gzip ratio and the time taken.`;
const PROJECT_CONTENT = fileURLToPath(new URL('../content/', import.meta.url));

function main(argv: string[]): number {
  let args;
  try {
    args = parseArgs({
      args: argv,
      options: {
        articles: { type: 'string' },
        out: { type: 'string' },
        seed: { type: 'string' },
        start: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    return fail(`${(error as Error).message}\n${USAGE}`);
  }
  if (args.values.help) {
    console.log(HELP);
    return 0;
  }
  const { articles, out, seed, start } = args.values;
  if (articles === undefined || out === undefined) return fail(USAGE);
  try {
    const began = performance.now();
    const options = resolveOptions({ articles: wholeNumber('--articles', articles), ...(seed === undefined ? {} : { seed: wholeNumber('--seed', seed) }), ...(start === undefined ? {} : { start }) });
    const existing = checkOutDir(out, PROJECT_CONTENT, options);
    const marker = { generator: 'archive:generate' as const, version: GENERATOR_VERSION, seed: options.seed, start: options.start };
    // The marker goes first: a run killed midway leaves a folder the next run recognises and completes.
    if (!existing) writeMarker(out, { ...marker, articles: 0, editions: 0, days: 0 });
    const tally = new ArchiveTally();
    let written = 0;
    let kept = 0;
    for (const page of generatePages(options)) {
      tally.add(page);
      for (const file of page.files) {
        if (writeArchiveFile(out, file.path, file.content) === 'written') written++;
        else kept++;
      }
    }
    const summary = tally.summary();
    if (existing && summary.articles < existing.articles) {
      return fail(`${out} already holds a larger archive (${existing.articles} articles); nothing is ever deleted, so give a new folder for ${summary.articles}`);
    }
    writeMarker(out, { ...marker, articles: summary.articles, editions: summary.editions, days: summary.days });
    const seconds = (performance.now() - began) / 1000;
    const n = (value: number) => value.toLocaleString('en-US');
    console.log(
      `archive: ${n(summary.articles)} articles, ${n(summary.editions)} editions, ${summary.days} days (${summary.firstDay} – ${summary.lastDay}), ${summary.authors} authors, ` +
        `${n(summary.characters)} characters, gzip ratio ${summary.gzipRatio.toFixed(2)}× (printed pages, one at a time), ${seconds.toFixed(1)} s; ` +
        `${n(written)} files written, ${n(kept)} already there, in ${out}`,
    );
    return 0;
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
}

function wholeNumber(name: string, text: string): number {
  if (!/^\d+$/u.test(text)) throw new Error(`${name} must be a whole number, got “${text}”`);
  return Number(text);
}

function fail(message: string): number {
  console.error(`archive:generate: ${message}`);
  return 1;
}

process.exitCode = main(process.argv.slice(2));
