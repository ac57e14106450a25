/**
 * Pinyin queries, the browser's side: a reader without a Chinese input method
 * types `hangzhou`, `hang zhou` or the initials `hz`. The build writes a map
 * from the pinyin of the corpus's own words to those words
 * (pinyin-index.ts), cut into small files by the key's first two letters, so
 * a query downloads one of them.
 */

/** Where the map's file for keys beginning with `prefix` lives. */
export const pinyinShardPath = (prefix: string): string => `/search/pinyin/${prefix}.json`;

/** The file a key is in: its first two letters. */
export const pinyinPrefix = (key: string): string => key.slice(0, 2);

/** A shard: pinyin key → the words it spells, most frequent first. */
export type PinyinShard = Readonly<Record<string, readonly string[]>>;

/**
 * The pinyin key a query spells, or undefined when it is not pinyin: only
 * Latin letters (ü typed as v or ü), spaces between syllables dropped, at
 * least two letters. `terms` are the query's terms as parseQuery gives them
 * (normalised, lower case).
 */
export function pinyinKey(terms: readonly { text: string; quoted: boolean }[]): string | undefined {
  if (terms.length === 0 || terms.some((term) => term.quoted)) return undefined;
  const key = terms
    .map((term) => term.text)
    .join('')
    .replaceAll('ü', 'v')
    .replace(/\s+/gu, '');
  return /^[a-z]{2,40}$/u.test(key) ? key : undefined;
}
