import type { Block, BlockedPage } from './blocks.ts';
import { IngestError } from './errors.ts';
import type { BodilessItem, BodyNode, Figure, Join, Paragraph, ParsedArticle, ParsedPage, Titles } from './model.ts';
import { MAX_CAPTION_LENGTH, endsSentence, isByline, isSubhead, isTitleLike, parseByline, splitCredit } from './signals.ts';

/** A headline group has at most a kicker, a headline and a subtitle. */
const MAX_TITLE_LINES = 3;

interface Header {
  titleStart: number;
  /** First block after the headline group: the standfirst, or the byline itself. */
  titleEnd: number;
  bylineIndex: number;
}

/**
 * Reads the page's structure from its blocks: articles anchored on their
 * bylines, their headline groups, bodies with page-break splits joined and
 * captions set aside, and a trailing headline whose body is not on the page.
 */
export function parsePage(page: BlockedPage, file: string): ParsedPage {
  const { blocks } = page;
  const bylines = blocks.flatMap((block, index) => (isByline(block.text) ? [index] : []));
  if (bylines.length === 0) {
    throw new IngestError(file, 'no article found: no byline (a line starting with ■) on the page');
  }

  const warnings: string[] = [];
  const headers = bylines.map((bylineIndex, k) => findHeader(blocks, bylineIndex, k === 0 ? 0 : bylines[k - 1]! + 1, file));
  const trailing = findTrailingHeadline(blocks, bylines.at(-1)!);

  const unplaced = blocks.slice(0, headers[0]!.titleStart).map(({ line, text }) => ({ line, text }));
  for (const block of unplaced) warnings.push(`line ${block.line}: text before the first headline belongs to no article, kept as unplaced: “${block.text}”`);

  const joins: Join[] = [];
  const items: ParsedPage['items'] = headers.map((header, k) => {
    const bodyEnd = k + 1 < headers.length ? headers[k + 1]!.titleStart : (trailing?.start ?? blocks.length);
    const article = readArticle(page, header, bodyEnd, joins, warnings);
    return { type: 'article' as const, article };
  });
  if (trailing) {
    items.push({ type: 'headline-only', item: trailing.item });
    warnings.push(`line ${trailing.item.line}: headline “${trailing.item.headline}” has no body on this page; kept in the edition as a headline only`);
  }
  return { items, joins, warnings, unplaced };
}

/** Walks up from a byline over the standfirst paragraphs to the headline group above them. */
function findHeader(blocks: Block[], bylineIndex: number, floor: number, file: string): Header {
  let i = bylineIndex - 1;
  while (i >= floor && !isTitleLike(blocks[i]!.text) && splitCredit(blocks[i]!.text) === undefined) i--;
  let titleStart = i + 1;
  while (titleStart - 1 >= floor && isTitleLike(blocks[titleStart - 1]!.text) && i - titleStart + 2 <= MAX_TITLE_LINES) titleStart--;
  if (titleStart > i) {
    throw new IngestError(file, 'byline with no headline above it (a headline is a short line without closing punctuation)', blocks[bylineIndex]!.line);
  }
  return { titleStart, titleEnd: i + 1, bylineIndex };
}

/** A run of title-like lines closing the page after a finished text: a headline whose body is elsewhere. */
function findTrailingHeadline(blocks: Block[], lastByline: number): { start: number; item: BodilessItem } | undefined {
  let start = blocks.length;
  while (start - 1 > lastByline && blocks.length - start < MAX_TITLE_LINES && isTitleLike(blocks[start - 1]!.text)) start--;
  if (start === blocks.length || start - 1 <= lastByline) return undefined;
  const before = blocks[start - 1]!.text;
  if (!endsSentence(before) && splitCredit(before) === undefined) return undefined;
  return { start, item: toTitles(blocks.slice(start)) };
}

/** One to three title lines: kicker + headline + subtitle, told apart by order and length. */
function toTitles(lines: Block[]): Titles {
  const [first, second, third] = lines as [Block, Block?, Block?];
  if (third) return { kicker: first.text, headline: second!.text, subtitle: third.text, line: first.line };
  if (!second) return { headline: first.text, line: first.line };
  // A subtitle opens with a dash; otherwise the shorter line above the headline is its kicker.
  if (/^[—－-]/u.test(second.text) || first.text.length >= second.text.length) {
    return { headline: first.text, subtitle: second.text, line: first.line };
  }
  return { kicker: first.text, headline: second.text, line: first.line };
}

