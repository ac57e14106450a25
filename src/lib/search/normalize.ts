import { HAN } from './han.ts';

/** Longest query kept, in characters: longer input is cut, so the page keeps working. */
export const MAX_QUERY_LENGTH = 64;
/** Most terms a query may hold. */
export const MAX_TERMS = 8;

/** Traditional → simplified characters, for the characters the site's text uses. */
export type CharMap = Readonly<Record<string, string>>;

export interface Term {
  /** The term as matched against normalised text (see {@link normalizeText}). */
  text: string;
  /** Written in quotes: matched exactly as a phrase. */
  quoted: boolean;
  /** One of the words a run-together term was split into: the same number on each (see src/lib/search/segment.ts). */
  group?: number;
}

export interface Query {
  /** The query cleaned up, as it is shown back and put in the URL. */
  display: string;
  terms: Term[];
  /**
   * Set when the terms searched are not the ones typed (words run together
   * split, pinyin read as Chinese): what the results hold, as the status says
   * it (“春耕”和“贷款”), and the sentence explaining it, shown above them
   * (one for when pages are found, one for when none are).
   */
  matchedAs?: string;
  note?: { found: string; none: string };
  /** Other Chinese words a pinyin query may spell, offered as links. */
  alternatives?: string[];
  /**
   * Set when terms were split into words (春耕贷款 → 春耕, 贷款) because the
   * newest volumes that could hold them as typed did not: the query as typed,
   * which every volume the search goes on to load is asked first, so a page
   * holding it exactly in an older volume is still an exact match.
   */
  asTyped?: Query;
}

/** Stand-ins (private-use characters, neither punctuation nor space) for marks inside a number while a query is split. */
const NUMBER_MARKS = { '.': '\uE000', ',': '\uE001', ':': '\uE002' } as const;
const HELD_MARKS: Record<string, string> = { '\uE000': '.', '\uE001': ',', '\uE002': ':' };

const QUOTED = /"([^"]*)"|“([^”]*)”|「([^」]*)」|『([^』]*)』|‘([^’]*)’/gu;
/** Control and format characters (zero-width spaces included), except white space: never part of a query. */
const INVISIBLE = /(?![\t\n\v\f\r])[\p{Cc}\p{Cf}]/gu;

/**
 * Text as search compares it: compatibility forms folded (full-width Ａ１ →
 * A1), traditional characters mapped to simplified, Latin in lower case,
 * invisible characters removed and runs of white space made one space.
 */
export function normalizeText(text: string, t2s: CharMap = {}): string {
  let out = '';
  for (const char of text.normalize('NFKC').replace(INVISIBLE, '')) out += t2s[char] ?? char;
  return out.toLowerCase().replace(/\s+/gu, ' ');
}

/**
 * One character as normalizeText folds it. A character of the main Han block
 * (most of a Chinese page) needs only the 繁→简 map: NFKC, lower case and the
 * space rules leave it as it is, and excerpts fold every character of up to
 * ten articles' text before a search shows them (that cost 10–15 ms a search).
 */
export function foldChar(char: string, t2s: CharMap = {}): string {
  const code = char.charCodeAt(0);
  return char.length === 1 && code >= 0x4e00 && code <= 0x9fff ? (t2s[char] ?? char) : normalizeText(char, t2s);
}

/**
 * Reads what a reader typed: quoted phrases stay whole, other words split on
 * spaces and punctuation. Spaces between two Chinese characters are dropped,
 * since Chinese text has none.
 */
export function parseQuery(raw: string, t2s: CharMap = {}): Query {
  const text = normalizeText([...raw.slice(0, MAX_QUERY_LENGTH * 4)].slice(0, MAX_QUERY_LENGTH * 2).join(''), t2s).trim();
  const clipped = [...text].slice(0, MAX_QUERY_LENGTH).join('');
  const terms: Term[] = [];
  const add = (value: string, quoted: boolean) => {
    const term = joinHanSpaces(value.trim());
    if (term !== '' && !terms.some((t) => t.text === term)) terms.push({ text: term, quoted });
  };
  const rest = clipped.replace(QUOTED, (...groups: (string | undefined)[]) => {
    add(groups.slice(1, 6).find((g) => g !== undefined) ?? '', true);
    return ' ';
  });
  // A decimal point or digit separator between digits (34.7亿, 1,200名, 10:30) belongs to the number, not between two words.
  const kept = rest.replace(/(?<=\p{N})([.,:])(?=\p{N})/gu, (mark: string) => NUMBER_MARKS[mark as keyof typeof NUMBER_MARKS]);
  for (const word of kept.split(/[\s\p{P}\p{S}]+/u)) add(word.replace(/[\uE000-\uE002]/gu, (held) => HELD_MARKS[held]!), false);
  return { display: clipped, terms: terms.slice(0, MAX_TERMS) };
}

/** Drops each space standing between two Chinese characters (Chinese text has none; 詹丽华 柳景春 reads as one run). */
export function joinHanSpaces(text: string): string {
  return text.replace(/(\S) (?=(\S))/gu, (match, before: string, after: string) => (HAN.test(before) && HAN.test(after) ? before : match));
}

/**
 * The query Pagefind is sent for one term: a quoted phrase of its index words
 * (each Han character alone, Latin and digit runs whole), so that Pagefind
 * returns exactly the pages holding that run of words. A run between spaces
 * or Han characters is one index word with its punctuation dropped, as
 * Pagefind indexes it: 34.7亿 → `34.7` is the word 347, 1,200名 → 1200.
 * Any other mark (the ， of a quoted “以实干争先，以创新致远”, the + and the
 * quotes of “1+4”, the % of 5%) is an index position of the page that no
 * query can spell, so a phrase cannot span it: the longest stretch between
 * such marks is sent, and the page's text is checked for the whole term (holdsEvery).
 */
export function pagefindPhrase(term: Term): string {
  const pieces: string[][] = [[]];
  let run = '';
  const endRun = () => {
    // A mark inside a number (34.7, 1,200) is part of its word; any other mark is a position of its own
    // in the index (the + and the quotes of “1+4”, the % of 5%), so a phrase cannot span it either.
    const parts = run.replace(/(?<=\p{N})[.,:](?=\p{N})/gu, '').split(/[^\p{L}\p{N}]/u);
    for (const [index, part] of parts.entries()) {
      if (index > 0) pieces.push([]);
      if (part !== '') pieces.at(-1)!.push(part);
    }
    run = '';
  };
  for (const char of term.text) {
    if (HAN.test(char)) {
      endRun();
      pieces.at(-1)!.push(char);
    } else if (/\s/u.test(char)) endRun();
    else run += char;
  }
  endRun();
  const words = pieces.reduce((longest, piece) => (piece.length > longest.length ? piece : longest));
  return words.length === 0 ? '' : `"${words.join(' ')}"`;
}
