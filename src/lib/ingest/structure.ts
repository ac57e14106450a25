import type { Block, BlockedPage } from './blocks.ts';
import { inlineByline, namesIn, parseBylineLine, startsWithDateline, type Byline } from './byline.ts';
import { MAX_CAPTION_LENGTH, photographersIn, splitCredit, startsCaption } from './credit.ts';
import { IngestError } from './errors.ts';
import { headerFields, isFurniture, type PageHeader } from './header.ts';
import { readMarkup, type Forced } from './markup.ts';
import type { BodyNode, Figure, Join, Paragraph, ParsedArticle, ParsedPage, Titles, Warning } from './model.ts';
import { endsSentence, findJump, isLabelLine, isNumberedSubhead, isSubheadLike, isTitleLike, opensWithDash } from './signals.ts';

/** A headline group has at most a kicker, a headline and a subtitle. */
const MAX_TITLE_LINES = 3;
/** Most title lines looked at as one run. */
const MAX_RUN = 8;
/** Longest uncredited block read as a caption dropped inside a split paragraph. */
const MAX_SPLIT_CAPTION = 60;
/** Paragraphs a byline may stand below and still make them the standfirst (导语). */
const MAX_STANDFIRST = 4;

/** A block with what the page's signals say it is. */
interface Token extends Block {
  kind: 'title' | 'byline' | 'caption' | 'credit' | 'jump' | 'text';
  forced?: Forced;
  byline?: Byline;
}

interface OpenItem {
  titles: Titles;
  byline?: Byline & { line: number };
  inlineAuthors?: string[];
  /** How many body nodes stood above the byline line. */
  bylineAt?: number;
  nodes: BodyNode[];
  continuedFrom?: string;
  continuesOn?: string;
  /** The first line of the item, for messages. */
  line: number;
}

/**
 * Reads the page's structure from its blocks. Items start at headline
 * groups, found from the page's signals (a byline or dateline below, a
 * kicker or subtitle beside, the page's start), never from bylines alone:
 * short news and photo news have none. Decisions resting on a weak signal
 * are reported as such, with their line, so `--strict` can refuse them.
 */
