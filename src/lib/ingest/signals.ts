/**
 * The page's own typographic signals, as text predicates. Nothing here knows
 * any particular article: only how a Chinese newspaper page is set.
 */

const BYLINE_MARK = /^■\s*/u;
/** Sentence-final punctuation, optionally followed by closing quotes or brackets. */
const SENTENCE_END = /[。！？!?…]["'”’」』）)》〉】]*$/u;
/** Clause punctuation: a block ending in one of these is mid-sentence. */
const CLAUSE_END = /[，、；：,;:—－-]$/u;
/** A photo credit, alone or at the end of a caption line. */
const CREDIT = /(图片由\S.*?提供)$/u;
/** Role words that can stand before names in a byline (本报记者 张三). */
const BYLINE_ROLES = /^(?:本报记者|本报通讯员|特约记者|见习记者|记者|通讯员|实习生|摄影|文|图)[:：/／]?/u;

/** Longest block still read as a caption when set off by a wider gap. */
export const MAX_CAPTION_LENGTH = 120;
/** Longest block read as a headline, kicker or subtitle. */
export const MAX_TITLE_LENGTH = 50;
/** Longest block read as a subhead inside an article. */
export const MAX_SUBHEAD_LENGTH = 24;

export function isByline(text: string): boolean {
  return BYLINE_MARK.test(text);
}

export function parseByline(text: string): { byline: string; authors: string[] } {
  const byline = text.replace(BYLINE_MARK, '');
  const authors = byline
    .split(/[\s、，,;；]+/u)
    .map((token) => token.replace(BYLINE_ROLES, ''))
    .filter((name) => name !== '');
  return { byline, authors };
}

/** True when the block ends a sentence, so the paragraph is complete. */
export function endsSentence(text: string): boolean {
  return SENTENCE_END.test(text);
}

/** A line that can be a headline, kicker, subtitle or subhead: short, not a sentence, not cut mid-clause. */
export function isTitleLike(text: string): boolean {
  return (
    text.length <= MAX_TITLE_LENGTH &&
    !isByline(text) &&
    !endsSentence(text) &&
    !CLAUSE_END.test(text) &&
    !text.includes('。') &&
    // A headline has a pause or two (拱墅开局：以实干争先，以创新致远); a run of clauses is prose.
    (text.match(/[，、；：,;:]/gu)?.length ?? 0) <= 2 &&
    splitCredit(text) === undefined
  );
}

/** A subhead: a title-like line short enough to head a section and without a comma inside. */
export function isSubhead(text: string): boolean {
  return isTitleLike(text) && text.length <= MAX_SUBHEAD_LENGTH && !/[，,；;]/u.test(text);
}

/**
 * Splits a line ending with a credit (图片由…提供) into the caption before it,
 * if any, and the credit. Returns undefined when the line has no credit.
 */
export function splitCredit(text: string): { caption?: string; credit: string } | undefined {
  const match = CREDIT.exec(text);
  if (!match) return undefined;
  const credit = match[1]!;
  const caption = text.slice(0, match.index).replace(/\s+$/u, '');
  return caption === '' ? { credit } : { caption, credit };
}
