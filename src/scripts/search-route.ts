/**
 * The search page's side of the volume router (src/lib/search/route.ts):
 * fetches the few shard files a query's keys fall in, once each, and says
 * which volumes can hold the query, and in which an article's titles can.
 */
import type { Term } from '../lib/search/normalize.ts';
import { queryKeys, queryTitleKeys, queryTitleLineKey, readRouteShard, routeShardPath, shardOf, titleShardPath, volumesHoldingAll } from '../lib/search/route.ts';
import type { SearchVolume } from '../lib/search/volumes.ts';

/**
 * Keys looked up for a query that an article prints as a whole title line:
 * the first and last pairs (spreadOrder). Its search starts in that line's
 * volumes and most often ends there, so the router only bounds the rest, and
 * at 10,000 articles the eight keys of such a headline ruled out none of 11
 * volumes anyway, for 8.4 KiB of shards.
 */
const LINE_MATCH_QUERY_KEYS = 2;

const shardTexts = new Map<string, Promise<string | undefined>>();

function shardText(path: string): Promise<string | undefined> {
  let text = shardTexts.get(path);
  if (!text) {
    text = fetch(path)
      .then((response) => (response.ok ? response.text() : undefined))
      .catch(() => undefined);
    shardTexts.set(path, text);
  }
  return text;
}

/** The indexes (newest first) of the volumes holding every key, or undefined when a shard could not be read. */
async function holdingAll(keys: readonly string[], shardPath: (shard: number) => string, shards: number, volumeCount: number): Promise<number[] | undefined> {
  const byShard = Map.groupBy(keys, (key) => shardOf(key, shards));
  const found = new Map<string, number[]>();
  const texts = await Promise.all([...byShard.keys()].map((shard) => shardText(shardPath(shard))));
  let shard = 0;
  for (const [, shardKeys] of byShard) {
    const text = texts[shard++];
    if (text === undefined) return undefined;
    for (const [key, indexes] of readRouteShard(text, shardKeys, volumeCount)) found.set(key, indexes);
  }
  return volumesHoldingAll(found, volumeCount);
}

/**
 * The volumes, newest first, that can hold every term. Should a shard fail to
 * load, every volume is returned: the search is then slower, never wrong.
 */
export async function candidateVolumes(terms: readonly Term[], volumes: readonly SearchVolume[], shards: number, maxKeys?: number): Promise<SearchVolume[]> {
  const keys = queryKeys(terms, maxKeys);
  // One volume: loading it costs what asking the router would, so it is not asked.
  if (volumes.length <= 1 || keys.length === 0 || !(shards > 0)) return [...volumes];
  const holding = await holdingAll(keys, routeShardPath, shards, volumes.length);
  return holding === undefined ? [...volumes] : holding.map((index) => volumes[index]!);
}

/**
 * The volumes, newest first, where an article's titles (kicker, headline,
 * subtitle) can hold every three index words in a row of the query, and
 * whether they print it as a whole title line. None when the query has no
 * such run, or when a shard could not be read: the page then searches newest
 * first as before.
 */
export async function titleVolumes(terms: readonly Term[], volumes: readonly SearchVolume[], shards: number): Promise<{ volumes: SearchVolume[]; asLine: boolean }> {
  const keys = queryTitleKeys(terms);
  const line = queryTitleLineKey(terms);
  if (!mayBeTitleLine(terms, volumes, shards)) return { volumes: [], asLine: false };
  // The query as a whole title line, and its runs of three words: a whole line, where one matches, names fewer volumes.
  const [asLine, holding] = await Promise.all([holdingAll([line!], titleShardPath, shards, volumes.length), holdingAll(keys, titleShardPath, shards, volumes.length)]);
  const byLine = asLine !== undefined && asLine.length > 0;
  return { volumes: ((byLine ? asLine : holding) ?? []).map((index) => volumes[index]!), asLine: byLine };
}

/** Whether the title router is asked at all: a query of three words in a row, over more than one volume. */
const mayBeTitleLine = (terms: readonly Term[], volumes: readonly SearchVolume[], shards: number): boolean =>
  volumes.length > 1 && queryTitleKeys(terms).length > 0 && queryTitleLineKey(terms) !== undefined && shards > 0;

export interface SearchOrder {
  /** The volumes that can hold every term, newest first. */
  candidates: SearchVolume[];
  /** Of those, the ones where an article's titles can hold the query (titleVolumes). */
  inTitles: SearchVolume[];
  /** The order to search them in: those where a title can hold the query, then the others, newest first each. */
  order: SearchVolume[];
}

/**
 * The volumes to search for a query, in order: a reader who types a headline
 * wants that article, so volumes where a title can hold the query come
 * before newer ones where only the text can. `keep` narrows the volumes (a
 * date range).
 */
export async function searchOrder(terms: readonly Term[], volumes: readonly SearchVolume[], shards: number, keep: (volume: SearchVolume) => boolean = () => true): Promise<SearchOrder> {
  let all: SearchVolume[];
  let titled: SearchVolume[];
  if (mayBeTitleLine(terms, volumes, shards)) {
    // A query that is a whole title line is searched where that line is printed first, and usually answered
    // there (search.ts); the text router then only bounds the volumes left, which a few of its keys do
    // (as many as a line match needs, fetched alongside the title router's). Otherwise it is asked in full.
    const [title, few] = await Promise.all([titleVolumes(terms, volumes, shards), candidateVolumes(terms, volumes, shards, LINE_MATCH_QUERY_KEYS)]);
    titled = title.volumes;
    all = title.asLine ? few : await candidateVolumes(terms, volumes, shards);
  } else {
    all = await candidateVolumes(terms, volumes, shards);
    titled = [];
  }
  const candidates = all.filter(keep);
  const inTitles = candidates.filter((volume) => titled.some((t) => t.id === volume.id));
  return { candidates, inTitles, order: [...inTitles, ...candidates.filter((volume) => !inTitles.includes(volume))] };
}
