/**
 * What the search page searches for, decided before any volume is loaded:
 * a query in pinyin is read as the Chinese word it spells (from the build's
 * pinyin map, one small file per query), and a term typed with its words run
 * together that no volume can hold (春耕贷款) is split into the words the
 * index does hold (src/lib/search/segment.ts). Which runs the index holds is
 * asked of the volume router, whose few small files the search fetches
 * anyway; Pagefind still decides which pages match.
 */
import { pagefindPhrase, type CharMap, type Query, type Term } from '../lib/search/normalize.ts';
import { holdsEvery } from '../lib/search/rank.ts';
import { phraseWindow } from '../lib/search/window.ts';
import { pinyinKey, pinyinPrefix, pinyinShardPath, readPinyin, type PinyinShard } from '../lib/search/pinyin.ts';
import { candidateRuns, splitRun, splittable, wordSegments } from '../lib/search/segment.ts';
import type { SearchVolume } from '../lib/search/volumes.ts';
import { loadPagefind, mergeVolume, type PagefindApi } from './pagefind-api.ts';
import { candidateVolumes, searchOrder } from './search-route.ts';

/** Whether some page holds every one of these terms. */
export type Holds = (terms: Term[]) => Promise<boolean>;

export interface IndexChecks {
  /** The volume router alone: false means no page can hold them; true, only that some volume holds all their keys. Loads no volume. */
  mayHold: Holds;
  /** The router, then Pagefind itself in the newest volumes the router names. */
  holds: Holds;
}

/** Volumes a check may load: the first that the search would load. The search itself goes further. */
const CHECKED_VOLUMES = 2;
/** Pages read to check a long term the index was asked only part of: the best matches. */
const WINDOW_CHECKS = 3;

/** What checking a long term against the text needs: the index's common characters, the 繁→简 map. */
export interface TextChecks {
  commonCharacters: ReadonlySet<string>;
  t2s: CharMap;
}

/**
 * Whether a page holds a run, as the index says: the router rules out the
 * volumes that cannot (often all of them, for 春耕贷款, at no index cost);
 * where it cannot rule out, which in a volume of a thousand articles is common
 * (every pair of characters of 人工智能产业集群 is somewhere in it), Pagefind's
 * phrase search is asked in the newest volumes the router names, loading
 * them as the search would.
 */
export function indexChecks(volumes: readonly SearchVolume[], routeShards: number, text: TextChecks): IndexChecks {
  const holds: Holds = async (terms) => {
    const { order } = await searchOrder(terms, volumes, routeShards);
    const pagefind = order.length > 0 ? await loadPagefind() : undefined;
    // One volume at a time, in the search's order: a run found in the first costs only the volume the search loads first anyway.
    for (const volume of order.slice(0, CHECKED_VOLUMES)) {
      await mergeVolume(volume);
      if (await loadedHold(pagefind!, terms, text)) return true;
    }
    return false;
  };
  // A lone volume is not routed (loading it is what the search does first anyway): Pagefind answers for the router.
  const mayHold: Holds = volumes.length <= 1 ? holds : async (terms) => (await candidateVolumes(terms, volumes, routeShards)).length > 0;
  return { mayHold, holds };
}

/** Whether a page of the volumes loaded so far holds every term exactly, whole (Pagefind's phrase search; `options`: the reader's filters). */
export async function loadedHold(pagefind: PagefindApi, terms: readonly Term[], text: TextChecks, options?: Parameters<PagefindApi['search']>[1]): Promise<boolean> {
  const found = await Promise.all(terms.map((term) => pagesHolding(pagefind, term, text, options)));
  const [first, ...others] = found;
  return [...(first ?? [])].some((id) => others.every((set) => set.has(id)));
}

/**
 * The pages of the volumes loaded so far that hold the term whole. A long
 * term asks the index for the same six words the search will (window.ts), so
 * the same chunks, and the best matches' text is read for the whole term: a
 * window alone is no exact match.
 */
async function pagesHolding(pagefind: PagefindApi, term: Term, { commonCharacters, t2s }: TextChecks, options?: Parameters<PagefindApi['search']>[1]): Promise<Set<string>> {
  const whole = pagefindPhrase(term);
  const phrase = phraseWindow(whole, commonCharacters);
  const results = (await pagefind.search(phrase, options))?.results ?? [];
  if (phrase === whole) return new Set(results.map((r) => r.id));
  // One at a time, best first: the first usually holds it, and each read is a download.
  for (const result of results.slice(0, WINDOW_CHECKS)) if (holdsEvery((await result.data()).content, [term], t2s)) return new Set([result.id]);
  return new Set();
}

const shards = new Map<string, Promise<PinyinShard>>();
/** The map's files that exist, as the search page lists them (src/data/pinyin.ts). */
const prefixes = new Set(document.querySelector('#search-explain')?.getAttribute('data-pinyin-prefixes')?.split(' ') ?? []);