export function parsePage(page: BlockedPage, file: string): ParsedPage {
  const warnings: Warning[] = [];
  const joins: Join[] = [];
  const tokens = mergeTokens(page.blocks.map(tokenize), page.usualGap);

  // Header lines (paper, date, 第N版) may stand anywhere a web copy put them; furniture too.
  const header: PageHeader = {};
  const headerLines: { line: number; text: string }[] = [];
  const furniture: { line: number; text: string }[] = [];
  const body = tokens.filter((t) => {
    if (t.forced) return true;
    if (isFurniture(t.text)) {
      furniture.push({ line: t.line, text: t.text });
      return false;
    }
    const fields = t.kind === 'byline' ? undefined : headerFields(t.text);
    if (!fields) return true;
    for (const key of ['paper', 'date', 'page', 'section'] as const) if (fields[key] !== undefined && header[key] === undefined) header[key] = fields[key];
    headerLines.push({ line: t.line, text: t.text });
    return false;
  });

  const loneAhead = lonelyTitlesAhead(body, page.usualGap);
  const items: ParsedPage['items'] = [];
  const unplaced: { line: number; text: string }[] = [];
  let item: OpenItem | undefined;
  let open: { paragraph: Paragraph; held: BodyNode[] } | undefined;

  const closeParagraph = (unfinished: boolean) => {
    if (!open || !item) return;
    if (unfinished) warnings.push({ line: open.paragraph.lines.at(-1)!, text: 'paragraph ends without closing punctuation and nothing continues it; kept as printed', weak: false });
    item.nodes.push(open.paragraph, ...open.held);
    if (open.paragraph.lines.length > 1) joins.push({ lines: open.paragraph.lines, across: open.held.map(lineOf) });
    open = undefined;
  };
  const place = (node: BodyNode) => (open ? open.held : item!.nodes).push(node);
  const finishItem = () => {
    closeParagraph(true);
    if (!item) return;
    const previous = items.at(-1);
    if (item.byline && item.nodes.length === 0 && previous?.type === 'article') {
      // A short line and a byline after an article's text, with nothing below: a caption and the article's (second) byline.
      const { article } = previous;
      for (const caption of [item.titles.kicker, item.titles.headline, item.titles.subtitle]) if (caption !== undefined) article.body.push({ kind: 'figure', caption, line: item.titles.line });
      article.byline = article.byline === undefined ? item.byline.byline : `${article.byline} ${item.byline.byline}`;
      article.bylineLine ??= item.byline.line;
      article.authors = [...new Set([...article.authors, ...item.byline.authors])];
      warnings.push({ line: item.titles.line, text: `“${item.titles.headline}” and the byline below it have no text of their own: read as a caption and the byline of “${article.headline}”`, weak: true });
    } else items.push(finish(item, warnings));
    item = undefined;
  };

  let i = 0;
  while (i < body.length) {
    const token = body[i]!;

    if (token.kind === 'title' && token.forced !== 'subhead') {
      const whole = titleRun(body, i, page.usualGap);
      // The last line of a run cut off from the text below by a page break is the first piece of a paragraph.
      const run = whole.length > 1 && isPiece(whole.at(-1)!, body[i + whole.length], page.usualGap) ? whole.slice(0, -1) : whole;
      const decision = item ? decideRun(body, i, run, item, page.usualGap, open !== undefined, loneAhead) : { role: 'group' as const, weak: undefined };
      if (decision.weak) warnings.push({ line: token.line, text: decision.weak, weak: true });
      if (decision.role === 'group') {
        finishItem();
        const group = run.slice(-MAX_TITLE_LINES);
        for (const extra of run.slice(0, run.length - group.length)) {
          unplaced.push({ line: extra.line, text: extra.text });
          warnings.push({ line: extra.line, text: `more title lines than a headline group holds; “${extra.text}” kept as unplaced`, weak: true });
        }
        item = { titles: toTitles(group), nodes: [], line: group[0]!.line };
        if (group.length === 3 && !group.some((t) => t.forced) && !opensWithDash(group[2]!.text)) {
          // Which of three lines is the main headline is set by type size, which plain text does not keep.
          warnings.push({ line: group[0]!.line, text: `three title lines read by order as 引题 “${group[0]!.text}”, 主题 “${group[1]!.text}”, 副题 “${group[2]!.text}”; mark them “#引 ”, “# ”, “#副 ” if the paper set them otherwise`, weak: true });
        }
        i += run.length;
        continue;
      }
      if (decision.role === 'subhead') {
        closeParagraph(true);
        item!.nodes.push({ kind: 'subhead', text: token.text, line: token.line });
        i++;
        continue;
      }
      // A piece of a paragraph: handled as text below.
    }

    if (!item) {
      unplaced.push({ line: token.line, text: token.text });
      warnings.push({ line: token.line, text: `text before the first headline belongs to no article, kept as unplaced: “${token.text}”`, weak: false });
      i++;
      continue;
    }

    if (token.kind === 'title' && token.forced === 'subhead') {
      closeParagraph(true);
      item.nodes.push({ kind: 'subhead', text: token.text, line: token.line });
    } else if (token.kind === 'jump') {
      const jump = findJump(token.text)!;
      if (jump.direction === 'continues') {
        item.continuesOn = jump.page;
        closeParagraph(false);
      } else item.continuedFrom = jump.page;
    } else if (token.kind === 'byline') {
      readBylineLine(item, token, open !== undefined, warnings, closeParagraph);
    } else if (token.kind === 'credit') {
      const credit = token.text;
      // A photographer's credit right under an unfinished block: that block was a caption (captions may end without a stop).
      if (open && open.held.length === 0 && open.paragraph.lines.length === 1 && photographersIn(credit).length > 0) closeParagraph(false);
      const target = open ? open.held : item.nodes;
      const previous = target.at(-1);
      if (previous?.kind === 'figure' && !previous.credit) previous.credit = credit;
      else if (previous?.kind === 'paragraph' && photographersIn(credit).length > 0 && body[i - 1]?.kind === 'text') {
        // A photographer's credit right under a paragraph makes that paragraph its caption.
        target.splice(-1, 1, { kind: 'figure', caption: previous.text, credit, line: previous.lines[0]! });
      } else place({ kind: 'credit', text: credit, line: token.line });
    } else if (token.kind === 'caption' || isSetOffCaption(body, i, page.usualGap, open !== undefined)) {
      if (token.kind !== 'caption' && open) {
        warnings.push({ line: token.line, text: `read as a photo caption standing inside the paragraph split at line ${open.paragraph.lines.at(-1)}; if it is the paragraph's continuation, mark it “#续 ”`, weak: true });
      }
      const credited = token.kind === 'caption' ? splitCredit(token.text) : undefined;
      const figure: Figure = { kind: 'figure', line: token.line, caption: credited?.caption ?? token.text };
      if (credited) figure.credit = credited.credit;
      place(figure);
    } else if (token.forced === 'continuation' && !open && item.nodes.some((node) => node.kind === 'paragraph')) {
      // #续: the desk says this continues the last paragraph, across whatever stands between.
      const at = item.nodes.findLastIndex((node) => node.kind === 'paragraph');
      const [paragraph, ...held] = item.nodes.splice(at);
      open = { paragraph: paragraph as Paragraph, held };
      // Its join, if it had one, is reported again, whole, when it closes.
      const reported = joins.findIndex((join) => join.lines[0] === open!.paragraph.lines[0]);
      if (reported !== -1) joins.splice(reported, 1);
      appendText(open.paragraph, token, item);
      if (endsSentence(open.paragraph.text)) closeParagraph(false);
    } else if (open && token.forced !== 'paragraph') {
      const previous = open.paragraph.text;
      if (/[A-Za-z0-9]$/u.test(previous) && /^[A-Za-z0-9]/u.test(token.text)) {
        warnings.push({ line: token.line, text: `joined to line ${open.paragraph.lines.at(-1)} without a space between Latin letters; check the join`, weak: true });
      }
      appendText(open.paragraph, token, item);
      if (endsSentence(open.paragraph.text) || item.continuesOn) closeParagraph(false);
    } else {
      closeParagraph(true);
      const paragraph: Paragraph = { kind: 'paragraph', text: '', lines: [] };
      appendText(paragraph, token, item);
      if (paragraph.text === '') {
        // The whole line was a jump (上接第1版); nothing to place.
      } else if (!item.byline && (isFirstParagraph(item) || startsWithDateline(paragraph.text))) {
        // 本报讯（记者 张三）: the dateline stays in the text, its names are the authors (every dispatch's, in order).
        const inline = inlineByline(paragraph.text);
        if (inline) item.inlineAuthors = [...new Set([...(item.inlineAuthors ?? []), ...inline.authors])];
      }
      if (paragraph.text !== '') {
        // A labelled line (时间：3月6日上午) is whole as it stands.
        if (endsSentence(paragraph.text) || item.continuesOn || isLabelLine(paragraph.text)) item.nodes.push(paragraph);
        else open = { paragraph, held: [] };
      }
    }
    i++;
  }
  finishItem();

  if (items.length === 0) throw new IngestError(file, 'no article found: no headline (a short line without a full stop) on the page');
  return { header, headerLines, furniture, items, joins, warnings, unplaced };
}

