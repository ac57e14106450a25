import { HAN } from './han.ts';
import { foldChar, type CharMap, type Term } from './normalize.ts';

/** A piece of an excerpt: plain text, or a matched term to mark. */
export interface ExcerptPart {
  text: string;
  hit: boolean;
}

/** Ends a sentence: the excerpt never runs past one unless the sentence is short. */
const SENTENCE_END = /[。！？；!?;\n]/u;
/** Closing marks that belong to the sentence they follow (。” 。）). */
const CLOSING = /[”’」』）)》]/u;
/** Ends a clause: where a long sentence may be cut. */
const CLAUSE_END = /[，、：,:]/u;

/**
 * An excerpt of `text` around the first match of any term, with every match
 * in it marked: the sentence holding the first match, cut at its clauses
 * (，、：) when longer than `length`, never in the middle of a phrase. Text
 * of one block that fits in `length` (a headline) is shown whole. Paragraphs arrive
 * separated by a line break (see readerText), which ends a sentence, so an
 * excerpt never joins two paragraphs. Matching compares normalised text; the
 * excerpt shows the original characters. Returned as parts, so the page can
 * insert them as text nodes and <mark> elements, never as HTML.
 */
export function excerptParts(text: string, terms: Term[], length = 90, t2s: CharMap = {}): ExcerptPart[] {
  const chars = [...text];
  // Normalise character by character so positions in both strings agree.
  const folded = chars.map((char) => foldChar(char, t2s) || ' ');
  // Where each character of the text stands, a space between two Chinese characters left out, as the query leaves it out (詹丽华 柳景春).
  const kept = chars.flatMap((char, i) => (/^[^\S\n]$/u.test(char) && HAN.test(folded[i - 1] ?? '') && HAN.test(folded[i + 1] ?? '') ? [] : [i]));
  const hits = new Array<boolean>(chars.length).fill(false);
  let first = -1;
  const starts: { at: number; end: number; term: number }[] = [];
  terms.forEach((term, index) => {
    const needle = [...term.text];
    for (let j = 0; j + needle.length <= kept.length; j++) {
      if (needle.every((c, k) => folded[kept[j + k]!] === c)) {
        const [at, end] = [kept[j]!, kept[j + needle.length - 1]! + 1];
        for (let i = at; i < end; i++) hits[i] = true;
        starts.push({ at, end, term: index });
        if (first === -1 || at < first) first = at;
      }
    }
  });
  // Several terms: the excerpt goes where they all stand closest together, not merely to the first hit.
  const window = closestTogether(starts);
  if (window !== undefined) first = window.at;
  // Short text of one block (a headline) is shown whole; anything longer, or of several paragraphs, a sentence of it.
  const [start, end] = chars.length <= length && !chars.includes('\n') ? [0, chars.length] : excerptWindow(chars, Math.max(0, first), length, window?.end);
  const parts: ExcerptPart[] = [];
  if (start > 0 && !SENTENCE_END.test(chars[start - 1]!) && !CLOSING.test(chars[start - 1]!)) parts.push({ text: '…', hit: false });
  for (let i = start; i < end; i++) {
    const char = chars[i] === '\n' ? ' ' : chars[i]!;
    const last = parts.at(-1);
    if (last && last.hit === hits[i] && last.text !== '…') last.text += char;
    else parts.push({ text: char, hit: hits[i]! });
  }
  if (end < chars.length && !SENTENCE_END.test(chars[end - 1]!) && !CLOSING.test(chars[end - 1]!)) parts.push({ text: '…', hit: false });
  return parts;
}

/**
 * [start, end) of the excerpt: the sentence around `at`; if that is longer
 * than `length`, the clause around `at` widened clause by clause while it
 * fits; a clause longer than `length` on its own is cut around `at`.
 */
export function excerptWindow(chars: readonly string[], at: number, length: number, until = at): [number, number] {
  const isEnd = (i: number) => SENTENCE_END.test(chars[i]!) || (CLOSING.test(chars[i]!) && i > 0 && SENTENCE_END.test(chars[i - 1]!));
  let start = at;
  while (start > 0 && !isEnd(start - 1)) start--;
  // A line break or space left at the start of a paragraph is not shown.
  while (start < at && /\s/u.test(chars[start]!)) start++;
  let end = at;
  while (end < chars.length && !SENTENCE_END.test(chars[end]!)) end++;
  while (end < chars.length && chars[end] !== '\n' && (SENTENCE_END.test(chars[end]!) || CLOSING.test(chars[end]!))) end++;
  // The other terms stand in the next sentence of the same paragraph: show it too, if both fit.
  if (until > end && !chars.slice(end, until).includes('\n')) {
    let next = until;
    while (next < chars.length && !SENTENCE_END.test(chars[next]!)) next++;
    while (next < chars.length && chars[next] !== '\n' && (SENTENCE_END.test(chars[next]!) || CLOSING.test(chars[next]!))) next++;
    if (next - start <= length) return [start, next];
  }
  if (end - start <= length) return [start, end];
  // Clauses of the sentence: [from, to) pieces ending after a clause mark.
  const clauses: [number, number][] = [];
  let from = start;
  for (let i = start; i < end; i++) {
    if (CLAUSE_END.test(chars[i]!) || i === end - 1) {
      clauses.push([from, i + 1]);
      from = i + 1;
    }
  }
  let lo = clauses.findIndex(([, to]) => to > at);
  if (lo === -1) lo = clauses.length - 1;
  let hi = lo;
  if (clauses[lo]![1] - clauses[lo]![0] > length) {
    const begin = Math.max(clauses[lo]![0], Math.min(at - 12, clauses[lo]![1] - length));
    return [begin, Math.min(clauses[lo]![1], begin + length)];
  }
  // Widen after the match first (the reader reads on), then before it.
  for (let grew = true; grew; ) {
    grew = false;
    if (hi + 1 < clauses.length && clauses[hi + 1]![1] - clauses[lo]![0] <= length) {
      hi++;
      grew = true;
    } else if (lo > 0 && clauses[hi]![1] - clauses[lo - 1]![0] <= length) {
      lo--;
      grew = true;
    }
  }
  return [clauses[lo]![0], clauses[hi]![1]];
}

/** The shortest stretch holding one match of every term found (undefined for one term). */
function closestTogether(starts: { at: number; end: number; term: number }[]): { at: number; end: number } | undefined {
  const kinds = new Set(starts.map((s) => s.term)).size;
  if (kinds < 2) return undefined;
  const sorted = [...starts].sort((a, b) => a.at - b.at);
  let best: { length: number; at: number; end: number } | undefined;
  for (let left = 0; left < sorted.length; left++) {
    const seen = new Set<number>();
    let end = 0;
    for (let right = left; right < sorted.length && seen.size < kinds; right++) {
      seen.add(sorted[right]!.term);
      end = Math.max(end, sorted[right]!.end);
      if (seen.size === kinds && (!best || end - sorted[left]!.at < best.length)) best = { length: end - sorted[left]!.at, at: sorted[left]!.at, end };
    }
  }
  return best && { at: best.at, end: best.end };
}
