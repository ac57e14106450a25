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
 * holding the fewest common characters (the first such run on a tie).
 */
export function phraseWindow(phrase: string, common: ReadonlySet<string>): string {
  const words = wordsOf(phrase);
  if (words.length <= MAX_PHRASE_WORDS) return phrase;
  let best = 0;
  let bestCommon = Infinity;
  for (let start = 0; start + MAX_PHRASE_WORDS <= words.length; start++) {
    const count = words.slice(start, start + MAX_PHRASE_WORDS).filter((word) => common.has(word)).length;
    if (count < bestCommon) {
      best = start;
      bestCommon = count;
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
