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
  /** The byline as printed, without its ■ mark. */
  byline: string;
  authors: string[];
  bylineLine: number;
  /** Paragraphs printed between the headline and the byline (导语). */
  standfirst: Paragraph[];
  body: BodyNode[];
}

/** A headline whose body is not on this page (e.g. it continues elsewhere). */
export type BodilessItem = Titles;

export type PageItem = { type: 'article'; article: ParsedArticle } | { type: 'headline-only'; item: BodilessItem };

export interface Join {
  /** Source lines of the pieces that were joined into one paragraph. */
  lines: number[];
  /** Lines of captions or credits that sat inside the split. */
  across: number[];
}

export interface ParsedPage {
  items: PageItem[];
  joins: Join[];
  warnings: string[];
  /** Blocks that belong to no item (e.g. a page header); kept so nothing is dropped. */
  unplaced: { line: number; text: string }[];
}
