/**
 * The fonts a preview card may draw with, in the order they are tried, and
 * lazy, per-process access to their Fontsource subset files: a subset's file
 * is read the first time a character needs it and then kept, so an archive
 * build of thousands of cards reads each file once (and Satori, which caches
 * parsed fonts by their data, parses each once).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fontCodePoints } from './cmap.ts';
import { parseUnicodeRange, type CodeRanges } from './unicode-ranges.ts';

export interface CardFont {
  family: string;
  /** Fontsource package; its files are named `<name>-<subset>-<weight>-normal.woff`. */
  package: string;
  /** The weights the package ships that the card uses: 400 and 700, or 400 alone. */
  weights: readonly number[];
  /** Subsets to use when the package's unicode.json lists none (a single-file font). */
  wholeFont?: string;
}

/**
 * Tried in this order for each character. Noto Sans SC draws the page's own
 * text; the rest only fill in what it lacks: Latin/Greek/Cyrillic, CJK it
 * leaves out (Hong Kong and Japanese sets, with CJK Extension B names such
 * as 𠮷), symbols, monochrome emoji, and last UnifontEX, a pixel font that
 * holds nearly every BMP character (Extension A such as 䶮, Hangul, rare
 * symbols) so that a plain but real glyph beats a box.
 */
export const CARD_FONTS: readonly CardFont[] = [
  { family: 'Noto Sans SC', package: '@fontsource/noto-sans-sc', weights: [400, 700] },
  { family: 'Noto Sans', package: '@fontsource/noto-sans', weights: [400, 700] },
  { family: 'Noto Sans HK', package: '@fontsource/noto-sans-hk', weights: [400, 700] },
  { family: 'Noto Sans JP', package: '@fontsource/noto-sans-jp', weights: [400, 700] },
  { family: 'Noto Sans Symbols', package: '@fontsource/noto-sans-symbols', weights: [400, 700] },
  { family: 'Noto Sans Symbols 2', package: '@fontsource/noto-sans-symbols-2', weights: [400] },
  { family: 'Noto Emoji', package: '@fontsource/noto-emoji', weights: [400, 700] },
  { family: 'UnifontEX', package: '@fontsource/unifontex', weights: [400], wholeFont: 'latin' },
];

/** One subset file set of a font: what Satori loads under a name of its own. */
export interface FontSubset {
  font: CardFont;
  key: string;
  /** Position in the try order: font, then subset as unicode.json lists it. */
  rank: number;
  /** The name Satori knows it by ("Noto Sans SC 12"). */
  name: string;
}

const resolve = (font: CardFont, file: string) => fileURLToPath(import.meta.resolve(`${font.package}/${file}`));
/** "[12]" → "12", "latin" → "latin": how Fontsource names a subset's files. */
const fileKey = (key: string) => key.replace(/^\[(\d+)\]$/u, '$1');
const baseName = (font: CardFont) => font.package.replace(/^@fontsource\//u, '');

let subsetIndex: { subset: FontSubset; ranges: CodeRanges }[] | undefined;

/** Every subset of every card font with its unicode range, in try order (read once). */
export function allSubsets(): { subset: FontSubset; ranges: CodeRanges }[] {
  if (subsetIndex) return subsetIndex;
  let rank = 0;
  subsetIndex = CARD_FONTS.flatMap((font) => {
    const listed = JSON.parse(readFileSync(resolve(font, 'unicode.json'), 'utf8')) as Record<string, string>;
    const entries = Object.keys(listed).length > 0 ? Object.entries(listed) : [[font.wholeFont ?? 'latin', 'U+0-10FFFF'] as const];
    return entries.map(([key, spec]) => ({ subset: { font, key, rank: rank++, name: `${font.family} ${fileKey(key)}` }, ranges: parseUnicodeRange(spec) }));
  });
  return subsetIndex;
}

const files = new Map<string, Buffer>();

/** A subset's WOFF file at one weight, read on first use and kept. */
export function subsetFile(subset: FontSubset, weight: number): Buffer {
  const file = `files/${baseName(subset.font)}-${fileKey(subset.key)}-${weight}-normal.woff`;
  const path = `${subset.font.package}/${file}`;
  let data = files.get(path);
  if (!data) {
    data = readFileSync(resolve(subset.font, file));
    files.set(path, data);
  }
  return data;
}

const codePoints = new Map<FontSubset, Set<number>>();

/** The code points a subset really has a glyph for (from its regular file's cmap; the bold file is cut the same). */
export function subsetCodePoints(subset: FontSubset): Set<number> {
  let codes = codePoints.get(subset);
  if (!codes) {
    codes = fontCodePoints(subsetFile(subset, 400));
    codePoints.set(subset, codes);
  }
  return codes;
}
