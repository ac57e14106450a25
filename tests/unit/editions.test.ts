import { describe, expect, it } from 'vitest';
import { compareEditionsNewestFirst, describeItemCounts, editionName, formatEditionDate } from '../../src/lib/editions.ts';

describe('edition order and names', () => {
  it('puts the latest printed date first, then the pages with no date, latest ingested first', () => {
    const editions = [
      { sequence: 1, date: '2026-03-05' },
      { sequence: 2, date: '2026-03-04' },
      { sequence: 3 },
      { sequence: 4 },
    ];
    expect([...editions].sort(compareEditionsNewestFirst).map((e) => e.sequence)).toEqual([1, 2, 4, 3]);
  });

  it('orders one day’s pages as the paper does, front page first, whatever order they were ingested in', () => {
    const editions = [
      { sequence: 1, date: '2026-03-05', page: '13' },
      { sequence: 2, date: '2026-03-05', page: '03' },
      { sequence: 3, date: '2026-03-05', page: 'A10' },
      { sequence: 4, date: '2026-03-05', page: 'A3' },
      { sequence: 5, date: '2026-03-05', page: 'B1' },
      { sequence: 6, date: '2026-03-06', page: '5' },
    ];
    expect([...editions].sort(compareEditionsNewestFirst).map((e) => e.page)).toEqual(['5', '03', '13', 'A3', 'A10', 'B1']);
  });

  it('gives one order whatever order mixed dated and undated editions come in: dated newest first, then undated newest ingested first', () => {
    const editions = [
      { sequence: 1, date: '2026-03-05', page: '2' },
      { sequence: 2 },
      { sequence: 3, date: '2026-03-04', page: '1' },
      { sequence: 4, date: '2026-03-05', page: '1' },
      { sequence: 5 },
    ];
    const expected = [4, 1, 3, 5, 2];
    // Every permutation of the five: a comparator that is not a total order gives different results for some.
    const permutations = (list: typeof editions): (typeof editions)[] =>
      list.length <= 1 ? [list] : list.flatMap((first, i) => permutations([...list.slice(0, i), ...list.slice(i + 1)]).map((rest) => [first, ...rest]));
    for (const order of permutations(editions)) {
      expect([...order].sort(compareEditionsNewestFirst).map((e) => e.sequence)).toEqual(expected);
    }
  });

  it('names an edition by its printed title, or by its place in the archive', () => {
    expect(editionName({ sequence: 1, title: '第3版 要闻' })).toBe('第3版 要闻');
    expect(editionName({ sequence: 2 })).toBe('第 2 期版面');
  });

  it('formats a printed date in Chinese without shifting the day', () => {
    expect(formatEditionDate('2026-03-05')).toBe('2026年3月5日星期四');
  });

  it('counts a page’s items by kind: whole articles, continued parts, headlines without body', () => {
    const article = { type: 'article' } as const;
    expect(describeItemCounts([article, article, article, { type: 'headline-only' }])).toBe('3 篇文章 · 1 则标题');
    expect(describeItemCounts([article, { type: 'continuation' }])).toBe('1 篇文章 · 1 篇续文');
    expect(describeItemCounts([{ type: 'headline-only' }])).toBe('1 则标题');
  });
});
