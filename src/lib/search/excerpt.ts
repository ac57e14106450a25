import { normalizeText, type CharMap, type Term } from './normalize.ts';

/** A piece of an excerpt: plain text, or a matched term to mark. */
export interface ExcerptPart {
  text: string;
  hit: boolean;
}

/** Characters of context shown before the first match. */
const BEFORE = 24;

/**
 * An excerpt of `text` around the first match of any term, with every match
 * in it marked. Matching compares normalised text; the excerpt shows the
 * original characters. Returned as parts, so the page can insert them as text
 * nodes and <mark> elements, never as HTML.
 */
export function excerptParts(text: string, terms: Term[], length = 90, t2s: CharMap = {}): ExcerptPart[] {
  const chars = [...text];
  // Normalise character by character so positions in both strings agree.
  const folded = chars.map((char) => normalizeText(char, t2s) || ' ');
  const hits = new Array<boolean>(chars.length).fill(false);
  let first = -1;
  for (const term of terms) {
    const needle = [...term.text];
    for (let i = 0; i + needle.length <= chars.length; i++) {
      if (needle.every((c, k) => folded[i + k] === c)) {
        for (let k = 0; k < needle.length; k++) hits[i + k] = true;
        if (first === -1 || i < first) first = i;
      }
    }
  }
  const start = first <= BEFORE ? 0 : first - BEFORE;
  const end = Math.min(chars.length, start + length);
  const parts: ExcerptPart[] = [];
  if (start > 0) parts.push({ text: '…', hit: false });
  for (let i = start; i < end; i++) {
    const last = parts.at(-1);
    if (last && last.hit === hits[i] && last.text !== '…') last.text += chars[i];
    else parts.push({ text: chars[i]!, hit: hits[i]! });
  }
  if (end < chars.length) parts.push({ text: '…', hit: false });
  return parts;
}