function readArticle(page: BlockedPage, header: Header, bodyEnd: number, joins: Join[], warnings: string[]): ParsedArticle {
  const { blocks } = page;
  const { titleStart, titleEnd } = header;
  const titles = toTitles(blocks.slice(titleStart, titleEnd));
  const bylineBlock = blocks[header.bylineIndex]!;
  const { byline, authors } = parseByline(bylineBlock.text);
  if (authors.length === 0) warnings.push(`line ${bylineBlock.line}: byline has no names`);

  const standfirst = readBody(blocks.slice(titleEnd, header.bylineIndex), page.usualGap, joins, warnings);
  const body = readBody(blocks.slice(header.bylineIndex + 1, bodyEnd), page.usualGap, joins, warnings);
  const strayStandfirst = standfirst.find((node) => node.kind !== 'paragraph');
  if (strayStandfirst) warnings.push(`line ${lineOf(strayStandfirst)}: a ${strayStandfirst.kind} between headline and byline is kept in the body`);

  return {
    ...titles,
    byline,
    authors,
    bylineLine: bylineBlock.line,
    standfirst: standfirst.filter((node): node is Paragraph => node.kind === 'paragraph'),
    body: [...standfirst.filter((node) => node.kind !== 'paragraph'), ...body],
  };
}

/**
 * Reads body blocks in order. A paragraph that ends without closing
 * punctuation continues in the next body block; captions and credits met
 * while it is open are held and placed right after it, where they interrupted it.
 */
function readBody(blocks: Block[], usualGap: number, joins: Join[], warnings: string[]): BodyNode[] {
  const nodes: BodyNode[] = [];
  let open: { paragraph: Paragraph; held: BodyNode[] } | undefined;

  const close = () => {
    if (!open) return;
    nodes.push(open.paragraph, ...open.held);
    if (open.paragraph.lines.length > 1) {
      joins.push({ lines: open.paragraph.lines, across: open.held.map((node) => lineOf(node)) });
    }
    open = undefined;
  };
  const place = (node: BodyNode) => (open ? open.held : nodes).push(node);

  blocks.forEach((block, index) => {
    const credited = splitCredit(block.text);
    const setOff = isSetOff(block, usualGap);
    if (credited && !credited.caption) {
      const target = open ? open.held : nodes;
      const previous = target.at(-1);
      if (previous?.kind === 'figure' && !previous.credit) previous.credit = credited.credit;
      else place({ kind: 'credit', text: credited.credit, line: block.line });
    } else if (credited || (setOff && (endsSentence(block.text) || open))) {
      const figure: Figure = { kind: 'figure', line: block.line, caption: credited?.caption ?? block.text };
      if (credited) figure.credit = credited.credit;
      place(figure);
    } else if (open) {
      const previous = open.paragraph.text;
      if (/[A-Za-z0-9]$/u.test(previous) && /^[A-Za-z0-9]/u.test(block.text)) {
        warnings.push(`line ${block.line}: joined to line ${open.paragraph.lines.at(-1)} without a space between Latin letters; check the join`);
      }
      open.paragraph.text += block.text;
      open.paragraph.lines.push(block.line);
      if (endsSentence(block.text)) close();
    } else if (isSubhead(block.text) && !isSetOff(blocks[index + 1], usualGap)) {
      // A short line followed by a caption is more likely the first piece of a split paragraph.
      nodes.push({ kind: 'subhead', text: block.text, line: block.line });
    } else {
      const paragraph: Paragraph = { kind: 'paragraph', text: block.text, lines: [block.line] };
      if (endsSentence(block.text)) nodes.push(paragraph);
      else open = { paragraph, held: [] };
    }
  });
  if (open) {
    warnings.push(`line ${open.paragraph.lines.at(-1)}: paragraph ends without closing punctuation and nothing continues it; kept as printed`);
    close();
  }
  return nodes;
}

/** A block set off by a wider gap than the page's usual one, and short enough to be a caption. */
function isSetOff(block: Block | undefined, usualGap: number): boolean {
  return block !== undefined && block.gapBefore > usualGap && block.text.length <= MAX_CAPTION_LENGTH;
}

function lineOf(node: BodyNode): number {
  return node.kind === 'paragraph' ? node.lines[0]! : node.line;
}
