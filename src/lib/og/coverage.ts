/**
 * Which preview-card font draws each character of a text, and which
 * characters none can. Used by renderCard to load only the subsets a card
 * needs, and by ingest (through `undrawable`) to warn about a headline
 * character the link preview will show as the substitute mark.
 */
import { allSubsets, subsetCodePoints, type FontSubset } from './fonts.ts';

/**
 * What the card draws in place of a character no font holds: 〓, the geta
 * mark that Chinese and Japanese typesetters print where a character is
 * missing from the case (铅字排版的“空铅”). It is in Noto Sans SC, has the
 * width of a character so the headline keeps its shape, and is plainly not
 * a letter, unlike a missing-glyph box that looks like a rendering fault.
 */
export const SUBSTITUTE = '〓';

/**
 * Text as the card draws it: composed (NFC, so "e" + U+0301 is "é"), and
 * without default-ignorable code points (zero-width joiners and spaces,
 * variation selectors, ideographic variation sequences' selectors, soft
 * hyphens), which have no glyph of their own and which Satori would draw
 * as boxes. Emoji ZWJ sequences therefore come apart into their emoji.
 */
export function cardText(text: string): string {
  return text.normalize('NFC').replace(/\p{Default_Ignorable_Code_Point}/gu, '').replace(/\p{Cc}/gu, ' ');
}

const found = new Map<number, FontSubset | null>();

/** The first subset, in try order, with a glyph for `code`; null if none (cached per process). */
export function subsetFor(code: number): FontSubset | null {
  const known = found.get(code);
  if (known !== undefined) return known;
  let result: FontSubset | null = null;
  for (const { subset, ranges } of allSubsets()) {
    if (ranges.some(([from, to]) => code >= from && code <= to) && subsetCodePoints(subset).has(code)) {
      result = subset;
      break;
    }
  }
  found.set(code, result);
  return result;
}

export interface GlyphCoverage {
  /** Each character that a font holds → that font's subset (its `font.family`, its Satori `name`). */
  subsetFor: Map<string, FontSubset>;
  /** Each character that a font holds → the font family that draws it. */
  fontFor: Map<string, string>;
  /** Characters no card font holds, in order of first appearance (white space is never missing: it is drawn as a space). */
  missing: string[];
}

/** Looks up every character of `text` (as `cardText` leaves it) in the card fonts. */
export function glyphCoverage(text: string): GlyphCoverage {
  const subsets = new Map<string, FontSubset>();
  const fontFor = new Map<string, string>();
  const missing: string[] = [];
  for (const char of new Set(cardText(text))) {
    const subset = subsetFor(char.codePointAt(0)!);
    if (subset) {
      subsets.set(char, subset);
      fontFor.set(char, subset.font.family);
    } else if (!/\s/u.test(char)) missing.push(char);
  }
  return { subsetFor: subsets, fontFor, missing };
}

/**
 * The characters of `text` that no preview-card font can draw, each once;
 * the card shows SUBSTITUTE in their place. For ingest to warn about.
 */
export function undrawable(text: string): string[] {
  return glyphCoverage(text).missing;
}

/** `text` as the card draws it: card text with each undrawable character replaced by SUBSTITUTE and undrawable white space by a space. */
export function drawableText(text: string): string {
  return [...cardText(text)].map((char) => (subsetFor(char.codePointAt(0)!) ? char : /\s/u.test(char) ? ' ' : SUBSTITUTE)).join('');
}

/**
 * `text` cut into runs that Satori draws right when each is its own text
 * node. Satori remembers the font it chose per UTF-16 code unit, so two
 * characters beyond the BMP that share a high surrogate (𠀡 and 𠀋, or 🎉 and
 * 🄰) get the font of whichever came first, and the second draws as a box if
 * that font lacks it. A new run starts where that would happen; text without
 * such a pair stays one run.
 */
export function satoriRuns(text: string): string[] {
  const runs: string[] = [];
  let run = '';
  let chosen = new Map<number, FontSubset | null>();
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code > 0xffff) {
      const high = char.charCodeAt(0);
      const subset = subsetFor(code);
      const earlier = chosen.get(high);
      if (earlier === undefined) chosen.set(high, subset);
      else if (earlier !== subset && !(earlier && subsetCodePoints(earlier).has(code))) {
        runs.push(run);
        run = '';
        chosen = new Map([[high, subset]]);
      }
    }
    run += char;
  }
  runs.push(run);
  return runs;
}
