/** A Han (Chinese) character, including the CJK extensions. */
export const HAN = /\p{Script=Han}/u;

/**
 * U+200B ZERO WIDTH SPACE: put between characters in the copy of a page that
 * Pagefind indexes (never in what readers see), so that each Han character
 * is its own index word and a query can ask for an exact run of them.
 */
export const INDEX_SEPARATOR = '\u200b';

/**
 * U+2063 INVISIBLE SEPARATOR: put, as an index word of its own, at the end of
 * each block (paragraph, heading, caption) in the copy Pagefind indexes.
 * Pagefind joins blocks with a space in the text it stores, and Chinese text
 * holds real spaces too (金融活水润田畴 护航春耕), so without it the search
 * page cannot tell where a paragraph ended. readerText turns it into a line
 * break. It also stops a phrase from matching across two blocks.
 */
export const BLOCK_END = '\u2063';

/** Separates every Han character from its neighbours with {@link INDEX_SEPARATOR}. */
export function separateHan(text: string): string {
  let out = '';
  let previous = '';
  for (const char of text) {
    if (previous !== '' && (HAN.test(char) || HAN.test(previous)) && !/\s/u.test(char) && !/\s/u.test(previous)) out += INDEX_SEPARATOR;
    out += char;
    previous = char;
  }
  return out;
}
