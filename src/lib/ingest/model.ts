import type { PageHeader } from './header.ts';

/** What ingest finds on a printed page, before it becomes files. */

/** A body paragraph, whole again: page-break pieces joined back in reading order. */
export interface Paragraph {
  kind: 'paragraph';
  text: string;
  /** Source line of each piece; more than one when the page broke the paragraph. */
  lines: number[];
}

export interface Subhead {
  kind: 'subhead';
  text: string;
  line: number;
}

/** A photo's caption and/or credit, shown as a figure at its place in the text. */
export interface Figure {
  kind: 'figure';
  caption?: string;
  credit?: string;
  line: number;
}

/** A photo credit standing on its own (图片由…提供), e.g. at an article's end. */
export interface Credit {
  kind: 'credit';
  text: string;
  line: number;
}

export type BodyNode = Paragraph | Subhead | Figure | Credit;

export interface Titles {
  /** 引题: the line above the headline. */
  kicker?: string;
  headline: string;
  /** 副题: the line below the headline. */
  subtitle?: string;
  line: number;
}

export interface ParsedArticle extends Titles {
  /** The byline as printed on a line of its own, without its mark; absent when none was printed. */
  byline?: string;
  /** The people who wrote the text (from the byline, a dateline, or a photo story's credits); may be empty. */
  authors: string[];
  bylineLine?: number;
  /** Paragraphs printed between the headline and the byline (导语). */
  standfirst: Paragraph[];
  body: BodyNode[];
  /** The page label of a 上接第N版 jump: this is the rest of an article begun there. */
  continuedFrom?: string;
  /** The page label of a 下转第N版 jump: the article goes on there. */
  continuesOn?: string;
}

/** A headline whose body is not on this page (e.g. it continues elsewhere). */
export interface BodilessItem extends Titles {
  /** The page label of a jump printed under it (详见第5版, 下转第5版). */
  continuesOn?: string;
}

export type PageItem = { type: 'article'; article: ParsedArticle } | { type: 'headline-only'; item: BodilessItem };

export interface Join {
  /** Source lines of the pieces that were joined into one paragraph. */
  lines: number[];
  /** Lines of captions or credits that sat inside the split. */
  across: number[];
}

/** Something the desk should read; `weak` marks a decision resting on a weak signal (refused under --strict). */
export interface Warning {
  line?: number;
  text: string;
  weak: boolean;
}

export interface ParsedPage {
  /** What the page header states (paper, date, page, section). */
  header: PageHeader;
  /** The header's lines as printed, kept so no word is lost. */
  headerLines: { line: number; text: string }[];
  /** Page furniture found anywhere (责任编辑…), kept likewise. */
  furniture: { line: number; text: string }[];
  items: PageItem[];
  joins: Join[];
  warnings: Warning[];
  /** Blocks that belong to no item; kept so nothing is dropped. */
  unplaced: { line: number; text: string }[];
}
