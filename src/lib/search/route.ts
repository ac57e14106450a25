import { HAN } from './han.ts';
import { normalizeText, type Term } from './normalize.ts';

/**
 * The volume router: which index volumes can hold a query at all, before any
 * volume is loaded.
 *
 * Each volume's index spells every Han character as its own word, so a query
 * costs, in every volume it is run on, the index entries of each of its
 * characters. A word that no article holds, or an old article's headline,
 * used to be looked up volume after volume through the whole archive (465 KiB
 * and 1.2 MiB at 10,000 articles). The router answers "which volumes" from
 * keys that are far more selective than single characters: every pair of
 * adjacent Han characters, every single Han character, and the first one and
 * two letters or digits of every other word. A page that holds a term holds
 * all of the term's keys, so a volume lacking one of them cannot answer it;
 * the converse need not hold, and Pagefind still decides which pages match.
 *
 * Keys are spread over shard files by a hash, so a query fetches only the few
 * shards its keys fall in, and a shard stays a few KiB however large the
 * archive grows (the number of shards grows with it, see {@link routeShards}).
 */

/** Most keys one query looks up: enough to single out a headline, few enough to bound the fetches. */
export const MAX_QUERY_KEYS = 8;

/** The keys text holds: what a volume's pages are filed under. `text` is normalised (normalizeText). */
export function textKeys(text: string, into: Set<string> = new Set()): Set<string> {
  let previousHan = '';
  let word = '';
  const endWord = () => {
    if (word !== '') {
      into.add(word.slice(0, 1));
      if (word.length > 1) into.add(word.slice(0, 2));
    }
    word = '';
  };
  for (const char of text) {
    if (HAN.test(char)) {
      endWord();
      into.add(char);
      if (previousHan !== '') into.add(previousHan + char);
      previousHan = char;
    } else {
      previousHan = '';
      if (/[\p{L}\p{N}]/u.test(char)) word += char;
      else endWord();
    }
  }
  endWord();
  return into;
}

/**
 * The keys a page must hold to hold this term (normalised, as parseQuery gives
 * it): its Han pairs (a lone Han character itself) and the first two
 * characters of its other words. Pagefind matches a query's last word as a
 * prefix, so only a word's beginning can be required.
 */
export function termKeys(term: Term): string[] {
  const keys: string[] = [];
  const add = (key: string) => {
    if (!keys.includes(key)) keys.push(key);
  };
  for (const run of term.text.match(/\p{Script=Han}+|(?:(?!\p{Script=Han})[\p{L}\p{N}])+/gu) ?? []) {
    const chars = [...run];
    if (!HAN.test(chars[0]!)) add(chars.slice(0, 2).join(''));
    else if (chars.length === 1) add(run);
    else for (let i = 1; i < chars.length; i++) add(chars[i - 1]! + chars[i]!);
  }
  return keys;
}

/**
 * The keys looked up for a query: each term's, at most {@link MAX_QUERY_KEYS}
 * in all. Any subset of a term's keys still only rules out volumes that cannot
 * hold it, so a long headline is checked by pairs spread along it.
 */
export function queryKeys(terms: readonly Term[], max = MAX_QUERY_KEYS): string[] {
  return roundRobin(terms.map((term) => spreadOrder(termKeys(term))), max);
}

/** At most `max` keys, taken from each term's list in turn (each list spread along its term), without repeats. */
function roundRobin(perTerm: readonly string[][], max: number): string[] {
  const chosen: string[] = [];
  for (let round = 0; chosen.length < max && perTerm.some((keys) => round < keys.length); round++) {
    for (const keys of perTerm) {
      const key = keys[round];
      if (key !== undefined && chosen.length < max && !chosen.includes(key)) chosen.push(key);
    }
  }
  return chosen;
}

/** Keys reordered so that any prefix of the order is spread along the term: first, last, middle, then halves. */
function spreadOrder(keys: string[]): string[] {
  if (keys.length <= 2) return keys;
  const order: number[] = [0, keys.length - 1];
  const queue: [number, number][] = [[0, keys.length - 1]];
  while (queue.length > 0) {
    const [low, high] = queue.shift()!;
    if (high - low < 2) continue;
    const middle = (low + high) >> 1;
    order.push(middle);
    queue.push([low, middle], [middle, high]);
  }
  return order.map((i) => keys[i]!);
}

/**
 * How many shard files an archive of this many articles is cut into: a power
 * of two at least 4·√articles. A vocabulary grows more slowly than the text
 * (a new day's paper mostly repeats known words), so shards grow with the
 * square root, keeping each near 1 KiB gzip from 3 articles to 10,000
 * (measured in docs/scale.md). Both the search page and the indexer derive it
 * from the article count, so the page needs no extra request to learn it.
 */
