/**
 * The pinyin map, built at build time from the corpus's own words with
 * pinyin-pro (never shipped to the browser): `hangzhou` → 杭州, and initials
 * (`hz` → 杭州) only where one word clearly dominates them.
 *
 * Which words: the word segmenter's words of two or more Chinese characters,
 * and, since the segmenter cuts names it does not know into single characters
 * (拱|墅, 俞|建|忠, 屠|光明, 南湖|区), every run of two to four characters that
 * joins such a single character to its neighbours, and runs of two short
 * words that recur (人工|智能). Size is bounded: at most {@link MAX_WORDS}
 * words, the most frequent kept, in files of one three-letter prefix each.
 */
import { pinyin } from 'pinyin-pro';
import { pinyinPrefix, type PinyinShard } from './pinyin.ts';

/** Most words in the map: at about 25 bytes a word, 1.5 MB over about 300 files, 5 KB (2 KB gzip) a file. */
export const MAX_WORDS = 60_000;
/** Articles between two prunings of rare joined runs while counting. */
export const PRUNE_EVERY = 2000;
/** Words one key may spell, most frequent first. */
const PER_KEY = 3;
/** Initials name a word only when it is this many times as frequent as all other words with those initials together. */
const INITIALS_DOMINANCE = 2;

/** Characters that begin or end no word worth a key: 拱墅的, 的春耕, 拱墅将 are not words. */
const EDGE = new Set([...'的了和与及或在是把被对向从也都而之其将为让以于等这那着过']);
/** Longest word given a key, in characters. */
const LONGEST = 4;

/**
 * Counts the words of a text worth a pinyin key into `counts`: the
 * segmenter's words of two or more characters, and runs of two to four
 * characters joining consecutive segments of which one is a single character
 * (新|居民 → 新居民, 拱|墅 → 拱墅, 俞|建|忠 → 俞建忠) or two short words
 * (人工|智能 → 人工智能). A run holding a single character is likely a name
 * the segmenter does not know, recorded in `singles` and kept even if seen
 * once; runs of whole words only need to recur (see buildPinyinShards).
 */
export function countWords(text: string, counts: Map<string, number>, whole: Set<string>, singles: Set<string>, segmenter = new Intl.Segmenter('zh', { granularity: 'word' })): void {
  // Each segment once: its text, its length in characters, 0 when it is not all Chinese.
  const segments: string[] = [];
  const lengths: number[] = [];
  for (const { segment } of segmenter.segment(text)) {
    segments.push(segment);
    lengths.push(ALL_HAN.test(segment) ? [...segment].length : 0);
  }
  for (let start = 0; start < segments.length; start++) {
    if (lengths[start] === 0) continue;
    let run = '';
    let length = 0;
    let hasSingle = false;
    for (let end = start; end < segments.length && lengths[end]! > 0; end++) {
      const segment = segments[end]!;
      run += segment;
      length += lengths[end]!;
      hasSingle ||= lengths[end] === 1;
      if (length > LONGEST) break;
      if (length < 2) continue;
      if (end === start) whole.add(run);
      else if (EDGE.has(segments[start]!) || EDGE.has(segment)) continue;
      else if (hasSingle) singles.add(run);
      counts.set(run, (counts.get(run) ?? 0) + 1);
    }
  }
}

/** A segment made of Chinese characters only. */
const ALL_HAN = /^\p{Script=Han}+$/u;

/** A word's pinyin key, syllables run together without tones (ü as v), and its initials. */
export function pinyinOf(word: string): { full: string; initials: string } {
  const syllables = pinyin(word, { toneType: 'none', type: 'array', v: true }).map((s) => s.toLowerCase());
  return { full: syllables.join(''), initials: syllables.map((s) => s[0] ?? '').join('') };
}

/**
 * The map's files, by prefix. `counts` are the words and their frequency;
 * `whole` the ones the segmenter gave whole; `singles` the joined runs
 * holding a single character; `names` are always kept (authors); a run of
 * whole words seen only once is dropped as noise; `latin` are the Latin words the articles print (cbd, ai):
 * a query that is one of them searches the word itself.
 */
