/**
 * Queries typed with the words run together (春耕贷款, 拱墅人工智能): when no
 * page holds the whole run, it is split into the words the index holds.
 *
 * The browser's word segmenter (Intl.Segmenter, ICU's dictionary) proposes
 * the boundaries, but it knows common words, not the paper's names: 拱墅 comes
 * out as 拱|墅, 俞建忠 as 俞|建|忠, 王江泾支行 as 王|江|泾|支|行. So its segments
 * are only the building blocks: the split is the fewest runs of consecutive
 * segments that the index actually holds (拱墅 + 人工智能), never a word cut
 * inside a segment, and a segment no held run covers is a missing word.
 */

import { HAN } from './han.ts';

/** Longest run, in characters, that is tried as one word: longer ones are names of things, rarely run into a query. */
export const MAX_WORD = 8;
/** Longest run-together term split at all: the runs to try grow with the square of its length. */
export const MAX_SPLIT = 24;

/**
 * One-character words that carry no subject (的, 和, 在…). Standing alone
 * between two words (嘉兴的生姜) they are dropped rather than required: every
 * page holds them, and requiring one would only cost a search.
 */
const FUNCTION_WORDS = new Set([...'的了和与及或在是把被对向从也都而之其']);

/** Splits `text` into the browser's word segments (letters and digits only; punctuation and spaces dropped). */
export function wordSegments(text: string, locale = 'zh'): string[] {
  const segmenter = new Intl.Segmenter(locale, { granularity: 'word' });
  return [...segmenter.segment(text)].map((s) => s.segment).filter((s) => /[\p{L}\p{N}]/u.test(s));
}

/** Whether a term is worth splitting: unquoted, with Chinese in it, more than two characters, not too long. */
export function splittable(text: string): boolean {
  const length = [...text].length;
  return length > 2 && length <= MAX_SPLIT && HAN.test(text);
}

/** The runs of consecutive segments to ask the index about (each at most {@link MAX_WORD} characters; single segments too). */
export function candidateRuns(segments: readonly string[]): string[] {
  const runs = new Set<string>();
  for (let start = 0; start < segments.length; start++) {
    let run = '';
    for (let end = start; end < segments.length; end++) {
      run += segments[end];
      if ([...run].length > MAX_WORD) break;
      if (!edgeFunctionWord(segments, start, end + 1)) runs.add(run);
    }
  }
  return [...runs];
}

export interface Split {
  /** The words every result must hold, in query order. */
  words: string[];
  /** Parts of the query no page holds (joined where they stood together): if any, nothing is found. */
  missing: string[];
}

/** Whether a run of several segments begins or ends with a function word (嘉兴的): dropped instead, so 嘉兴 alone is required. */
function edgeFunctionWord(segments: readonly string[], start: number, end: number): boolean {
  return end - start > 1 && (FUNCTION_WORDS.has(segments[start]!) || FUNCTION_WORDS.has(segments[end - 1]!));
}

const isSingleHan = (text: string) => [...text].length === 1 && HAN.test(text);

/**
 * The fewest runs of consecutive segments that the index holds (`held`),
 * covering the query. A single-character segment no longer run takes in is
 * a weak word (nearly every character is in some page): a function word is
 * dropped, one standing between real words is kept, and two or more in a
 * row (王|小|明, a name the index lacks) are reported missing together, as
 * are segments the index does not hold at all (足球 in 足球联赛).
 */
export function splitRun(segments: readonly string[], held: (run: string) => boolean): Split {
  type Piece = { text: string; kind: 'word' | 'single' | 'drop' | 'missing' };
  // best[i]: the cheapest split of segments[0..i): words count 1, a dropped function word 0.5, a missing segment 100.
  const best: { cost: number; pieces: Piece[] }[] = [{ cost: 0, pieces: [] }];
  for (let end = 1; end <= segments.length; end++) {
    let choice: { cost: number; pieces: Piece[] } | undefined;
    const offer = (start: number, piece: Piece, cost: number) => {
      const from = best[start]!;
      if (!choice || from.cost + cost < choice.cost) choice = { cost: from.cost + cost, pieces: [...from.pieces, piece] };
    };
    let run = '';
    for (let start = end - 1; start >= 0; start--) {
      run = segments[start] + run;
      if ([...run].length > MAX_WORD && start < end - 1) break;
      if (start === end - 1 && isSingleHan(run)) {
        if (FUNCTION_WORDS.has(run)) offer(start, { text: run, kind: 'drop' }, 0.5);
        else offer(start, { text: run, kind: 'single' }, 1.5);
      } else if (!edgeFunctionWord(segments, start, end) && held(run)) offer(start, { text: run, kind: 'word' }, 1);
      else if (start === end - 1) offer(start, { text: run, kind: 'missing' }, 100);
    }
    best.push(choice!);
  }
  const pieces = best.at(-1)!.pieces;
  // Two or more weak single characters in a row are one missing word, as is a lone one with no real word beside it.
  const words: string[] = [];
  const missing: string[] = [];
  const hasWord = pieces.some((p) => p.kind === 'word');
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i]!;
    if (piece.kind === 'word') words.push(piece.text);
    else if (piece.kind === 'missing') appendMissing(missing, piece.text, pieces[i - 1]?.kind === 'missing' || pieces[i - 1]?.kind === 'single');
    else if (piece.kind === 'single') {
      const weak = (other: Piece | undefined) => other?.kind === 'single' || other?.kind === 'missing';
      const lonely = !weak(pieces[i - 1]) && !weak(pieces[i + 1]);
      if (lonely && hasWord && held(piece.text)) words.push(piece.text);
      else appendMissing(missing, piece.text, pieces[i - 1]?.kind === 'single' || pieces[i - 1]?.kind === 'missing');
    }
  }
  return { words: [...new Set(words)], missing };
}

function appendMissing(missing: string[], text: string, joinPrevious: boolean): void {
  if (joinPrevious && missing.length > 0) missing[missing.length - 1] += text;
  else missing.push(text);
}
