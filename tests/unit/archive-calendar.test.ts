import { describe, expect, it } from 'vitest';
import { adjacentMonths, dayPageLabel, groupArchive, monthGrid, monthLabel, yearSpanLabel } from '../../src/lib/archive-calendar.ts';

interface Page {
  id: string;
  date?: string;
}
const group = (pages: Page[]) => groupArchive(pages, (page) => page.date);

describe('groupArchive', () => {
  const pages: Page[] = [
    { id: 'c1', date: '2026-03-05' },
    { id: 'c2', date: '2026-03-05' },
    { id: 'x' },
    { id: 'b', date: '2026-02-28' },
    { id: 'a', date: '2025-12-31' },
    { id: 'y' },
  ];
  const archive = group(pages);

  it('groups years newest first, months January first, days in the order given', () => {
    expect(archive.years.map((y) => [y.year, y.url, y.editionCount, y.months.map((m) => m.month)])).toEqual([
      ['2026', '/editions/2026/', 3, ['02', '03']],
      ['2025', '/editions/2025/', 1, ['12']],
    ]);
    const march = archive.years[0]!.months[1]!;
    expect(march.url).toBe('/editions/2026/03/');
    expect([...march.days]).toEqual([[5, [pages[0], pages[1]]]]);
    expect(march.editionCount).toBe(2);
  });

  it('walks every month with pages oldest first, for the calendar’s previous and next links', () => {
    expect(archive.months.map((m) => `${m.year}-${m.month}`)).toEqual(['2025-12', '2026-02', '2026-03']);
    const [december, february, march] = archive.months;
    expect(adjacentMonths(archive, february!)).toEqual({ previous: december, next: march });
    expect(adjacentMonths(archive, december!)).toEqual({ next: february });
    expect(adjacentMonths(archive, march!)).toEqual({ previous: february });
  });

  it('finds a day’s pages by date, and keeps undated pages apart in the order given', () => {
    expect(archive.byDate.get('2026-03-05')?.map((p) => p.id)).toEqual(['c1', 'c2']);
    expect(archive.byDate.get('2026-03-06')).toBeUndefined();
    expect(archive.undated.map((p) => p.id)).toEqual(['x', 'y']);
  });

  it('makes an empty archive of no pages', () => {
    expect(group([])).toEqual({ years: [], months: [], byDate: new Map(), undated: [] });
  });

  it('stays linear: 100,000 pages over ten years group in well under a second', () => {
    const many = Array.from({ length: 100_000 }, (_, i) => {
      const day = new Date(Date.UTC(2016, 0, 1) + Math.floor(i / 30) * 86_400_000).toISOString().slice(0, 10);
      return { id: String(i), date: day };
    });
    const started = performance.now();
    const big = group(many);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(big.months.reduce((sum, m) => sum + m.editionCount, 0)).toBe(100_000);
  });
});

describe('monthGrid', () => {
  it('lays March 2026 out in weeks, Monday first (the 1st is a Sunday)', () => {
    const weeks = monthGrid(2026, 3);
    expect(weeks).toHaveLength(6);
    expect(weeks[0]).toEqual([null, null, null, null, null, null, 1]);
    expect(weeks[1]).toEqual([2, 3, 4, 5, 6, 7, 8]);
    expect(weeks[5]).toEqual([30, 31, null, null, null, null, null]);
  });

  it('fills February of a common year starting on a Monday in exactly four weeks', () => {
    expect(monthGrid(2027, 2)).toEqual([1, 8, 15, 22].map((start) => Array.from({ length: 7 }, (_, i) => start + i)));
  });

  it('knows leap years and month lengths', () => {
    expect(monthGrid(2024, 2).flat().filter(Boolean)).toHaveLength(29);
    expect(monthGrid(1900, 2).flat().filter(Boolean)).toHaveLength(28);
    expect(monthGrid(2026, 4).flat().filter(Boolean)).toHaveLength(30);
    for (let month = 1; month <= 12; month++) for (const week of monthGrid(1951, month)) expect(week).toHaveLength(7);
  });
});

describe('labels', () => {
  it('names months without leading zeros', () => {
    expect(monthLabel('2026', '03')).toBe('2026年3月');
    expect(monthLabel('1951', '12')).toBe('1951年12月');
  });

  it('spans the archive from its earliest year to its latest, and names a single year once', () => {
    expect(yearSpanLabel([{ year: '2026' }])).toBe('2026年');
    expect(yearSpanLabel([{ year: '2026' }, { year: '2019' }, { year: '2024' }])).toBe('2019年至2026年');
  });

  it('labels a page by its printed label, or by its place in the day without claiming a page number', () => {
    expect(dayPageLabel({ page: '13', section: '秀洲新闻' }, 2)).toEqual({ short: '13', full: '第13版 秀洲新闻' });
    expect(dayPageLabel({ page: 'A03' }, 1)).toEqual({ short: 'A03', full: '第A03版' });
    expect(dayPageLabel({}, 3)).toEqual({ short: '(3)', full: '第 3 个版面' });
  });
});
