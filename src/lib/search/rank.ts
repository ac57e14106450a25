import { normalizeText, type CharMap, type Term } from './normalize.ts';
import { INDEX_SEPARATOR } from './han.ts';

/** What ranking needs of one candidate page (from Pagefind's result data). */
export interface Candidate {
  url: string;
  headline: string;
  kicker?: string | undefined;
  /** The page's indexed text: headline, standfirst, byline, body and captions. */
  content: string;
  /** Index order: earlier editions' pages and earlier positions come first. */
  order: number;
}

export interface Ranked<C extends Candidate> {
  candidate: C;
  /** 0: every term in the headline; 1: every term in kicker and headline; 2: some term there; 3: only in the text. */
  tier: 0 | 1 | 2 | 3;
  occurrences: number;
  firstAt: number;
}

/** A page's place in result ties: newer editions first, then printed order. Stored as Pagefind metadata. */
export function printedOrder(editionSequence: number, position: number): number {
  return -editionSequence * 1000 + position;
}

/** Removes the index separators Pagefind's copy of the text carries. */
export function readerText(indexed: string): string {
  return indexed.replaceAll(INDEX_SEPARATOR, '');
}

function count(haystack: string, needle: string): number {
  let n = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) n++;
  return n;
}

/**
 * Keeps the candidates whose text holds every term exactly, and orders them:
 * a match in the headline first, then in the kicker, then in the text; within
 * each, more occurrences, then an earlier first occurrence, then printed order.
 */
export function rankCandidates<C extends Candidate>(candidates: C[], terms: Term[], t2s: CharMap = {}): Ranked<C>[] {
  if (terms.length === 0) return [];
  const ranked: Ranked<C>[] = [];
  for (const candidate of candidates) {
    const text = normalizeText(readerText(candidate.content), t2s);
    if (!terms.every((term) => text.includes(term.text))) continue;
    const headline = normalizeText(readerText(candidate.headline), t2s);
    const title = normalizeText(`${candidate.kicker ?? ''} ${readerText(candidate.headline)}`, t2s);
    const inTitle = terms.filter((term) => title.includes(term.text)).length;
    ranked.push({
      candidate,
      tier: terms.every((term) => headline.includes(term.text)) ? 0 : inTitle === terms.length ? 1 : inTitle > 0 ? 2 : 3,
      occurrences: terms.reduce((sum, term) => sum + count(text, term.text), 0),
      firstAt: Math.min(...terms.map((term) => text.indexOf(term.text))),
    });
  }
  return ranked.sort((a, b) => a.tier - b.tier || b.occurrences - a.occurrences || a.firstAt - b.firstAt || a.candidate.order - b.candidate.order);
}