/** One file of the pinyin map, fetched once; a prefix with no file is an empty map (no word begins so), never fetched. */
function pinyinShard(prefix: string): Promise<PinyinShard> {
  let shard = shards.get(prefix);
  if (!shard && !prefixes.has(prefix)) shard = Promise.resolve({});
  if (!shard) {
    shard = fetch(pinyinShardPath(prefix))
      .then((response) => (response.ok ? (response.json() as Promise<PinyinShard>) : {}))
      .catch(() => ({}));
    shards.set(prefix, shard);
  }
  return shard;
}

/** While the reader types pinyin: fetches the map's file the query will need, so the search does not wait for it. */
export function preloadPinyin(query: Query): void {
  const key = pinyinKey(query.terms);
  if (key !== undefined) void pinyinShard(pinyinPrefix(key));
}

const quote = (words: readonly string[]) => words.map((word) => `“${word}”`).join('和');

/**
 * The query as typed when it is Chinese and found as it stands; otherwise
 * the query to search instead, saying how it was read.
 */
export async function planQuery(query: Query, checks: IndexChecks): Promise<Query> {
  return splitRunTogether((await readPinyinQuery(query)) ?? query, checks);
}

/** hangzhou, hang zhou, hz → 杭州; gongshu rengongzhineng → 拱墅 人工智能 (src/lib/search/pinyin.ts). Undefined when the query is not pinyin the map knows. */
async function readPinyinQuery(query: Query): Promise<Query | undefined> {
  const reading = await readPinyin(query.terms, pinyinShard);
  if (!reading) return undefined;
  const words = reading.terms.map((term) => term.text);
  return {
    display: query.display,
    terms: reading.terms,
    matchedAs: quote(words),
    note: same(`按拼音“${query.display}”查找${quote(words)}。`),
    alternatives: reading.alternatives,
  };
}

/** Each unquoted term no volume holds as typed, split into the words the index holds; a word held nowhere is named. */
async function splitRunTogether(query: Query, { mayHold, holds }: IndexChecks): Promise<Query> {
  const terms: Term[] = [];
  const notes: { found: string; none: string }[] = [];
  const missing: string[] = [];
  let changed = false;
  // Whether the words keep every character typed (no 的 dropped): then the query as typed costs no index chunk more.
  let whole = true;
  // Every term's check at once: each may fetch index chunks, and one after another they added up.
  const heldAsTyped = await Promise.all(query.terms.map((term) => term.quoted || !splittable(term.text) || holds([term])));
  for (const [index, term] of query.terms.entries()) {
    if (heldAsTyped[index]) {
      // One of several terms that no volume can hold (台风 in 拱墅 台风) is named too; the router answers without loading a volume.
      if (query.terms.length > 1 && (term.quoted || !splittable(term.text)) && !(await mayHold([term]))) missing.push(term.text);
      terms.push(term);
      continue;
    }
    const segments = wordSegments(term.text);
    const asked = async (runs: string[], check: Holds) => new Set((await Promise.all(runs.map(async (run) => ((await check([{ text: run, quoted: false }])) ? run : '')))).filter(Boolean));
    // The router first: a word no volume can hold is named without loading any volume (量子计算机).
    const possible = await asked(candidateRuns(segments), mayHold);
    let split = splitRun(segments, (run) => possible.has(run));
    if (split.missing.length === 0) {
      // The router cannot tell 人工智能产业集群 from its pairs of characters: Pagefind confirms the runs it let through.
      const held = await asked([...possible], holds);
      split = splitRun(segments, (run) => held.has(run));
    }
    if (split.missing.length > 0 || split.words.length === 0) {
      // Nothing can match: the term stays as typed (no volume holds it) and the missing words are named.
      missing.push(...(split.missing.length > 0 ? split.missing : [term.text]));
      terms.push(term);
      continue;
    }
    changed = true;
    whole &&= split.words.join('') === term.text;
    if (split.words.length === 1) terms.push({ text: split.words[0]!, quoted: false });
    else terms.push(...split.words.map((text) => ({ text, quoted: false, group: index })));
    const all = split.words.length > 1 ? '同时' : '';
    notes.push({ found: `没有完全匹配“${term.text}”的文章，以下文章${all}包含${quote(split.words)}。`, none: `没有完全匹配“${term.text}”的文章，也没有文章${all}包含${quote(split.words)}。` });
  }
  if (missing.length > 0) return { ...query, note: same(`没有文章包含${quote(missing)}。`) };
  if (!changed) return query;
  return {
    ...query,
    terms,
    ...(whole ? { asTyped: query } : {}),
    matchedAs: quote(terms.map((term) => term.text)),
    note: {
      // A pinyin query's note (按拼音…) first, then each split term's.
      found: [query.note?.found, ...notes.map((n) => n.found)].filter(Boolean).join(''),
      none: [query.note?.none, ...notes.map((n) => n.none)].filter(Boolean).join(''),
    },
  };
}

const same = (text: string) => ({ found: text, none: text });
