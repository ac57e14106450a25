/**
 * The search page's side of the volume router (src/lib/search/route.ts):
 * fetches the few shard files a query's keys fall in, once each, and says
 * which volumes can hold the query.
 */
import type { Term } from '../lib/search/normalize.ts';
import { queryKeys, readRouteShard, routeShardPath, shardOf, volumesHoldingAll } from '../lib/search/route.ts';
import type { SearchVolume } from '../lib/search/volumes.ts';

const shardTexts = new Map<number, Promise<string | undefined>>();

function shardText(shard: number): Promise<string | undefined> {
  let text = shardTexts.get(shard);
  if (!text) {
    text = fetch(routeShardPath(shard))
      .then((response) => (response.ok ? response.text() : undefined))
      .catch(() => undefined);
    shardTexts.set(shard, text);
  }
  return text;
}

/**
 * The volumes, newest first, that can hold every term. Should a shard fail to
 * load, every volume is returned: the search is then slower, never wrong.
 */
export async function candidateVolumes(terms: readonly Term[], volumes: readonly SearchVolume[], shards: number): Promise<SearchVolume[]> {
  const keys = queryKeys(terms);
  // One volume: loading it costs what asking the router would, so it is not asked.
  if (volumes.length <= 1 || keys.length === 0 || !(shards > 0)) return [...volumes];
  const byShard = Map.groupBy(keys, (key) => shardOf(key, shards));
  const found = new Map<string, number[]>();
  const texts = await Promise.all([...byShard.keys()].map((shard) => shardText(shard)));
  let shard = 0;
  for (const [, shardKeys] of byShard) {
    const text = texts[shard++];
    if (text === undefined) return [...volumes];
    for (const [key, indexes] of readRouteShard(text, shardKeys, volumes.length)) found.set(key, indexes);
  }
  return volumesHoldingAll(found, volumes.length).map((index) => volumes[index]!);
}
