/**
 * News filters: by date range, author and page (版面), sorted by relevance or
 * by date. They live in the search page's URL (/search/?q=…&from=…&to=…&author=…&edition=…&sort=date),
 * which a plain GET form reaches with or without JavaScript, and they are
 * answered by Pagefind's own filters and sort: every article states its
 * values in data-pagefind-filter / data-pagefind-sort at build time
 * ({@link articleFilterValues}), so a filtered search loads only the
 * matching results, never every result to sort them out.
 */

export interface SearchFilters {
  /** First day, YYYY-MM-DD. */
  from?: string;
  /** Last day, YYYY-MM-DD. */
  to?: string;
  /** An author's name as printed. */
  author?: string;
  /** A page of the paper: 第1版 要闻 ({@link editionFilterValue}). */
  edition?: string;
  /** 'date': newest first; otherwise by relevance. */
  sort?: 'date';
}

/** The URL parameters, in the order they are written. */
export const FILTER_PARAMS = ['from', 'to', 'author', 'edition', 'sort'] as const;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/u;

function validDate(value: string | null): string | undefined {
  if (!value || !ISO_DATE.test(value)) return undefined;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value ? value : undefined;
}

/** A filter value as a reader or a URL gives it: trimmed, no control characters, at most 40 characters. */
function cleanValue(value: string | null): string | undefined {
  const clean = [...(value ?? '').replace(/[\p{Cc}\p{Cf}]/gu, '').trim()].slice(0, 40).join('');
  return clean === '' ? undefined : clean;
}

/** The filters a URL's parameters (or a submitted form) ask for; anything malformed is ignored. A range given backwards is turned round. */
export function readFilters(params: URLSearchParams): SearchFilters {
  let from = validDate(params.get('from'));
  let to = validDate(params.get('to'));
  if (from && to && from > to) [from, to] = [to, from];
  const filters: SearchFilters = {};
  if (from) filters.from = from;
  if (to) filters.to = to;
  const author = cleanValue(params.get('author'));
  if (author) filters.author = author;
  const edition = cleanValue(params.get('edition'));
  if (edition) filters.edition = edition;
  if (params.get('sort') === 'date') filters.sort = 'date';
  return filters;
}

/** The search page's URL for a query and its filters: only what is set, so a plain query stays /search/?q=…. */
export function searchHref(pathname: string, query: string, filters: SearchFilters): string {
  const params = new URLSearchParams();
  if (query !== '') params.set('q', query);
  for (const name of FILTER_PARAMS) {
    const value = filters[name];
    if (value) params.set(name, value);
  }
  const search = params.toString();
  return search === '' ? pathname : `${pathname}?${search}`;
}

/** Whether any filter narrows the results (sorting does not). */
export const narrows = (filters: SearchFilters): boolean => Boolean(filters.from || filters.to || filters.author || filters.edition);

/** A page's name as the 版面 filter knows it: its label and section (第1版 要闻), else the edition's own name. */
export function editionFilterValue(edition: { page?: string | undefined; section?: string | undefined }, name: string): string {
  return edition.page === undefined ? name : `第${edition.page}版${edition.section ? ` ${edition.section}` : ''}`;
}

/**
 * Where an article was printed, as a search result says it: paper, date,
 * page and section (嘉兴日报 2026年3月5日 第13版 要闻), or the edition's own
 * name when the page gave neither date nor page label.
 */
export function editionPlace(edition: { date?: string | undefined; paper?: string | undefined; page?: string | undefined; section?: string | undefined }, name: string): string {
  if (edition.date === undefined && edition.page === undefined) return name;
  const date = edition.date?.replace(/^(\d+)-0?(\d+)-0?(\d+)$/u, '$1年$2月$3日');
  const page = edition.page === undefined ? undefined : `第${edition.page}版${edition.section ? ` ${edition.section}` : ''}`;
  return [edition.paper, date, page].filter(Boolean).join(' ');
}

/** A filter value stays one value: no commas (Pagefind's separator in filter attributes), trimmed. */
const filterSafe = (value: string) => value.replaceAll(',', ' ').replaceAll('，', ' ').trim();

/**
 * An article's filter values, each `name:value` for a data-pagefind-filter
 * attribute of its own (Pagefind 1.6 reads one value per attribute): each
 * author, the page, and its date three ways (year, month, day), so that a
 * date range becomes a short list of whole years, whole months and single
 * days ({@link dateFilterValues}). Undated articles have no date values and
 * fall outside every range.
 */
export function articleFilterValues(date: string | undefined, authors: readonly string[], edition: string): string[] {
  const values = authors.map((author) => `author:${filterSafe(author)}`);
  values.push(`edition:${filterSafe(edition)}`);
  if (date) values.push(`year:${date.slice(0, 4)}`, `month:${date.slice(0, 7)}`, `day:${date}`);
  return [...new Set(values)];
}

