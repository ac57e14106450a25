/**
 * Pagination the way Astro's paginate() lays it out for a `[...page]` route:
 * page 1 at the list's own URL, page n at `<list>/n/`. The page-number links
 * are windowed, so an author with thousands of articles still gets a short nav.
 */

/** Articles on one author page. */
export const AUTHOR_PAGE_SIZE = 20;
/** Editions on one page of the undated list. */
export const UNDATED_PAGE_SIZE = 50;

/** The URL of page `n` of a list whose first page is at `base` (ending in /). */
export function pageUrl(base: string, n: number): string {
  return n <= 1 ? base : `${base}${n}/`;
}

/** How many pages `total` items fill; an empty list still has its first page. */
export function pageCount(total: number, size: number): number {
  return Math.max(1, Math.ceil(total / size));
}

/** Every page's URL, first to last: what the sitemap lists for a paginated list. */
export function pageUrls(base: string, total: number, size: number): string[] {
  return Array.from({ length: pageCount(total, size) }, (_, i) => pageUrl(base, i + 1));
}

export type PageLink = { kind: 'page'; n: number; url: string; current: boolean } | { kind: 'gap' };

/**
 * The page numbers to show: the first, the last, and `around` on each side
 * of the current one; a gap stands for each run left out (never a gap of
 * one page: that page is shown instead, it takes no more room than the gap).
 */
export function pageLinks(base: string, current: number, last: number, around = 2): PageLink[] {
  const shown = new Set<number>([1, last]);
  for (let n = current - around; n <= current + around; n++) if (n >= 1 && n <= last) shown.add(n);
  const numbers = [...shown].sort((a, b) => a - b);
  const links: PageLink[] = [];
  let previous = 0;
  for (const n of numbers) {
    if (n - previous === 2) links.push(page(base, n - 1, current));
    else if (n - previous > 2) links.push({ kind: 'gap' });
    links.push(page(base, n, current));
    previous = n;
  }
  return links;
}

function page(base: string, n: number, current: number): PageLink {
  return { kind: 'page', n, url: pageUrl(base, n), current: n === current };
}
