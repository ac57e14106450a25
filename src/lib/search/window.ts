/**
 * What a long term costs. Every index word of a phrase is looked up in each
 * volume searched, and the entry of a character like 的 or 在 lists every
 * place it stands in about 1,000 articles: an old article's full headline
 * downloaded about 100 KiB a volume. Six consecutive characters already pick
 * out a passage, so a longer term asks the index for six of its words, those
 * with the fewest of the text's most common characters, and the page's text
 * is checked for the whole term before it is shown (holdsEvery).
 */

/** Most index words asked for one term. */
export const MAX_PHRASE_WORDS = 6;
/** How many of the text's most frequent characters count as common. */
export const COMMON_CHARACTERS = 48;

/** The index words of a phrase as pagefindPhrase writes it (`"春 耕 贷 款"`). */
const wordsOf = (phrase: string): string[] => phrase.slice(1, -1).split(' ');

/**
 * The part of a phrase sent to the index: the phrase itself when it has at
 * most {@link MAX_PHRASE_WORDS} words, else the run of that many words
 * holding the fewest common characters. `common` lists them most frequent
 * first; between runs with as many, the one whose common characters are the
 * less frequent wins (then the first). That tie decides more than it seems:
 * 魏塘街道开展新居民专项行动 has three common characters in 魏塘街道开展
 * (街, 道, 展) and in 居民专项行动 (民, 项, 动), but the first run opens many
 * of the place's headlines (魏塘街道开展…, four pages of its volume at 10,000
 * articles) while the second is this one's alone, and the first's characters
 * are the more frequent: 46.0 against 39.8 KiB of index, and four pages' text
 * read against one.
 */
export function phraseWindow(phrase: string, common: ReadonlySet<string>): string {
  const words = wordsOf(phrase);
  if (words.length <= MAX_PHRASE_WORDS) return phrase;
  const rank = new Map([...common].map((char, index) => [char, index]));
  // A common word's weight: the most frequent weighs most; other words weigh nothing.
  const weight = (word: string) => (rank.has(word) ? common.size - rank.get(word)! : 0);
  let best = 0;
  let bestCommon = Infinity;
  let bestWeight = Infinity;
  for (let start = 0; start + MAX_PHRASE_WORDS <= words.length; start++) {
    const run = words.slice(start, start + MAX_PHRASE_WORDS);
    const count = run.filter((word) => rank.has(word)).length;
    const runWeight = run.reduce((sum, word) => sum + weight(word), 0);
    if (count < bestCommon || (count === bestCommon && runWeight < bestWeight)) {
      best = start;
      bestCommon = count;
      bestWeight = runWeight;
    }
  }
  return `"${words.slice(best, best + MAX_PHRASE_WORDS).join(' ')}"`;
}

/** The most frequent Han characters of a character count, most frequent first (ties in code point order). */
export function commonCharacters(counts: ReadonlyMap<string, number>): string[] {
  return [...counts]
    .filter(([char]) => /\p{Script=Han}/u.test(char))
    .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))
    .slice(0, COMMON_CHARACTERS)
    .map(([char]) => char);
}
