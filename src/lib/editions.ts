/** Ordering and naming of editions: pure rules the pages share. */

export interface EditionOrderFields {
  sequence: number;
  date?: string | undefined;
  title?: string | undefined;
  /** The page label (3, A03), when the header gave it. */
  page?: string | undefined;
}

/**
 * Newest first, as one total order (so the result never depends on the input
 * order): dated editions by printed date, one day's pages in the paper's
 * order; then the editions with no printed date, latest ingested first. A page
 * with no date is never given one, nor placed among dated days by guesswork:
 * "the latest edition" is always one whose date is known, when any is.
 */
export function compareEditionsNewestFirst(a: EditionOrderFields, b: EditionOrderFields): number {
  if (a.date === undefined || b.date === undefined) {
    if (a.date !== b.date) return a.date === undefined ? 1 : -1;
    return b.sequence - a.sequence;
  }
  if (a.date !== b.date) return a.date < b.date ? 1 : -1;
  // One day's pages in the paper's order, the front page first.
  if (a.page !== undefined && b.page !== undefined) {
    const byPage = comparePages(a.page, b.page);
    if (byPage !== 0) return byPage;
  } else if (a.page !== b.page) {
    return a.page === undefined ? 1 : -1;
  }
  return b.sequence - a.sequence;
}

/** A3 before A10 before B1; 3 before 13. */
function comparePages(a: string, b: string): number {
  const [, letterA = '', numberA = '0'] = /^([A-Za-z]?)0*(\d*)/u.exec(a) ?? [];
  const [, letterB = '', numberB = '0'] = /^([A-Za-z]?)0*(\d*)/u.exec(b) ?? [];
  if (letterA.toUpperCase() !== letterB.toUpperCase()) return letterA.toUpperCase() < letterB.toUpperCase() ? -1 : 1;
  return Number(numberA || 0) - Number(numberB || 0);
}

/** The name an edition is shown under: its printed title, or its place in the archive. */
export function editionName(edition: EditionOrderFields): string {
  return edition.title ?? `第 ${edition.sequence} 期版面`;
}

/** A printed date in Chinese (2026年3月5日 星期四); dates are calendar days, so UTC avoids a shift. */
export function formatEditionDate(isoDate: string): string {
  return new Intl.DateTimeFormat('zh-CN', { dateStyle: 'full', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));
}

/**
 * What a page holds, counted by kind, as the page's meta line says it: only
 * whole articles are 文章; a headline whose body is elsewhere is a 标题, the
 * rest of an article begun on an earlier page a 续文. Kinds absent are left out.
 */
export function describeItemCounts(items: readonly { type: 'article' | 'headline-only' | 'continuation' }[]): string {
  const count = (type: string) => items.filter((item) => item.type === type).length;
  const parts: [number, string][] = [
    [count('article'), '篇文章'],
    [count('continuation'), '篇续文'],
    [count('headline-only'), '则标题'],
  ];
  return parts.flatMap(([n, unit]) => (n > 0 ? [`${n} ${unit}`] : [])).join(' · ');
}

/** A page-map block's height step (1–4) from an article's reading time: longer articles fill more of the page. */
export function mapBlockSize(minutes: number): 1 | 2 | 3 | 4 {
  return minutes <= 1 ? 1 : minutes <= 3 ? 2 : minutes <= 6 ? 3 : 4;
}

/** What the page's header says of it, in the order a paper prints it: 嘉兴日报 · 2026年3月5日星期四 · 第13版 · 秀洲新闻. */
export function editionFacts(edition: { paper?: string | undefined; date?: string | undefined; page?: string | undefined; section?: string | undefined }): string[] {
  return [edition.paper, edition.date && formatEditionDate(edition.date), edition.page && `第${edition.page}版`, edition.section].filter((fact): fact is string => Boolean(fact));
}