/** Reads a block's kind from its text and any desk mark. */
function tokenize(block: Block): Token {
  const marked = readMarkup(block.text);
  if (marked) {
    const base = { ...block, text: marked.text, forced: marked.forced };
    switch (marked.forced) {
      case 'headline':
      case 'kicker':
      case 'subtitle':
      case 'subhead':
        return { ...base, kind: 'title' };
      case 'caption':
        return { ...base, kind: 'caption' };
      default:
        return { ...base, kind: 'text' };
    }
  }
  // 杨建正 摄影报道 on its own line credits the photo; ■摄影 记者 王 蓉 is a byline.
  const credited = /^[■□◎●▲◆★☆○◇△▼]/u.test(block.text) ? undefined : splitCredit(block.text);
  if (credited) return { ...block, kind: credited.caption === undefined ? 'credit' : 'caption' };
  const byline = parseBylineLine(block.text);
  if (byline) return { ...block, kind: 'byline', byline };
  const jump = findJump(block.text);
  if (jump && jump.before === '') return { ...block, kind: 'jump' };
  if (startsCaption(block.text)) return { ...block, kind: 'caption' };
  // A dateline (本报讯…) always opens text, however short the piece the page left of it.
  if (isTitleLike(block.text) && !startsWithDateline(block.text)) return { ...block, kind: 'title' };
  return { ...block, kind: 'text' };
}

