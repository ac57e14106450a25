/**
 * The pinyin map of the site's articles (src/lib/search/pinyin-index.ts),
 * built once a build: its files are written by src/pages/search/pinyin/, and
 * the search page lists which files exist, so a query never asks for one
 * that does not (no 404 in the reader's console).
 *
 * Counting an article's words is most of the map's cost (about 1.4 ms an
 * article: 2.5 minutes at 100,000), so it is done per search volume (a 旬 of
 * editions, src/lib/search/volumes.ts) and kept between builds, as the
 * volumes' indexes are: a volume's counts are read back while its articles'
 * text is unchanged, and the daily rebuild counts the current 旬 alone. The
 * folder is node_modules/.cache/pinyin-volumes/ by default; PINYIN_CACHE_DIR
 * names another (src/lib/search/pinyin-cache.ts).
 */
import { join } from 'node:path';
import { cachedCounts, countingFingerprint, DEFAULT_PINYIN_CACHE } from '../lib/search/pinyin-cache.ts';
import { mergeCounts, pinyinShardsOf } from '../lib/search/pinyin-index.ts';
import type { PinyinShard } from '../lib/search/pinyin.ts';
import { compareVolumesNewestFirst, volumeOf } from '../lib/search/volumes.ts';
import { editionOf, loadContent, type Article } from './queries.ts';

let built: Promise<Map<string, PinyinShard>> | undefined;

/** The text of an article that the map spells: everything printed on it. */
function printedText(a: Article): string {
  return [a.data.kicker, a.data.headline, a.data.subtitle, a.data.byline, ...(a.data.standfirst ?? []), ...a.blocks.map((b) => ('text' in b ? b.text : [b.caption, b.credit].filter(Boolean).join('\n')))].filter(Boolean).join('\n');
}

/** The map's files by prefix, counted volume by volume: never the whole archive's text, nor all volumes' counts, at once. */
export function pinyinShards(): Promise<Map<string, PinyinShard>> {
  built ??= loadContent().then((content) => {
    const projectRoot = process.cwd();
    const cacheRoot = process.env.PINYIN_CACHE_DIR ?? join(projectRoot, DEFAULT_PINYIN_CACHE);
    const fingerprint = countingFingerprint(projectRoot);
    const volumes = Map.groupBy(content.articles, (article) => volumeOf(editionOf(content, article).data.date));
    function* parts() {
      for (const [volume, articles] of [...volumes].sort(([a], [b]) => compareVolumesNewestFirst(a, b))) {
        yield cachedCounts(cacheRoot, fingerprint, volume, articles.map(printedText));
      }
    }
    return pinyinShardsOf(mergeCounts(parts()), content.authors.map((author) => author.name));
  });
  return built;
}