export function routeShards(articles: number): number {
  const wanted = 4 * Math.sqrt(articles);
  let shards = 1;
  while (shards < wanted) shards *= 2;
  return shards;
}

/** The shard a key is filed in (FNV-1a over its UTF-16 code units). */
export function shardOf(key: string, shards: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % shards;
}

/** Where a shard lives under the site. */
export const routeShardPath = (shard: number): string => `/pagefind/route/${shard}.txt`;

/**
 * The headline router: which volumes have a headline, kicker or subtitle that
 * can hold a query. Pairs cannot tell an article's headline from the same
 * words spread over other articles: at 10,000 articles every pair of an old
 * headline stood in 6 to 11 of 11 volumes, so the page loaded five or six
 * volumes to find one article. Every three index words in a row in an
 * article's titles (Han characters, or a number or Latin word: 1100名选 tells
 * 1100名选手 from 800名选手) is a key here, filed in shard files of their
 * own (a query of one or two words never fetches them), so a reader who types
 * a headline, or a long part of one, is answered from the volume that printed
 * it first.
 */
export const TITLE_KEY_LENGTH = 3;

/** Most title keys one query looks up. */
export const MAX_TITLE_KEYS = 4;

/** In a volume's key list, a title key is written with this mark before it. */
export const TITLE_KEY_MARK = '^';

/** Where a title-key shard lives under the site. */
export const titleShardPath = (shard: number): string => `/pagefind/route/t/${shard}.txt`;

/**
 * The index words of text as the title keys count them, in runs that nothing
 * stands between: each Han character a word, and each run of other letters or
 * digits one word (1100, cbd), as the index holds them.
 */
function titleWordRuns(text: string): string[][] {
  return text.split(/[^\p{L}\p{N}]+/u).map((run) => run.match(/\p{Script=Han}|(?:(?!\p{Script=Han})[\p{L}\p{N}])+/gu) ?? []);
}

/** Every three index words in a row in an article's titles (titlesText: a line each, normalised here), and each whole line, marked as title keys. */
export function titleKeys(titles: string, into: Set<string> = new Set()): Set<string> {
  for (const line of titles.split('\n').map((text) => normalizeText(text))) {
    const runs = titleWordRuns(line);
    for (const words of runs) {
      for (let i = TITLE_KEY_LENGTH; i <= words.length; i++) into.add(TITLE_KEY_MARK + words.slice(i - TITLE_KEY_LENGTH, i).join(''));
    }
    const key = lineKey(runs);
    if (key !== undefined) into.add(TITLE_KEY_MARK + key);
  }
  return into;
}

/**
 * A whole title line as one key: its words with nothing between them, hashed,
 * marked `=`. The archive's headlines share their pieces (every run of three words
 * of 魏塘街道开展新居民专项行动 is in the titles of 5 of 11 volumes), but a
 * reader who types or pastes a whole headline is answered by the volumes
 * printing exactly that line. Undefined for fewer than three words.
 */
function lineKey(runs: readonly string[][]): string | undefined {
  const words = runs.flat();
  // Filed by a 53-bit hash of the line, not the line itself: 10,000 headlines spelled out doubled every title shard.
  return words.length < TITLE_KEY_LENGTH ? undefined : `=${lineHash(words.join('')).toString(36)}`;
}

