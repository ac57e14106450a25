/**
 * Pinyin queries, the browser's side: a reader without a Chinese input method
 * types `hangzhou`, `hang zhou` or the initials `hz`. The build writes a map
 * from the pinyin of the corpus's own words to those words
 * (pinyin-index.ts), cut into small files by the key's first three letters, so
 * a query downloads one or two of them.
 */

/** Where the map's file for keys beginning with `prefix` lives. */
export const pinyinShardPath = (prefix: string): string => `/search/pinyin/${prefix}.json`;

/**
 * The file a key is in: its first three letters (two for a two-letter key,
 * initials such as hz). Two letters made files of 50 KB on a large archive
 * (synthetic, 10,000 articles); three keep each to a few KB.
 */
export const pinyinPrefix = (key: string): string => key.slice(0, 3);

/** A shard: pinyin key → the words it spells, most frequent first. */
export type PinyinShard = Readonly<Record<string, readonly string[]>>;

/** Fetches one shard of the map by its prefix (an empty map when there is no such file). */
export type ShardLookup = (prefix: string) => Promise<PinyinShard>;

/** What a query in pinyin is read as: the terms to search (Chinese words, and any term kept as typed), and other words the whole query may spell. */
export interface PinyinReading {
  terms: { text: string; quoted: boolean }[];
  alternatives: string[];
}

/**
 * The pinyin key a query spells, or undefined when it is not pinyin: only
 * Latin letters (ü typed as v or ü), spaces between syllables dropped, at
 * least two letters. `terms` are the query's terms as parseQuery gives them
 * (normalised, lower case).
 */
export function pinyinKey(terms: readonly { text: string; quoted: boolean }[]): string | undefined {
  if (terms.length === 0 || terms.some((term) => term.quoted)) return undefined;
  const typed = terms
    .map((term) => term.text)
    .join('')
    .replace(/\s+/gu, '');
  // Tone numbers after syllables (hang2zhou1), but not other digits.
  // (Each repetition starts with a digit, so a long non-matching query cannot make the pattern backtrack.)
  if (!/^[a-zü\u0300-\u036f]+(?:[1-5][a-zü\u0300-\u036f]*)*$/u.test(typed.normalize('NFD'))) return undefined;
  const key = typed
    .replace(/[1-5]/gu, '')
    .replaceAll('ü', 'v')
    // Tone marks (hángzhōu), ü kept as v.
    .normalize('NFD')
    .replace(/u\u0308/gu, 'v')
    .replace(/[\u0300-\u036f]/gu, '');
  return /^[a-z]{2,40}$/u.test(key) ? key : undefined;
}

/**
 * Splits pinyin typed as one run (gongshurengongzhineng) into keys the map
 * knows, longest first from the left, using `lookup` for each shard. Undefined
 * unless the whole run is used up by keys of at least two letters.
 */
export async function splitPinyin(key: string, lookup: (prefix: string) => Promise<PinyinShard>, depth = 0): Promise<string[] | undefined> {
  if (key === '') return [];
  if (key.length < 2 || depth > 6) return undefined;
  // Keys beginning the run are in its three-letter file, or the two-letter one.
  const files = await Promise.all([...new Set([pinyinPrefix(key), key.slice(0, 2)])].map((prefix) => lookup(prefix)));
  const prefixes = files
    .flatMap((shard) => Object.keys(shard))
    .filter((candidate) => candidate.length >= 2 && key.startsWith(candidate))
    .sort((a, b) => b.length - a.length);
  for (const prefix of prefixes) {
    const rest = await splitPinyin(key.slice(prefix.length), lookup, depth + 1);
    if (rest) return [prefix, ...rest];
  }
  return undefined;
}

/** The words a key spells, most frequent first (empty when none). */
async function spelledBy(key: string, lookup: ShardLookup): Promise<readonly string[]> {
  return (await lookup(pinyinPrefix(key)))[key] ?? [];
}

/**
 * Reads a query as pinyin, in this order: the whole query as one word
 * (hangzhou, hang zhou → 杭州); every term a word (gongshu rengongzhineng);
 * the whole query as a run of words (gongshurengongzhineng, nong shang yin
 * hang); else term by term, each pinyin term the map knows read as its word
 * (or its run of words) and every other term kept as typed: Chinese beside
 * pinyin (拱墅 hangzhou), or a Latin word the articles print, which the map
 * leaves out (wulin cbd → 武林 cbd). Undefined when no term is read as pinyin.
 */
export async function readPinyin(terms: readonly { text: string; quoted: boolean }[], lookup: ShardLookup): Promise<PinyinReading | undefined> {
  const chinese = (words: readonly string[]) => words.map((text) => ({ text, quoted: false }));
  const key = pinyinKey(terms);
  if (key !== undefined) {
    const [word, ...alternatives] = await spelledBy(key, lookup);
    if (word !== undefined) return { terms: chinese([word]), alternatives };
    const each = await Promise.all(terms.map((term) => spelledBy(pinyinKey([term]) ?? '', lookup)));
    if (terms.length > 1 && each.every((list) => list.length > 0)) return { terms: chinese(each.map((list) => list[0]!)), alternatives: [] };
    const keys = await splitPinyin(key, lookup);
    if (keys && keys.length > 1) return { terms: chinese(await Promise.all(keys.map(async (k) => (await spelledBy(k, lookup))[0]!))), alternatives: [] };
  }
  let read = false;
  const out = await Promise.all(
    terms.map(async (term) => {
      const own = term.quoted ? undefined : pinyinKey([term]);
      if (own === undefined) return [term];
      const [word] = await spelledBy(own, lookup);
      const keys = word === undefined ? await splitPinyin(own, lookup) : [own];
      if (!keys || keys.length === 0) return [term];
      read = true;
      return chinese(await Promise.all(keys.map(async (k) => (await spelledBy(k, lookup))[0]!)));
    }),
  );
  return read ? { terms: out.flat(), alternatives: [] } : undefined;
}
