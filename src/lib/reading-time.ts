/** Chinese readers take in about 400 characters a minute; Latin words are counted at 200 a minute. */
export const HAN_PER_MINUTE = 400;
export const WORDS_PER_MINUTE = 200;

const HAN = /[\p{Script=Han}]/gu;
const LATIN_WORD = /[A-Za-z0-9]+(?:[.'’-][A-Za-z0-9]+)*/gu;

/** Whole minutes to read a text, at least 1: Chinese counted by characters, Latin by words. */
export function readingMinutes(text: string): number {
  const han = text.match(HAN)?.length ?? 0;
  const words = text.match(LATIN_WORD)?.length ?? 0;
  return Math.max(1, Math.ceil(han / HAN_PER_MINUTE + words / WORDS_PER_MINUTE));
}
