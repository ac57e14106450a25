/**
 * The page's own typographic signals, as text predicates. Nothing here knows
 * any particular paper or article: only how a Chinese newspaper page is set.
 */

/** Sentence-final punctuation, optionally followed by closing quotes or brackets. */
const SENTENCE_END = /[。！？!?…][”’」』）)》〉】"']*$/u;
/** A paragraph may also end on an attribution in brackets: …全文完。（记者 张三）, （完）, （新华社）. */
const CLOSING_NOTE = /[（(][^（()）]{1,30}[）)]\??$/u;
/** Clause punctuation: a block ending in one of these is mid-sentence. */
const CLAUSE_END = /[，、；：,;:—－-]$/u;

/** Longest block read as a headline, kicker or subtitle. */
export const MAX_TITLE_LENGTH = 50;
/** Longest block read as a subhead inside an article. */
export const MAX_SUBHEAD_LENGTH = 30;

/** True when the block ends a sentence, so the paragraph is complete. */
export function endsSentence(text: string): boolean {
  return SENTENCE_END.test(text) || CLOSING_NOTE.test(text);
}

/**
 * A line that can be a headline, kicker, subtitle or subhead: short, no full
 * stop inside, not cut mid-clause. A headline may end with ？ ！ or …… (谁来
 * 当新村官？), so those endings alone do not make a line prose.
 */
export function isTitleLike(text: string): boolean {
  if (text.length > MAX_TITLE_LENGTH) return false;
  // A line opening with clause punctuation (，并要求…) continues a sentence.
  if (/^[，、；：,;:。）)”]/u.test(text)) return false;
  if (CLAUSE_END.test(text) || /[。]/u.test(text)) return false;
  // A headline has a pause or two (拱墅开局：以实干争先，以创新致远); a run of clauses is prose.
  if ((text.match(/[，、；：,;:]/gu)?.length ?? 0) > 2) return false;
  // Labelled lines (时间：3月6日上午, 地点：…) are text, not titles.
  if (isLabelLine(text)) return false;
  // A question or exclamation inside, then more text, is prose (他问：行吗？我说：行。).
  if (/[？！?!][^？！?!…”」』）)]/u.test(text)) return false;
  // A title's brackets and quotes are closed; a line cut inside one is a piece of a paragraph.
  return balanced(text);
}

const PAIRS: [string, string][] = [['（', '）'], ['(', ')'], ['“', '”'], ['《', '》'], ['「', '」'], ['『', '』'], ['【', '】']];

function balanced(text: string): boolean {
  return PAIRS.every(([open, close]) => text.split(open).length === text.split(close).length);
}

/** Labels that open a line of facts in a news item. */
const LABEL = /^(?:时间|地点|人物|地址|日期|主办|承办|协办|电话|热线|网址)[:：]/u;

/** A labelled line of facts (时间：…, 地点：…): a paragraph of its own, never a title, never continued. */
export function isLabelLine(text: string): boolean {
  return text.length <= MAX_TITLE_LENGTH && LABEL.test(text);
}

/** Numbered subheads: 一、…, （一）…, 1.…, ①…, 第一部分. */
const NUMBERED = /^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.．、](?!\d)|[①-⑳]|第[一二三四五六七八九十]{1,3}(?:部分|章|篇|节))/u;

/** A subhead: a title-like line short enough to head a section. */
export function isSubheadLike(text: string): boolean {
  // A comma inside makes a clause, not a section head: 这是被分开的一段话，破解发 is a paragraph's piece.
  return isTitleLike(text) && text.length <= MAX_SUBHEAD_LENGTH && !/[，,；;]/u.test(text);
}

/** True for a numbered subhead (一、…, （二）…), a strong sign of a section inside an article. */
export function isNumberedSubhead(text: string): boolean {
  return isSubheadLike(text) && NUMBERED.test(text);
}

/** A dash-led line below a headline is its subtitle (——记南湖畔的一天). */
export function opensWithDash(text: string): boolean {
  return /^(?:——|－－|--|—)/u.test(text);
}

/**
 * Jump lines: 下转第5版, （上接第1版）, 转A3版, 紧接第一版. The page label is
 * returned as printed (5, A3, 一).
 */
const JUMP = /[（(]?\s*(下转|转|接上|上接|紧接|接)\s*(?:第\s*)?([A-Za-zＡ-Ｚ]?[0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})\s*版\s*(?:[^（()）]{0,10})?[）)]?$/u;

export interface Jump {
  direction: 'continues' | 'continued';
  page: string;
  /** The jump text as printed. */
  text: string;
}

/** Reads a jump line, whole or at the end of a paragraph; undefined when there is none. */
export function findJump(text: string): (Jump & { before: string }) | undefined {
  const tail = text.slice(-24);
  const match = JUMP.exec(tail);
  if (!match) return undefined;
  const jumpText = match[0];
  const before = text.slice(0, text.length - jumpText.length).replace(/\s+$/u, '');
  // A jump inside running text must be bracketed (…发展。（下转第5版）); a bare one stands alone.
  if (before !== '' && !/^[（(]/u.test(jumpText)) return undefined;
  const page = match[2]!.replace(/[Ａ-Ｚ０-９]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).toUpperCase();
  return { direction: match[1] === '下转' || match[1] === '转' ? 'continues' : 'continued', page, text: jumpText, before };
}