/** A 53-bit string hash (cyrb53): two 32-bit multiplicative hashes combined. */
function lineHash(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** The whole-line key a query would match if it is a whole title line (see lineKey), spaces and punctuation aside. */
export const queryTitleLineKey = (terms: readonly Term[]): string | undefined => lineKey(terms.flatMap((term) => titleWordRuns(term.text)));

/**
 * The title keys a query's titles must hold (unmarked): each term's runs of
 * three index words, spread along it, at most {@link MAX_TITLE_KEYS}. A term's
 * last word, when not Han, may be the start of a longer word (Pagefind matches
 * it as a prefix), so no key ends with it. Empty when no term has three words
 * in a row: such a query is not looked up in the titles at all.
 */
export function queryTitleKeys(terms: readonly Term[]): string[] {
  const perTerm = terms.map((term) => {
    const keys: string[] = [];
    const runs = titleWordRuns(term.text);
    runs.forEach((words, run) => {
      const whole = run < runs.length - 1 || HAN.test(words.at(-1) ?? '') ? words.length : words.length - 1;
      for (let i = TITLE_KEY_LENGTH; i <= whole; i++) {
        const key = words.slice(i - TITLE_KEY_LENGTH, i).join('');
        if (!keys.includes(key)) keys.push(key);
      }
    });
    return spreadOrder(keys);
  });
  return roundRobin(perTerm, MAX_TITLE_KEYS);
}

/** A volume set as written in a shard: `*` for every volume, else a hex bit mask, bit i for the i-th volume newest first. */
const ALL = '*';

/**
 * The shard files for volumes given newest first, each with its set of keys:
 * one line per key, `key<TAB>volumes`, sorted so that the same archive gives
 * the same bytes.
 */
export function writeRouteShards(volumeKeys: readonly ReadonlySet<string>[], shards: number): string[] {
  const masks = new Map<string, bigint>();
  volumeKeys.forEach((keys, index) => {
    const bit = 1n << BigInt(index);
    for (const key of keys) masks.set(key, (masks.get(key) ?? 0n) | bit);
  });
  const all = (1n << BigInt(volumeKeys.length)) - 1n;
  const lines: string[][] = Array.from({ length: shards }, () => []);
  for (const [key, mask] of masks) lines[shardOf(key, shards)]!.push(`${key}\t${mask === all ? ALL : mask.toString(16)}`);
  return lines.map((shardLines) => shardLines.sort().join('\n') + (shardLines.length > 0 ? '\n' : ''));
}

/** Reads a shard's lines for the given keys: the volume indexes (newest first) holding each, an empty list for a key no volume holds. */
export function readRouteShard(text: string, keys: readonly string[], volumeCount: number): Map<string, number[]> {
  const wanted = new Set(keys);
  const found = new Map<string, number[]>(keys.map((key) => [key, []]));
  for (const line of text.split('\n')) {
    const tab = line.indexOf('\t');
    const key = line.slice(0, tab);
    if (tab === -1 || !wanted.has(key)) continue;
    const mask = line.slice(tab + 1);
    const indexes: number[] = [];
    if (mask === ALL) for (let i = 0; i < volumeCount; i++) indexes.push(i);
    else {
      const bits = BigInt(`0x${mask}`);
      for (let i = 0; i < volumeCount; i++) if ((bits >> BigInt(i)) & 1n) indexes.push(i);
    }
    found.set(key, indexes);
  }
  return found;
}

/** The volumes (indexes, newest first) that hold every key. */
export function volumesHoldingAll(found: ReadonlyMap<string, readonly number[]>, volumeCount: number): number[] {
  let holding = Array.from({ length: volumeCount }, (_, i) => i);
  for (const indexes of found.values()) {
    const set = new Set(indexes);
    holding = holding.filter((i) => set.has(i));
  }
  return holding;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/**
 * The text a page is filed under: everything from its indexed element on,
 * with tags dropped but every attribute value kept. It must hold at least
 * every run of text Pagefind can match on the page, so nothing is left out on
 * purpose (ignored parts, attributes Pagefind may index); what it holds beyond
 * that only makes the router rule out fewer volumes. Tags are dropped without
 * a space because inline markup (a link, a mark) sits inside a word.
 */
export function routeText(html: string): string {
  const start = indexedStart(html);
  return start === -1 ? '' : markupText(html.slice(start));
}

/** Where a page's indexed element (data-pagefind-body) starts, or -1. */
const indexedStart = (html: string): number => html.search(/<[a-z]+\b[^>]*\bdata-pagefind-body\b/u);

/**
 * An article's titles as the reader sees them: the kicker, headline and
 * subtitle of the indexed element's first heading group (Titles.astro).
 */
export function titlesText(html: string): string {
  const start = indexedStart(html);
  if (start === -1) return '';
  const group = /<hgroup\b[^>]*>([\s\S]*?)<\/hgroup>/u.exec(html.slice(start));
  // Kicker, headline and subtitle are separate lines: no key runs from one into the next.
  return group ? markupText(group[1]!.replace(/<\/?(?:p|h[1-6])\b[^>]*>/gu, '\n').replace(/<[^>]*>/gu, '')).trim() : '';
}

/** Markup's text, with tags dropped but every attribute value kept, entities decoded. */
function markupText(markup: string): string {
  return markup
    .replace(/<[^>]*>/gu, (tag) => [...tag.matchAll(/=\s*"([^"]*)"|=\s*'([^']*)'/gu)].map((m) => ` ${m[1] ?? m[2]} `).join(''))
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/giu, (entity, name: string) =>
      name.startsWith('#x') || name.startsWith('#X') ? String.fromCodePoint(parseInt(name.slice(2), 16)) : name.startsWith('#') ? String.fromCodePoint(Number(name.slice(1))) : (ENTITIES[name.toLowerCase()] ?? entity),
    );
}
