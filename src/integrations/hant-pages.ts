/**
 * Converts built pages to their Traditional twins, one file at a time: read,
 * look the result up in the cache by a hash of the input and the converter's
 * version and link it into place, else convert, write and keep it there. Run by the build's worker
 * threads (hant-worker.ts) or, for a small site, in the build's own thread.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { toTraditionalFeed } from '../lib/hant/convert-feed.ts';
import { toTraditionalPage, type HantPageOptions } from '../lib/hant/convert-html.ts';
import { createConverter } from '../lib/hant/converter.ts';
import { HANT_PREFIX, twinOf } from '../lib/hant/paths.ts';

export interface HantJob {
  outDir: string;
  /** Where converted pages are kept between builds, by key; the twins in outDir are hard links to them. */
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

/**
 * Puts a file at `to` as a hard link of `from` (no bytes read or written), or
 * a copy where links cannot be made (another file system). False when `from`
 * is gone: a build beside this one, sharing the cache, pruned it.
 */
function place(from: string, to: string): boolean {
  rmSync(to, { force: true });
  try {
    linkSync(from, to);
    return true;
  } catch {
    try {
      copyFileSync(from, to);
      return true;
    } catch {
      return false;
    }
  }
}

export function convertFiles(job: HantJob): HantResult {
  const cards = new Set(job.cards);
  const result: HantResult = { converted: 0, cached: 0, keys: [] };
  let options: HantPageOptions | undefined;
  for (const file of job.files) {
    const input = readFileSync(join(job.outDir, file));
    // The page's output depends on its text and on whether its preview card has a twin (the only card it names).
    const card = OG_IMAGE.exec(input.toString('latin1'))?.[1];
    const key = createHash('sha256').update(job.version).update(card && cards.has(card) ? '\u0001' : '\u0000').update(input).digest('hex').slice(0, 40);
    const cacheFile = join(job.cacheDir, key.slice(0, 2), `${key}${extname(file)}`);
    const target = join(job.outDir, HANT_PREFIX.slice(1), file);
    mkdirSync(dirname(target), { recursive: true });
    result.keys.push(key);
    if (existsSync(cacheFile) && place(cacheFile, target)) {
      result.cached++;
      continue;
    }
    // OpenCC's dictionaries are loaded only when a page has to be converted: a rebuild that finds
    // every page in the cache never loads them.
    convert ??= createConverter();
    options ??= { convert, origin: job.origin, twin: (path) => twinOf(path, { cards }) };
    const text = input.toString('utf8');
    // Never through an old link: that would change the cached page it shares its bytes with.
    rmSync(target, { force: true });
    writeFileSync(target, file.endsWith('.xml') ? toTraditionalFeed(text, options) : toTraditionalPage(text, options));
    result.converted++;
    // Kept as a link to the page just written, whole or not at all (a build killed midway leaves no half entry).
    mkdirSync(dirname(cacheFile), { recursive: true });
    const partial = `${cacheFile}.${process.pid}.${result.converted}.tmp`;
    if (place(target, partial)) renameSync(partial, cacheFile);
  }
  return result;
}
