/**
 * The pinyin map of the site's articles (src/lib/search/pinyin-index.ts),
 * built once a build: its files are written by src/pages/search/pinyin/, and
 * the search page lists which files exist, so a query never asks for one
 * that does not (no 404 in the reader's console).
 */
import { corpusPinyinShards } from '../lib/search/pinyin-index.ts';
import type { PinyinShard } from '../lib/search/pinyin.ts';
import { loadContent } from './queries.ts';

let built: Promise<Map<string, PinyinShard>> | undefined;

/** The map's files by prefix, built article by article: never the whole archive's text in one string. */
export function pinyinShards(): Promise<Map<string, PinyinShard>> {
  built ??= loadContent().then(({ articles, authors }) => {
    function* texts() {
      for (const a of articles) {
        yield [a.data.kicker, a.data.headline, a.data.subtitle, a.data.byline, ...(a.data.standfirst ?? []), ...a.blocks.map((b) => ('text' in b ? b.text : [b.caption, b.credit].filter(Boolean).join('\n')))].filter(Boolean).join('\n');
      }
    }
    return corpusPinyinShards(texts(), authors.map((author) => author.name));
  });
  return built;
}