/**
 * An article's data-pagefind-sort value for 按日期: its place in the
 * newest-first order (searchOrder in rank.ts: the date, then page and printed
 * position; undated pages by ingest order, after every dated one), negated
 * so that Pagefind's descending sort puts the newest first. Every article has
 * one: Pagefind leaves out of a sorted search the pages without the key.
 */
export const articleSortAttribute = (order: number): string => `date:${-order}`;

export interface DateValues {
  year: string[];
  month: string[];
  day: string[];
}

/**
 * [from, to] (inclusive) as the fewest filter values: whole years, whole
 * months, and the days left over at either end. At most about 60 days, 22
 * months and the years between.
 */
export function dateFilterValues(from: string, to: string): DateValues {
  const values: DateValues = { year: [], month: [], day: [] };
  const day = (d: Date) => d.toISOString().slice(0, 10);
  const end = new Date(`${to}T00:00:00Z`);
  for (let cursor = new Date(`${from}T00:00:00Z`); cursor <= end; ) {
    const y = cursor.getUTCFullYear();
    const m = cursor.getUTCMonth();
    const yearEnd = new Date(Date.UTC(y, 11, 31));
    const monthEnd = new Date(Date.UTC(y, m + 1, 0));
    if (m === 0 && cursor.getUTCDate() === 1 && yearEnd <= end) {
      values.year.push(String(y));
      cursor = new Date(Date.UTC(y + 1, 0, 1));
    } else if (cursor.getUTCDate() === 1 && monthEnd <= end) {
      values.month.push(day(cursor).slice(0, 7));
      cursor = new Date(Date.UTC(y, m + 1, 1));
    } else {
      values.day.push(day(cursor));
      cursor = new Date(Date.UTC(y, m, cursor.getUTCDate() + 1));
    }
  }
  return values;
}

const DATED_VOLUME = /^\d{4}-\d{2}-[123]$/u;
/** The first and last day of a dated volume (a 旬: 2026-03-1 is 1–10 March; see volumes.ts). */
function volumeDays(id: string): { first: string; last: string } {
  const [y, m, part] = id.split('-').map(Number) as [number, number, number];
  const first = `${id.slice(0, 7)}-${['01', '11', '21'][part - 1]}`;
  const last = part < 3 ? `${id.slice(0, 7)}-${part === 1 ? '10' : '20'}` : new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
  return { first, last };
}

/** The dates the archive spans, from its volumes' ids (2026-03-1 …; see volumes.ts): open ends of a range stop there. */
export function archiveSpan(volumeIds: readonly string[]): { first: string; last: string } | undefined {
  const dated = volumeIds.filter((id) => DATED_VOLUME.test(id)).sort();
  if (dated.length === 0) return undefined;
  return { first: volumeDays(dated[0]!).first, last: volumeDays(dated.at(-1)!).last };
}

/** Whether a volume can hold articles of the filters' date range: one outside it, or the undated one under any range, need not be loaded. */
export function volumeInRange(id: string, filters: SearchFilters): boolean {
  if (!filters.from && !filters.to) return true;
  if (!DATED_VOLUME.test(id)) return false;
  const days = volumeDays(id);
  return (!filters.from || days.last >= filters.from) && (!filters.to || days.first <= filters.to);
}

/**
 * Pagefind's `filters` and `sort` options for these filters, or undefined
 * parts when none apply. A date range with an open end is closed at the
 * archive's span; a range outside it matches nothing.
 */
export function pagefindOptions(filters: SearchFilters, span: { first: string; last: string } | undefined): { filters?: Record<string, unknown>; sort?: Record<string, 'desc'> } {
  const options: { filters?: Record<string, unknown>; sort?: Record<string, 'desc'> } = {};
  const chosen: Record<string, unknown> = {};
  if (filters.author) chosen.author = filters.author;
  if (filters.edition) chosen.edition = filters.edition;
  if (filters.from || filters.to) {
    // Clamped to the archive's span; with no dated page at all, nothing can be in range.
    const from = span && (filters.from === undefined || filters.from < span.first) ? span.first : filters.from;
    const to = span && (filters.to === undefined || filters.to > span.last) ? span.last : filters.to;
    const values = span && from && to && from <= to ? dateFilterValues(from, to) : { year: [], month: [], day: [] };
    const any = (Object.entries(values) as [string, string[]][]).filter(([, list]) => list.length > 0).map(([name, list]) => ({ [name]: { any: list } }));
    // No date in range: a filter no page has, so nothing matches.
    chosen.any = any.length > 0 ? any : [{ day: { any: ['0000-00-00'] } }];
  }
  if (Object.keys(chosen).length > 0) options.filters = chosen;
  if (filters.sort === 'date') options.sort = { date: 'desc' };
  return options;
}