/**
 * Joins what the page set on two lines but means as one: a photo credit
 * broken after the reporter's name (本报记者 李震宇 / 通讯员 王飞超 摄), and
 * reads a run of circled-number lines (①… ②…) as the captions they are.
 */
function mergeTokens(tokens: Token[], usualGap: number): Token[] {
  const merged: Token[] = [];
  tokens.forEach((token, index) => {
    const previous = merged.at(-1);
    if (token.kind === 'credit' && previous?.kind === 'byline' && !previous.forced && token.gapBefore <= usualGap && photographersIn(token.text).length > 0 && tokens[index - 2]?.kind === 'text') {
      merged.splice(-1, 1, { ...previous, kind: 'credit', text: `${previous.text}\n${token.text}` });
      return;
    }
    merged.push(token);
  });
  const circled = (token: Token | undefined) => token !== undefined && !token.forced && token.kind === 'title' && CIRCLED.includes(token.text[0] ?? '');
  return merged.map((token, index) => (circled(token) && (circled(merged[index - 1]) || circled(merged[index + 1])) ? { ...token, kind: 'caption' } : token));
}

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

/** The run of title lines from `start`: desk-marked title lines, or consecutive title-like lines. */
function titleRun(tokens: Token[], start: number, usualGap: number): Token[] {
  const run: Token[] = [];
  const forcedRun = tokens[start]!.forced !== undefined;
  // A run longer than a headline group and its neighbours is cut, so a page of short lines is read in linear time.
  for (let i = start; i < tokens.length && tokens[i]!.kind === 'title' && run.length < MAX_RUN; i++) {
    const token = tokens[i]!;
    if (token.forced === 'subhead') break;
    // A marked kicker takes the unmarked line below it as its headline.
    const headlineAfterKicker = forcedRun && token.forced === undefined && run.length > 0 && run.every((t) => t.forced === 'kicker');
    if (forcedRun !== (token.forced !== undefined) && !headlineAfterKicker) break;
    // A desk's # starts a new group even right after another one.
    if (forcedRun && run.length > 0 && token.forced === 'headline' && run.some((t) => t.forced === 'headline')) break;
    // Lines of one headline group stand close together; a wider gap parts two groups.
    if (!forcedRun && run.length > 0 && token.gapBefore > usualGap) break;
    run.push(token);
  }
  return run;
}

type Role = 'group' | 'subhead' | 'text';

/**
 * Decides what a run of title lines inside an article is: a new headline
 * group, a subhead, or text (a piece of a split paragraph, a one-line
 * question). Strong signs of a new item: a byline or dateline below it, a
 * byline a few paragraphs below (a standfirst), a subtitle or kicker beside
 * it, a desk mark. Otherwise a lone short line is a subhead of the article.
 */