export function buildPinyinShards(counts: ReadonlyMap<string, number>, whole: ReadonlySet<string>, singles: ReadonlySet<string>, names: ReadonlySet<string>, latin: ReadonlySet<string>): Map<string, PinyinShard> {
  // A joined run of whole words must recur; one holding a single character (a name) or a word the segmenter knows need not.
  // On a large archive one-off runs are pruned while counting, and the most frequent MAX_WORDS kept, so this stays bounded.
  const words = [...counts]
    .filter(([word, count]) => count >= 2 || names.has(word) || whole.has(word) || singles.has(word))
    // The segmenter's own words before joined runs of the same pinyin, then the more frequent.
    .map(([word, count]): [string, number] => [word, whole.has(word) || names.has(word) ? count * 4 : count])
    .sort(([a, ca], [b, cb]) => cb - ca || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, MAX_WORDS);
  for (const name of names) if (!counts.has(name)) words.push([name, 1]);
  const full = new Map<string, [string, number][]>();
  const initials = new Map<string, [string, number][]>();
  for (const [word, count] of words) {
    const keys = pinyinOf(word);
    if (!/^[a-z]+$/u.test(keys.full)) continue;
    push(full, keys.full, word, count);
    push(initials, keys.initials, word, count);
  }
  const entries = new Map<string, string[]>();
  for (const [key, list] of full) if (!latin.has(key)) entries.set(key, list.slice(0, PER_KEY).map(([word]) => word));
  for (const [key, list] of initials) {
    if (key.length < 2 || entries.has(key) || latin.has(key)) continue;
    const [top, ...others] = list;
    const rest = others.reduce((sum, [, count]) => sum + count, 0);
    if (top && top[1] >= INITIALS_DOMINANCE * Math.max(1, rest) && top[1] >= 2) entries.set(key, [top[0]]);
  }
  const shards = new Map<string, Record<string, string[]>>();
  for (const key of [...entries.keys()].sort()) {
    const prefix = pinyinPrefix(key);
    const shard = shards.get(prefix) ?? {};
    shard[key] = entries.get(key)!;
    shards.set(prefix, shard);
  }
  return shards;
}

function push(map: Map<string, [string, number][]>, key: string, word: string, count: number): void {
  const list = map.get(key) ?? [];
  const same = list.find(([w]) => w === word);
  if (same) same[1] += count;
  else list.push([word, count]);
  list.sort((a, b) => b[1] - a[1]);
  map.set(key, list);
}

/**
 * What counting some articles found (a volume's, see src/data/pinyin.ts, which
 * keeps it between builds): each word's frequency, the words the segmenter
 * gave whole, the joined runs holding a single character, and the Latin words
 * printed. Volumes' counts add up to the archive's.
 */
export interface WordCounts {
  articles: number;
  counts: Map<string, number>;
  whole: Set<string>;
  singles: Set<string>;
  latin: Set<string>;
}

const noCounts = (): WordCounts => ({ articles: 0, counts: new Map(), whole: new Set(), singles: new Set(), latin: new Set() });

/** Forgets the joined runs seen once (lossy counting), so memory stays bounded on a large archive. */
function pruneOnce(state: WordCounts): void {
  for (const [word, count] of state.counts) {
    if (count < 2 && !state.whole.has(word)) {
      state.counts.delete(word);
      state.singles.delete(word);
    }
  }
}

/** Counts the words of some articles' texts, article by article; runs seen once are pruned every {@link PRUNE_EVERY} articles. */
export function countTexts(texts: Iterable<string>): WordCounts {
  const state = noCounts();
  const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
  for (const text of texts) {
    countWords(text, state.counts, state.whole, state.singles, segmenter);
    for (const word of text.normalize('NFKC').toLowerCase().match(/[a-z]+/gu) ?? []) state.latin.add(word);
    if (++state.articles % PRUNE_EVERY === 0) pruneOnce(state);
  }
  return state;
}

/**
 * Adds up volumes' counts, one volume at a time (`parts` may be a generator
 * reading each from a cache, so only one is held at once). As when counting,
 * runs seen once are pruned once another {@link PRUNE_EVERY} articles have
 * been added, before the next volume: the last volumes' are kept, as the last
 * articles' are.
 */
export function mergeCounts(parts: Iterable<WordCounts>): WordCounts {
  const total = noCounts();
  let sincePruned = 0;
  for (const part of parts) {
    if (sincePruned >= PRUNE_EVERY) {
      pruneOnce(total);
      sincePruned = 0;
    }
    for (const [word, count] of part.counts) total.counts.set(word, (total.counts.get(word) ?? 0) + count);
    for (const key of ['whole', 'singles', 'latin'] as const) for (const word of part[key]) total[key].add(word);
    total.articles += part.articles;
    sincePruned += part.articles;
  }
  return total;
}

/** Counts as a file keeps them (JSON), and back. */
export function countsToJson({ articles, counts, whole, singles, latin }: WordCounts): string {
  return JSON.stringify({ articles, counts: [...counts], whole: [...whole], singles: [...singles], latin: [...latin] });
}

export function countsFromJson(text: string): WordCounts {
  const data = JSON.parse(text) as { articles: number; counts: [string, number][]; whole: string[]; singles: string[]; latin: string[] };
  return { articles: data.articles, counts: new Map(data.counts), whole: new Set(data.whole), singles: new Set(data.singles), latin: new Set(data.latin) };
}

/** The map's files from the archive's counts and the authors' names. */
export function pinyinShardsOf({ counts, whole, singles, latin }: WordCounts, names: Iterable<string>): Map<string, PinyinShard> {
  return buildPinyinShards(counts, whole, singles, new Set(names), latin);
}

/** The map's files for a corpus: texts (article by article), author names. */
export function corpusPinyinShards(texts: Iterable<string>, names: Iterable<string>): Map<string, PinyinShard> {
  return pinyinShardsOf(countTexts(texts), names);
}
