/**
 * The pinyin map's word counts, kept per search volume between builds (as
 * the volumes' indexes are, src/integrations/pagefind.ts): counting is most
 * of the map's cost, about 1 ms an article, and a volume's counts depend only
 * on its own articles' text and the counting code. A file per volume and
 * text, named after a hash of both, in a folder that survives between builds
 * (node_modules/.cache/ by default, which CI caches and hosts' build caches
 * keep; PINYIN_CACHE_DIR names another).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { countsFromJson, countsToJson, countTexts, type WordCounts } from './pinyin-index.ts';

/** The default cache folder, relative to the project root. */
export const DEFAULT_PINYIN_CACHE = 'node_modules/.cache/pinyin-volumes';
/** A volume's counts of other text, unused for this long, are removed. */
const STALE_AFTER_MS = 24 * 60 * 60 * 1000;

/**
 * How words are counted: the counting code and the word segmenter's
 * dictionary (ICU's, which comes with Node). Read from the project folder,
 * not from the bundle Astro builds, so it is the same in every build of the
 * same code.
 */
export function countingFingerprint(projectRoot: string): string {
  const source = readFileSync(join(projectRoot, 'src/lib/search/pinyin-index.ts'));
  return createHash('sha256').update(source).update(`\0${process.versions.icu ?? ''}\0${process.versions.unicode ?? ''}`).digest('hex').slice(0, 16);
}

/**
 * One volume's counts: read back when a build has counted the same texts with
 * the same code, else counted now and kept (written whole or not at all: a
 * build beside this one may read the folder).
 */
export function cachedCounts(cacheRoot: string, fingerprint: string, volume: string, texts: readonly string[]): WordCounts {
  const key = createHash('sha256').update(`${fingerprint}\0${volume}\0`);
  for (const text of texts) key.update(text).update('\0');
  const folder = join(cacheRoot, volume);
  const file = join(folder, `${key.digest('hex').slice(0, 24)}.json`);
  const now = new Date();
  if (existsSync(file)) {
    utimesSync(file, now, now);
    return countsFromJson(readFileSync(file, 'utf8'));
  }
  const counts = countTexts(texts);
  mkdirSync(folder, { recursive: true });
  const partial = `${file}.partial-${process.pid}`;
  writeFileSync(partial, countsToJson(counts));
  renameSync(partial, file);
  // The counts of this volume's earlier text, once a day old (younger ones may be a build's beside this one).
  for (const other of readdirSync(folder)) {
    const path = join(folder, other);
    if (path !== file && statSync(path).mtimeMs < now.getTime() - STALE_AFTER_MS) rmSync(path, { force: true });
  }
  return counts;
}
