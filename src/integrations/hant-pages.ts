/**
 * Converts built pages to their Traditional twins, one file at a time: read,
 * look the result up in the cache by a hash of the input and the converter's
 * version, else convert and keep it there; write. Run by the build's worker
 * threads (hant-worker.ts) or, for a small site, in the build's own thread.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { toTraditionalFeed } from '../lib/hant/convert-feed.ts';
import { toTraditionalPage, type HantPageOptions } from '../lib/hant/convert-html.ts';
import { createConverter } from '../lib/hant/converter.ts';
import { HANT_PREFIX, twinOf } from '../lib/hant/paths.ts';

export interface HantJob {
  outDir: string;
  /** Where converted pages are kept between builds, gzipped, by key. */
  cacheDir: string;
  /** Converter version: part of every key. */
  version: string;
  origin: string;
  /** The preview cards (`/og/articles/x.png`) that have a 繁體 twin: a page's key says whether its own has one. */
  cards: string[];
  /** Built files to convert, relative to outDir (`articles/x/index.html`, `rss.xml`). */
  files: string[];
}

export interface HantResult {
  converted: number;
  cached: number;
  /** The cache keys this batch used (the rest of the cache is removed after the build). */
  keys: string[];
}

let convert: ((text: string) => string) | undefined;

/** The site path of a page's og:image (read as bytes: the path is ASCII). */
const OG_IMAGE = /<meta property="og:image" content="[a-z]+:\/\/[^/"]+(\/og\/[^"]+)"/u;

export function convertFiles(job: HantJob): HantResult {
  convert ??= createConverter();
  const cards = new Set(job.cards);
  const options: HantPageOptions = { convert, origin: job.origin, twin: (path) => twinOf(path, { cards }) };
  const result: HantResult = { converted: 0, cached: 0, keys: [] };
  for (const file of job.files) {
    const input = readFileSync(join(job.outDir, file));
    // The page's output depends on its text and on whether its preview card has a twin (the only card it names).
    const card = OG_IMAGE.exec(input.toString('latin1'))?.[1];
    const key = createHash('sha256').update(job.version).update(card && cards.has(card) ? '\u0001' : '\u0000').update(input).digest('hex').slice(0, 40);
    const cacheFile = join(job.cacheDir, key.slice(0, 2), `${key}.gz`);
    let output: Buffer | string | undefined;
    try {
      output = gunzipSync(readFileSync(cacheFile));
      result.cached++;
    } catch {
      const text = input.toString('utf8');
      output = file.endsWith('.xml') ? toTraditionalFeed(text, options) : toTraditionalPage(text, options);
      result.converted++;
      mkdirSync(dirname(cacheFile), { recursive: true });
      // Whole or not at all: a build killed midway leaves no half entry.
      const partial = `${cacheFile}.${process.pid}.${result.converted}.tmp`;
      writeFileSync(partial, gzipSync(output, { level: 1 }));
      renameSync(partial, cacheFile);
    }
    result.keys.push(key);
    const target = join(job.outDir, HANT_PREFIX.slice(1), file);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, output);
  }
  return result;
}