function decideRun(
  tokens: Token[],
  start: number,
  run: Token[],
  item: OpenItem,
  usualGap: number,
  paragraphOpen: boolean,
  loneAhead: boolean[],
): { role: Role; weak: string | undefined } {
  const first = run[0]!;
  if (first.forced === 'headline' || first.forced === 'kicker') return { role: 'group', weak: undefined };
  const after = tokens[start + run.length];
  // A bracketed byline ((《新华每日电讯》2.22 吴晓颖)) signs off the item above: what follows is a new one.
  const strong = opensItem(tokens, start + run.length) || (tokens[start - 1]?.kind === 'byline' && tokens[start - 1]!.byline!.closing === true);
  const text = run.map((t) => t.text).join(' / ');
  // Close to the text above, cut off from the text below by a wider gap: a paragraph's first piece, whatever follows.
  if (run.length === 1 && isPiece(first, after, usualGap)) return { role: 'text', weak: undefined };

  if (paragraphOpen) {
    // An open paragraph continues unless the run clearly starts an item: a byline or dateline right below it, or a subtitle.
    const direct = after !== undefined && (after.kind === 'byline' || (after.kind === 'text' && startsWithDateline(after.text)));
    if (direct || (run.length >= 2 && opensWithDash(run.at(-1)!.text))) return { role: 'group', weak: undefined };
    return { role: 'text', weak: undefined };
  }
  if (strong) return { role: 'group', weak: undefined };
  // A lone line ending a sentence (她说：“行！”) is text; a headline ending so has a byline or dateline below it.
  if (run.length === 1 && /[？！?!…][”’」』）)》"']*$/u.test(first.text)) return { role: 'text', weak: undefined };
  if (after === undefined || after.kind === 'jump') {
    // Title lines closing the page after finished text: a headline whose body is elsewhere.
    const previous = item.nodes.at(-1);
    const finished = previous !== undefined && (previous.kind !== 'paragraph' || endsSentence(previous.text));
    return finished ? { role: 'group', weak: undefined } : { role: 'text', weak: undefined };
  }
  if (run.length >= 2) {
    if (opensWithDash(run.at(-1)!.text)) return { role: 'group', weak: undefined };
    return { role: 'group', weak: `“${text}” read as a new article’s headline group, with no byline or dateline below it` };
  }
  // A single line.
  if (isSetOff(after, usualGap) && after.kind !== 'title' && tokens[start + 2]?.kind === 'text' && !startsWithDateline(tokens[start + 2]!.text)) {
    // A short line followed by a caption is more likely the first piece of a split paragraph.
    return { role: 'text', weak: undefined };
  }
  if (isNumberedSubhead(first.text)) return { role: 'subhead', weak: undefined };
  if (!isSubheadLike(first.text)) {
    // Too long for a subhead inside a signed article, with no byline of its own: a paragraph's first piece.
    if (item.byline || item.inlineAuthors || item.continuedFrom) return { role: 'text', weak: undefined };
    return { role: 'group', weak: `“${text}” read as a new article’s headline (too long for a subhead), with no byline or dateline below it` };
  }
  const hasSubheads = item.nodes.some((node) => node.kind === 'subhead') || loneAhead[start + 1] === true;
  // The rest of an article from another page (上接) is signed there.
  if (item.byline || item.inlineAuthors || item.continuedFrom) {
    return { role: 'subhead', weak: hasSubheads ? undefined : `“${text}” read as a subhead of the article above (its only one); mark it “# ” if it starts a new article` };
  }
  return { role: 'group', weak: `“${text}” read as a new article’s headline, with no byline or dateline below it; mark it “## ” if it is a subhead` };
}

/**
 * A line that stands close to the text above but is parted from the text
 * below by a wider gap is a paragraph cut by a page or column break, not a
 * title: a headline stands apart from what is above it, not from its text.
 */
function isPiece(line: Token, after: Token | undefined, usualGap: number): boolean {
  return !line.forced && after !== undefined && after.kind === 'text' && !after.forced && after.gapBefore > usualGap && line.gapBefore <= usualGap && !startsWithDateline(after.text);
}

/** True when the blocks from `index` open an item: a byline, a dateline, or a standfirst then a byline. */
function opensItem(tokens: Token[], index: number): boolean {
  const next = tokens[index];
  if (!next) return false;
  if (next.kind === 'byline') return true;
  if (next.kind === 'text' && (startsWithDateline(next.text) || inlineByline(next.text) !== undefined)) return true;
  for (let k = index; k < tokens.length && k < index + MAX_STANDFIRST + 2; k++) {
    const token = tokens[k]!;
    // A bracketed byline closes a short item ((记者 张三)); only an open one sits under a standfirst.
    if (token.kind === 'byline') return k > index && !token.byline!.closing;
    if (token.kind !== 'text') return false;
  }
  return false;
}

/**
 * For each token, whether a lone subhead-like line stands at or after it
 * before the next item opens: the sign that an article is set in sections.
 * One backward pass, so a page of many subheads stays linear.
 */
function lonelyTitlesAhead(tokens: Token[], usualGap: number): boolean[] {
  const ahead: boolean[] = new Array<boolean>(tokens.length + 1).fill(false);
  for (let k = tokens.length - 1; k >= 0; k--) {
    const token = tokens[k]!;
    if (token.kind !== 'title') {
      ahead[k] = ahead[k + 1]!;
      continue;
    }
    const run = titleRun(tokens, k, usualGap);
    if (opensItem(tokens, k + run.length) || run.length >= 2) ahead[k] = false;
    else ahead[k] = (isSubheadLike(token.text) && tokens[k - 1]?.kind !== 'title') || ahead[k + 1]!;
  }
  return ahead;
}

function readBylineLine(item: OpenItem, token: Token, paragraphOpen: boolean, warnings: Warning[], closeParagraph: (unfinished: boolean) => void): void {
  closeParagraph(paragraphOpen);
  const byline = { ...token.byline!, line: token.line };
  if (!item.byline && !item.inlineAuthors) {
    item.byline = byline;
    item.bylineAt = item.nodes.length;
    return;
  }
  // A second byline (a photographer's, an end note): its names join the authors, its text stays printed.
  warnings.push({ line: token.line, text: `a second byline “${token.text}” in one article; its names are added to the authors`, weak: true });
  if (item.byline) {
    item.byline = { byline: `${item.byline.byline} ${byline.byline}`, authors: [...new Set([...item.byline.authors, ...byline.authors])], line: item.byline.line };
  } else item.byline = byline;
}

/** Adds a block's text to a paragraph, taking a jump (…（下转第5版）) off its end. */
function appendText(paragraph: Paragraph, token: Token, item: OpenItem): void {
  let text = token.text;
  const jump = token.forced ? undefined : findJump(text);
  if (jump) {
    text = jump.before;
    if (jump.direction === 'continues') item.continuesOn = jump.page;
    else item.continuedFrom = jump.page;
  }
  // 上接第1版 at a paragraph's start.
  const leading = /^[（(](?:上接|接上|紧接)(?:第)?\s*([A-Za-z]?\d{1,3}|[一二三四五六七八九十]{1,3})\s*版[）)]\s*/u.exec(text);
  if (leading && !token.forced) {
    item.continuedFrom = leading[1]!.toUpperCase();
    text = text.slice(leading[0].length);
  }
  if (text === '') return;
  paragraph.text += text;
  paragraph.lines.push(token.line);
}

function isFirstParagraph(item: OpenItem): boolean {
  return !item.nodes.some((node) => node.kind === 'paragraph');
}

/** A block set off by a wider gap than the page's usual one, and short enough to be a caption. */
function isSetOff(token: Token | undefined, usualGap: number): boolean {
  return token !== undefined && token.gapBefore > usualGap && token.text.length <= MAX_CAPTION_LENGTH;
}

/**
 * A short block set off by a wider gap is a caption when it interrupts a
 * split paragraph, or when it is set apart on both sides (a wider gap after
 * it too), and it is a whole sentence: a paragraph is never taken for one
 * just because the page has a wider gap above it.
 */
function isSetOffCaption(tokens: Token[], index: number, usualGap: number, paragraphOpen: boolean): boolean {
  const token = tokens[index]!;
  if (token.forced || token.kind !== 'text' || !isSetOff(token, usualGap)) return false;
  // A block opening with clause punctuation (，并要求…) can only continue a sentence.
  if (/^[，、；：,;:]/u.test(token.text)) return false;
  const next = tokens[index + 1];
  // A caption inside a split paragraph has the rest of the paragraph after it; with nothing to follow, the block is that rest.
  // Such a caption is a line or two (the first page's are 32 and 38 characters); a longer block is the paragraph's rest.
  if (paragraphOpen) return token.text.length <= MAX_SPLIT_CAPTION && next !== undefined && (next.kind === 'text' || next.kind === 'caption' || next.kind === 'credit');
  return endsSentence(token.text) && token.text.length <= MAX_SPLIT_CAPTION && !startsWithDateline(token.text);
}

/** One to three title lines: kicker + headline + subtitle, told apart by desk marks, order and length. */
function toTitles(lines: Token[]): Titles {
  const line = lines[0]!.line;
  if (lines.some((t) => t.forced)) {
    const kicker = lines.find((t) => t.forced === 'kicker')?.text;
    // A subtitle set on several lines keeps its line breaks.
    const subtitles = lines.filter((t) => t.forced === 'subtitle').map((t) => t.text);
    const subtitle = subtitles.length === 0 ? undefined : subtitles.join('\n');
    const headline = lines.find((t) => t.forced === 'headline')?.text ?? lines.find((t) => t.forced !== 'kicker' && t.forced !== 'subtitle')?.text ?? lines[0]!.text;
    return { ...(kicker === undefined ? {} : { kicker }), headline, ...(subtitle === undefined ? {} : { subtitle }), line };
  }
  const [first, second, third] = lines as [Token, Token?, Token?];
  if (third) return { kicker: first.text, headline: second!.text, subtitle: third.text, line };
  if (!second) return { headline: first.text, line };
  // A subtitle opens with a dash; otherwise the shorter line above the headline is its kicker.
  // Two lines are 引题 and 主题, the order papers set them in, unless the second opens with a dash (副题).
  if (opensWithDash(second.text)) return { headline: first.text, subtitle: second.text, line };
  return { kicker: first.text, headline: second.text, line };
}

/** Closes an item: standfirst split off, authors settled, photo news credited to its photographers. */
function finish(item: OpenItem, warnings: Warning[]): ParsedPage['items'][number] {
  const { titles } = item;
  const hasText = item.nodes.some((node) => node.kind === 'paragraph' || node.kind === 'figure' || node.kind === 'credit');
  if (!hasText && !item.byline) {
    warnings.push({ line: titles.line, text: `headline “${titles.headline}” has no body on this page; kept in the edition as a headline only`, weak: false });
    return { type: 'headline-only', item: { ...titles, ...(item.continuesOn ? { continuesOn: item.continuesOn } : {}) } };
  }
  // Paragraphs between the headline and a byline with more text below it are the standfirst (导语);
  // above a byline that ends the item they are the text itself.
  const at = item.bylineAt ?? 0;
  const isStandfirst =
    at > 0 &&
    at <= MAX_STANDFIRST &&
    item.nodes.slice(0, at).every((node) => node.kind === 'paragraph' && !isLabelLine(node.text)) &&
    item.nodes.slice(at).some((node) => node.kind === 'paragraph');
  const standfirst = (isStandfirst ? item.nodes.slice(0, at) : []) as Paragraph[];
  let nodes = isStandfirst ? item.nodes.slice(at) : item.nodes;
  if (item.byline && /摄/u.test(item.byline.byline) && !/(?:^|[\s/／|｜:：])文/u.test(item.byline.byline) && nodes.filter((node) => node.kind === 'paragraph').length === 1) {
    // One paragraph under a photographer's byline (■摄影 记者 王 蓉) is the photo's caption.
    nodes = nodes.map((node) => (node.kind === 'paragraph' ? { kind: 'figure', caption: node.text, line: node.lines[0]! } : node));
  }
  if (!item.byline && !item.inlineAuthors) {
    const trailing = trailingByline(nodes);
    if (trailing) {
      item.byline = { ...trailing.byline, line: trailing.line };
      nodes = trailing.nodes;
    }
  }
  let authors = item.byline?.authors ?? item.inlineAuthors ?? bracketedAuthors(nodes);
  const paragraphs = nodes.filter((node) => node.kind === 'paragraph').length + standfirst.length;
  if (authors.length === 0 && paragraphs === 0) {
    // Photo news (摄影报道): its photographers are its authors.
    const credits = nodes.flatMap((node) => (node.kind === 'figure' ? [node.credit ?? ''] : node.kind === 'credit' ? [node.text] : []));
    authors = [...new Set(credits.flatMap(photographersIn))];
  }
  if (!item.byline && !item.inlineAuthors && !item.continuedFrom && paragraphs > 0) {
    warnings.push({ line: titles.line, text: `“${titles.headline}” has no byline or dateline: its start and end rest on the headline alone`, weak: true });
  }
  const article: ParsedArticle = {
    ...titles,
    ...(item.byline ? { byline: item.byline.byline, bylineLine: item.byline.line } : {}),
    authors,
    standfirst,
    body: nodes,
    ...(item.continuedFrom ? { continuedFrom: item.continuedFrom } : {}),
    ...(item.continuesOn ? { continuesOn: item.continuesOn } : {}),
  };
  return { type: 'article', article };
}

/**
 * A byline run into the end of the last paragraph (…的热闹。”本报记者 董怡虹 陈炅玮):
 * taken out of the text as the byline, which is where the paper meant it.
 */
function trailingByline(nodes: BodyNode[]): { byline: Byline; line: number; nodes: BodyNode[] } | undefined {
  const at = nodes.findLastIndex((node) => node.kind === 'paragraph');
  const last = nodes[at];
  if (!last || last.kind !== 'paragraph') return undefined;
  const tail = /[。！？!?”」』]\s*([^。！？!?”」』]{2,40})$/u.exec(last.text);
  const byline = tail ? parseBylineLine(tail[1]!) : undefined;
  if (!tail || !byline || byline.authors.length === 0) return undefined;
  const text = last.text.slice(0, last.text.length - tail[1]!.length).replace(/\s+$/u, '');
  const paragraph: Paragraph = { ...last, text };
  return { byline, line: last.lines.at(-1)!, nodes: nodes.map((node, index) => (index === at ? paragraph : node)) };
}

/** Short items signed at their end, （吕劲）: the names in such closing brackets, in order. */
function bracketedAuthors(nodes: BodyNode[]): string[] {
  const names = nodes.flatMap((node) => {
    if (node.kind !== 'paragraph') return [];
    const match = /[（(]\s*([\p{Script=Han}·\s、]{2,20}?)\s*[）)]\??$/u.exec(node.text);
    const found = match ? namesIn(match[1]!, { roleRequired: false }) : undefined;
    return found?.filter((name) => !ORGANISATION.test(name)) ?? [];
  });
  return [...new Set(names)];
}

/** Names of bodies, not people: 新华社, 宣传部, 统计局. */
const ORGANISATION = /(?:社|报|网|台|部|局|委|会|院|厅|处|站|所|团|司|办|队|组|校|馆|中心|完)$/u;

function lineOf(node: BodyNode): number {
  return node.kind === 'paragraph' ? node.lines[0]! : node.line;
}
