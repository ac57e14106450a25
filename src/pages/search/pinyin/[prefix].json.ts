/**
 * The pinyin map's files (/search/pinyin/<two letters>.json), built from the
 * articles' own words (src/lib/search/pinyin-index.ts); the search page
 * fetches the one file a pinyin query needs.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadContent } from '../../../data/queries.ts';
import { corpusPinyinShards } from '../../../lib/search/pinyin-index.ts';
import type { PinyinShard } from '../../../lib/search/pinyin.ts';

let built: Promise<Map<string, PinyinShard>> | undefined;

/** Built once for all the files, article by article: never the whole archive's text in one string. */
function shards(): Promise<Map<string, PinyinShard>> {
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

export const getStaticPaths = (async () => [...(await shards()).keys()].map((prefix) => ({ params: { prefix } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => new Response(JSON.stringify((await shards()).get(params.prefix!) ?? {}), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
