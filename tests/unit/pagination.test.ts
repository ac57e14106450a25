import { describe, expect, it } from 'vitest';
import { pageCount, pageLinks, pageUrl, pageUrls, type PageLink } from '../../src/lib/pagination.ts';

const shown = (links: PageLink[]) => links.map((link) => (link.kind === 'gap' ? '…' : link.current ? `[${link.n}]` : String(link.n))).join(' ');

describe('pagination', () => {
  it('puts page 1 at the list’s own URL and page n under it, as paginate() does for [...page]', () => {
    expect(pageUrl('/authors/zhang-san/', 1)).toBe('/authors/zhang-san/');
    expect(pageUrl('/authors/zhang-san/', 2)).toBe('/authors/zhang-san/2/');
    expect(pageUrls('/editions/undated/', 101, 50)).toEqual(['/editions/undated/', '/editions/undated/2/', '/editions/undated/3/']);
  });

  it('counts pages, an empty list having one', () => {
    expect([0, 1, 20, 21, 40].map((n) => pageCount(n, 20))).toEqual([1, 1, 1, 2, 2]);
  });

  it('shows every page of a short list', () => {
    expect(shown(pageLinks('/a/', 1, 1))).toBe('[1]');
    expect(shown(pageLinks('/a/', 3, 5))).toBe('1 2 [3] 4 5');
  });

  it('shows first, last and two either side of the current page, with gaps for the rest', () => {
    expect(shown(pageLinks('/a/', 1, 500))).toBe('[1] 2 3 … 500');
    expect(shown(pageLinks('/a/', 250, 500))).toBe('1 … 248 249 [250] 251 252 … 500');
    expect(shown(pageLinks('/a/', 500, 500))).toBe('1 … 498 499 [500]');
  });

  it('never hides a single page behind a gap', () => {
    expect(shown(pageLinks('/a/', 5, 9))).toBe('1 2 3 4 [5] 6 7 8 9');
    expect(shown(pageLinks('/a/', 4, 10))).toBe('1 2 3 [4] 5 6 … 10');
  });

  it('links each number to its page', () => {
    const links = pageLinks('/authors/x/', 2, 3);
    expect(links).toEqual([
      { kind: 'page', n: 1, url: '/authors/x/', current: false },
      { kind: 'page', n: 2, url: '/authors/x/2/', current: true },
      { kind: 'page', n: 3, url: '/authors/x/3/', current: false },
    ]);
  });
});
