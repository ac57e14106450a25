/**
 * The 往期 archive by year, month and day: pure grouping of dated editions and
 * the month grid a calendar page draws. Every list it makes is bounded by the
 * calendar (12 months a year, up to 6 weeks a month, one day's pages a cell),
 * so no archive page grows with the number of editions.
 */

export interface ArchiveMonth<T> {
  /** Four digits, as in the URL: 2026. */
  year: string;
  /** Two digits, as in the URL: 03. */
  month: string;
  url: string;
  /** Day of the month (1–31) → that day's editions, in the order given. */
  days: Map<number, T[]>;
  editionCount: number;
}

export interface ArchiveYear<T> {
  year: string;
  url: string;
  /** January first. */
  months: ArchiveMonth<T>[];
  editionCount: number;
}

export interface Archive<T> {
  /** Newest year first. */
  years: ArchiveYear<T>[];
  /** Every month that has editions, oldest first: the calendar's previous and next links walk it. */
  months: ArchiveMonth<T>[];
  /** YYYY-MM-DD → that day's editions, in the order given. */
  byDate: Map<string, T[]>;
  /** Editions without a date, in the order given. */
  undated: T[];
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/u;

/**
 * Groups editions by year, month and day in one pass. `dateOf` gives an
 * edition's printed date (YYYY-MM-DD) or undefined when it states none.
 * Within a day editions keep the order given (pass them in the paper's order,
 * front page first).
 */
export function groupArchive<T>(editions: readonly T[], dateOf: (edition: T) => string | undefined): Archive<T> {
  const byMonth = new Map<string, ArchiveMonth<T>>();
  const byDate = new Map<string, T[]>();
  const undated: T[] = [];
  for (const edition of editions) {
    const date = dateOf(edition);
    const match = date === undefined ? null : ISO_DATE.exec(date);
    if (!match) {
      undated.push(edition);
      continue;
    }
    const [year, month, day] = [match[1]!, match[2]!, match[3]!];
    const key = `${year}-${month}`;
    let entry = byMonth.get(key);
    if (!entry) {
      entry = { year, month, url: monthUrl(year, month), days: new Map(), editionCount: 0 };
      byMonth.set(key, entry);
    }
    const dayEditions = entry.days.get(Number(day)) ?? [];
    dayEditions.push(edition);
    entry.days.set(Number(day), dayEditions);
    entry.editionCount += 1;
    byDate.set(match[0], dayEditions);
  }
  const months = [...byMonth.keys()].sort().map((key) => byMonth.get(key)!);
  const years: ArchiveYear<T>[] = [];
  for (const month of [...months].reverse()) {
    let year = years.at(-1);
    if (year?.year !== month.year) {
      year = { year: month.year, url: yearUrl(month.year), months: [], editionCount: 0 };
      years.push(year);
    }
    year.months.unshift(month);
    year.editionCount += month.editionCount;
  }
  return { years, months, byDate, undated };
}

export const yearUrl = (year: string) => `/editions/${year}/`;
export const monthUrl = (year: string, month: string) => `/editions/${year}/${month}/`;

/** 2026年3月 */
export function monthLabel(year: string, month: string): string {
  return `${Number(year)}年${Number(month)}月`;
}

/** The years the archive spans, earliest first, as one year when it is one: 2026年, 2019年至2026年. */
export function yearSpanLabel(years: readonly { year: string }[]): string {
  const numbers = years.map(({ year }) => Number(year));
  const [first, last] = [Math.min(...numbers), Math.max(...numbers)];
  return first === last ? `${first}年` : `${first}年至${last}年`;
}

/** The months with editions just before and after this one (empty months have no page, so they are skipped). */
export function adjacentMonths<T>(archive: Archive<T>, month: ArchiveMonth<T>): { previous?: ArchiveMonth<T>; next?: ArchiveMonth<T> } {
  const index = archive.months.indexOf(month);
  const previous = index > 0 ? archive.months[index - 1] : undefined;
  const next = index >= 0 ? archive.months[index + 1] : undefined;
  return { ...(previous ? { previous } : {}), ...(next ? { next } : {}) };
}

/** Column heads of the calendar, Monday first as Chinese calendars print them. */
export const WEEKDAYS = [
  { short: '一', full: '星期一' },
  { short: '二', full: '星期二' },
  { short: '三', full: '星期三' },
  { short: '四', full: '星期四' },
  { short: '五', full: '星期五' },
  { short: '六', full: '星期六' },
  { short: '日', full: '星期日' },
] as const;

/**
 * The month as weeks (rows) of seven days, Monday first; null pads the days
 * before the 1st and after the last. Dates are calendar days, so UTC avoids a shift.
 */
export function monthGrid(year: number, month: number): (number | null)[][] {
  const first = new Date(Date.UTC(year, month - 1, 1));
  const length = new Date(Date.UTC(year, month, 0)).getUTCDate();
  // getUTCDay is 0 for Sunday; Monday-first puts Sunday last.
  const lead = (first.getUTCDay() + 6) % 7;
  const cells: (number | null)[] = [...Array<null>(lead).fill(null), ...Array.from({ length }, (_, i) => i + 1)];
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: (number | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}

/**
 * How a page is labelled among its day's pages: its printed page label (13,
 * A03) when the header gave one; otherwise its place among the day's pages in
 * brackets, so no page number is claimed that the paper did not print.
 * `short` fits a calendar cell; `full` names it (with its section, 秀洲新闻).
 */
export function dayPageLabel(edition: { page?: string | undefined; section?: string | undefined }, ordinal: number): { short: string; full: string } {
  const section = edition.section === undefined ? '' : ` ${edition.section}`;
  return edition.page === undefined
    ? { short: `(${ordinal})`, full: `第 ${ordinal} 个版面${section}` }
    : { short: edition.page, full: `第${edition.page}版${section}` };
}
