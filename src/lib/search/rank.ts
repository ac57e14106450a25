import { joinHanSpaces, normalizeText, type CharMap, type Term } from './normalize.ts';
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
  /**
   * Set on the words a run-together term was split into (春耕贷款 → 春耕, 贷款;
   * src/lib/search/segment.ts): the same number on each, so pages where they
   * stand close together rank first.
   */
  group?: number;
}

export interface RankOptions {
  /** Newest first, whatever the matches (the reader's 按日期 sort). */
  byDate?: boolean;
}

export interface Ranked {
  id: string;
  /** 0: every term in the headline; 1: every term in kicker and headline; 2: some term there; 3: only in the text. */
  tier: 0 | 1 | 2 | 3;
  occurrences: number;
  firstAt: number;
  /** Place in the newest-first order of the index. */
  recency: number;
  /** How far apart the words of a split term stand, as a step: 0 within about a clause, up to 3 far apart; 0 for whole terms. */
  distance: number;
}

/** A page's place among equal matches: newer editions first, then printed order. Stored on the page and used as index order. */
export function searchOrder(date: string | undefined, page: string | undefined, sequence: number, position: number): number {
  const day = date === undefined ? sequence : Number(date.replaceAll('-', ''));
  const pageNumber = Number(/\d+/u.exec(page ?? '')?.[0] ?? 999) % 1000;
  return -day * 1_000_000 + pageNumber * 1000 + position;
}

/**
 * The text as the reader sees it, from Pagefind's copy: index separators
 * removed, and each block's end (with the space and the full stop Pagefind
 * adds after a heading) made a line break, so paragraphs stay apart.
 */
export function readerText(indexed: string): string {
  return indexed
    .replaceAll(INDEX_SEPARATOR, '')
    .replace(/\u2063[.\s]*/gu, '\n')
    .trimEnd();
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
export function rankMatches(terms: readonly TermMatches[], options: RankOptions = {}): Ranked[] {
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
    const groups = new Map<number, { start: number; end: number; word: number }[]>();
    terms.forEach((term, index) => {
      const starts = runStarts(term.located.get(id) ?? [], term.words).sort((a, b) => a.location - b.location);
      if (term.group !== undefined) {
        const runs = groups.get(term.group) ?? [];
        for (const s of starts) runs.push({ start: s.location, end: s.location + term.words - 1, word: index });
        groups.set(term.group, runs);
      }
      if (starts.some((s) => s.weight >= HEADLINE_WEIGHT)) inHeadline++;
      if (starts.some((s) => s.weight >= KICKER_WEIGHT)) inTitle++;
      occurrences += Math.max(1, starts.length);
      firstAt = Math.min(firstAt, starts[0]?.location ?? Number.MAX_SAFE_INTEGER);
    });
    const tier = inHeadline === terms.length ? 0 : inTitle === terms.length ? 1 : inTitle > 0 ? 2 : 3;
    const distance = Math.max(0, ...[...groups].map(([group, runs]) => distanceStep(closestWindow(runs, terms.filter((t) => t.group === group).length))));
    ranked.push({ id, tier, occurrences, firstAt, recency, distance });
  });
  if (options.byDate) return ranked.sort((a, b) => a.recency - b.recency);
  return ranked.sort((a, b) => a.distance - b.distance || a.tier - b.tier || b.occurrences - a.occurrences || a.firstAt - b.firstAt || a.recency - b.recency);
}

/** Index words between the split words, as steps: a clause, a sentence or two, a paragraph, further. Finer differences say little. */
function distanceStep(window: number): number {
  return window <= 12 ? 0 : window <= 40 ? 1 : window <= 160 ? 2 : 3;
}

/**
 * The fewest index words a stretch of the page needs to hold one occurrence
 * of every word of a split term (the classic smallest window over sorted
 * lists); infinite when a word's place is unknown.
 */
function closestWindow(runs: { start: number; end: number; word: number }[], kinds: number): number {
  const sorted = [...runs].sort((a, b) => a.start - b.start);
  const count = new Map<number, number>();
  let best = Number.POSITIVE_INFINITY;
  let left = 0;
  let maxEnd: number[] = [];
  for (let right = 0; right < sorted.length; right++) {
    count.set(sorted[right]!.word, (count.get(sorted[right]!.word) ?? 0) + 1);
    maxEnd.push(sorted[right]!.end);
    while (count.size === kinds) {
      best = Math.min(best, Math.max(...maxEnd) - sorted[left]!.start + 1);
      const w = sorted[left]!.word;
      const left1 = (count.get(w) ?? 1) - 1;
      if (left1 === 0) count.delete(w);
      else count.set(w, left1);
      left++;
      maxEnd = maxEnd.slice(1);
    }
  }
  return best;
}

/**
 * Whether a page's text holds every term exactly, as the reader sees it:
 * checked before a result is shown. Each term within one block, read as a
 * query is read: a space between two Chinese characters (a byline's 詹丽华
 * 柳景春, a headline's 润田畴 护航春耕) is no break, as the query drops it too.
 */
export function holdsEvery(content: string, terms: readonly Term[], t2s: CharMap = {}): boolean {
  const blocks = readerText(content)
    .split('\n')
    .map((block) => joinHanSpaces(normalizeText(block, t2s)));
  return terms.every((term) => blocks.some((block) => block.includes(term.text)));
}
