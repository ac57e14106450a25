/**
 * The printed page as the web desk would receive it: header lines, the
 * editor's line, then each item (kicker, headline, subtitle, standfirst,
 * ■ byline, paragraphs, lone subheads, captions with their credit), one
 * block a line with a blank line between, in the conventions ingest reads.
 * It is the archive's source/<id>.txt, the project's verbatim copy of a page.
 */
import type { DraftArticle, Titles } from './prose.ts';

export interface SourceLine {
  line: number;
  text: string;
}

export interface PrintedPage {
  text: string;
  header: SourceLine[];
  furniture: SourceLine[];
}

/** An item of the page: an article, or a headline whose body is printed elsewhere. */
export type PrintedItem = { article: DraftArticle } | { headlineOnly: Titles };

const WEEKDAYS = '日一二三四五六';

/** The page's date line as papers print it: 2026年1月5日 星期一. */
export function printedDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return `${year}年${month}月${day}日 星期${WEEKDAYS[weekday]}`;
}

export function printPage(head: { paper: string; date: string; label: string; section: string }, furniture: string[], items: PrintedItem[]): PrintedPage {
  const blocks: string[] = [];
  const at = (text: string): SourceLine => {
    blocks.push(text);
    return { line: blocks.length * 2 - 1, text };
  };
  const header = [at(head.paper), at(printedDate(head.date)), at(`第${head.label}版：${head.section}`)];
  const furnitureLines = furniture.map(at);
  for (const item of items) {
    const titles = 'article' in item ? item.article : item.headlineOnly;
    if (titles.kicker !== undefined) at(titles.kicker);
    at(titles.headline);
    if (titles.subtitle !== undefined) at(titles.subtitle);
    if (!('article' in item)) continue;
    const { article } = item;
    for (const paragraph of article.standfirst) at(paragraph);
    if (article.byline !== undefined) at(`■ ${article.byline}`);
    for (const block of article.body) {
      if (block.kind === 'figure') at(`${block.caption} ${block.credit}`);
      else at(block.text);
    }
  }
  return { text: `${blocks.join('\n\n')}\n`, header, furniture: furnitureLines };
}
