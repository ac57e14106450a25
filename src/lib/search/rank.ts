import { normalizeText, type CharMap, type Term } from './normalize.ts';
import { INDEX_SEPARATOR } from './han.ts';

/** Index weights given to the headline and the kicker on the article page (Titles.astro). */
export const HEADLINE_WEIGHT = 10;
export const KICKER_WEIGHT = 9;

/** A matched index word in a page, as Pagefind reports it before the page's text is loaded. */
export interface Located {
  location: number;
  weight: number;
}

/** What search knows of one term before loading any page's text. */
export interface TermMatches {
  /** Index words in the term (one per Han character): a match is that many consecutive locations. */
  words: number;
  /** The pages that hold the term exactly (Pagefind's phrase search), newest first. */
  exact: string[];
  /** Each page's locations of the term's words, with their weights (Pagefind's word search). */
  located: ReadonlyMap<string, readonly Located[]>;
}

export interface Ranked {
  id: string;
  /** 0: every term in the headline; 1: every term in kicker and headline; 2: some term there; 3: only in the text. */
  tier: 0 | 1 | 2 | 3;
  occurrences: number;
  firstAt: number;
  /** Place in the newest-first order of the index. */
  recency: number;
}

/** A page's place among equal matches: newer editions first, then printed order. Stored on the page and used as index order. */
export function searchOrder(date: string | undefined, page: string | undefined, sequence: number, position: number): number {
  const day = date === undefined ? sequence : Number(date.replaceAll('-', ''));
  const pageNumber = Number(/\d+/u.exec(page ?? '')?.[0] ?? 999) % 1000;
  return -day * 1_000_000 + pageNumber * 1000 + position;
}

/** Removes the index separators Pagefind's copy of the text carries. */
export function readerText(indexed: string): string {
  return indexed.replaceAll(INDEX_SEPARATOR, '');
}

/**
 * Where a term of `words` index words starts in a page: at each location
 * followed by the next words-1 locations. Pagefind's word search reports the
 * locations of all the term's words, so a run is the term (the page is known
 * to hold it exactly from the phrase search).
 */
function runStarts(located: readonly Located[], words: number): Located[] {
  const at = new Set(located.map((l) => l.location));
  return located.filter((l) => {
    for (let k = 1; k < words; k++) if (!at.has(l.location + k)) return false;
    return true;
  });
}

/**
 * The pages holding every term, ordered from what the index reports of the
 * matches alone: a match in the headline first, then in the kicker, then in
 * the text; within each, more occurrences, then an earlier first occurrence,
 * then newest first. No page's text is loaded to rank it.
 */
export function rankMatches(terms: readonly TermMatches[]): Ranked[] {
  if (terms.length === 0) return [];
  const [first, ...others] = terms;
  const sets = others.map((term) => new Set(term.exact));
  const ranked: Ranked[] = [];
  first!.exact.forEach((id, recency) => {
    if (!sets.every((set) => set.has(id))) return;
    let inHeadline = 0;
    let inTitle = 0;
    let occurrences = 0;
    let firstAt = Number.POSITIVE_INFINITY;
    for (const term of terms) {
      const starts = runStarts(term.located.get(id) ?? [], term.words).sort((a, b) => a.location - b.location);
      if (starts.some((s) => s.weight >= HEADLINE_WEIGHT)) inHeadline++;
      if (starts.some((s) => s.weight >= KICKER_WEIGHT)) inTitle++;
      occurrences += Math.max(1, starts.length);
      firstAt = Math.min(firstAt, starts[0]?.location ?? Number.MAX_SAFE_INTEGER);
    }
    const tier = inHeadline === terms.length ? 0 : inTitle === terms.length ? 1 : inTitle > 0 ? 2 : 3;
    ranked.push({ id, tier, occurrences, firstAt, recency });
  });
  return ranked.sort((a, b) => a.tier - b.tier || b.occurrences - a.occurrences || a.firstAt - b.firstAt || a.recency - b.recency);
}

/** Whether a page's text holds every term exactly, as the reader sees it: checked before a result is shown. */
export function holdsEvery(content: string, terms: readonly Term[], t2s: CharMap = {}): boolean {
  const text = normalizeText(readerText(content), t2s);
  return terms.every((term) => text.includes(term.text));
}
