import { describe, expect, it } from 'vitest';
import { archiveSpan, articleFilterValues, articleSortAttribute, dateFilterValues, editionFilterValue, editionPlace, pagefindOptions, readFilters, searchHref, volumeInRange } from '../../../src/lib/search/filters.ts';
import { searchOrder } from '../../../src/lib/search/rank.ts';

describe('readFilters', () => {
  it('reads the URL’s filters, ignoring what is malformed and turning a backwards range round', () => {
    expect(readFilters(new URLSearchParams('q=春耕&from=2026-03-05&to=2026-03-01&author=+张三+&edition=第1版 要闻&sort=date'))).toEqual({
      from: '2026-03-01',
      to: '2026-03-05',
      author: '张三',
      edition: '第1版 要闻',
      sort: 'date',
    });
    expect(readFilters(new URLSearchParams('from=2026-02-30&to=yesterday&author=&sort=relevance'))).toEqual({});
    expect(readFilters(new URLSearchParams(`author=${'长'.repeat(100)}\u0000`)).author).toHaveLength(40);
  });
});

describe('searchHref', () => {
  it('writes only what is set, in a fixed order', () => {
    expect(searchHref('/search/', '春耕', {})).toBe(`/search/?q=${encodeURIComponent('春耕')}`);
    expect(searchHref('/search/', '春耕', { sort: 'date', author: '张三', from: '2026-03-01' })).toBe(`/search/?q=${encodeURIComponent('春耕')}&from=2026-03-01&author=${encodeURIComponent('张三')}&sort=date`);
    expect(searchHref('/search/', '', {})).toBe('/search/');
  });
});

describe('dateFilterValues', () => {
  it('covers a range with whole years, whole months and the days left over', () => {
    expect(dateFilterValues('2025-12-30', '2027-02-02')).toEqual({
      year: ['2026'],
      month: ['2027-01'],
      day: ['2025-12-30', '2025-12-31', '2027-02-01', '2027-02-02'],
    });
    expect(dateFilterValues('2026-03-02', '2026-03-03')).toEqual({ year: [], month: [], day: ['2026-03-02', '2026-03-03'] });
    expect(dateFilterValues('2024-02-01', '2024-02-29')).toEqual({ year: [], month: ['2024-02'], day: [] });
  });
});

describe('archiveSpan and pagefindOptions', () => {
  const span = archiveSpan(['2026-03-1', 'undated', '2025-12-3', '2026-01-2']);

  it('reads the span of dated volumes', () => {
    expect(span).toEqual({ first: '2025-12-21', last: '2026-03-10' });
    expect(archiveSpan(['undated'])).toBeUndefined();
  });

  it('turns the filters into Pagefind’s filters and sort, open ends closed at the archive’s span', () => {
    expect(pagefindOptions({}, span)).toEqual({});
    expect(pagefindOptions({ author: '张三', edition: '第1版 要闻', sort: 'date' }, span)).toEqual({ filters: { author: '张三', edition: '第1版 要闻' }, sort: { date: 'desc' } });
    expect(pagefindOptions({ from: '2026-03-01' }, span)).toEqual({ filters: { any: [{ day: { any: ['2026-03-01', '2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06', '2026-03-07', '2026-03-08', '2026-03-09', '2026-03-10'] } }] } });
    expect(pagefindOptions({ to: '2026-01-31' }, span).filters).toEqual({ any: [{ month: { any: ['2026-01'] } }, { day: { any: ['2025-12-21', '2025-12-22', '2025-12-23', '2025-12-24', '2025-12-25', '2025-12-26', '2025-12-27', '2025-12-28', '2025-12-29', '2025-12-30', '2025-12-31'] } }] });
  });

  it('rules out the volumes a date range cannot reach, and the undated one under any range', () => {
    const ids = ['2026-03-1', '2026-02-3', '2026-02-2', '2025-12-3', 'undated'];
    expect(ids.filter((id) => volumeInRange(id, { from: '2026-02-15', to: '2026-03-01' }))).toEqual(['2026-03-1', '2026-02-3', '2026-02-2']);
    expect(ids.filter((id) => volumeInRange(id, { to: '2025-12-21' }))).toEqual(['2025-12-3']);
    expect(ids.filter((id) => volumeInRange(id, { author: '张三' }))).toEqual(ids);
    expect(volumeInRange('2024-02-3', { from: '2024-02-29' })).toBe(true);
    expect(volumeInRange('2024-02-3', { from: '2024-03-01' })).toBe(false);
  });

  it('matches nothing for a range outside the archive, or any range in an archive without dates', () => {
    expect(pagefindOptions({ from: '2030-01-01' }, span).filters).toEqual({ any: [{ day: { any: ['0000-00-00'] } }] });
    expect(pagefindOptions({ from: '2026-01-01' }, undefined).filters).toEqual({ any: [{ day: { any: ['0000-00-00'] } }] });
  });
});

describe('what an article states for filters and sort', () => {
  it('gives each author, the page, and the date as year, month and day', () => {
    expect(articleFilterValues('2026-03-05', ['张三', '李四'], '第1版 要闻')).toEqual(['author:张三', 'author:李四', 'edition:第1版 要闻', 'year:2026', 'month:2026-03', 'day:2026-03-05']);
    expect(articleFilterValues(undefined, ['张三，王五'], '第 1 期版面')).toEqual(['author:张三 王五', 'edition:第 1 期版面']);
  });

  it('sorts newest first, undated after every dated article', () => {
    const newer = Number(articleSortAttribute(searchOrder('2026-03-05', '1', 9, 1)).slice(5));
    const older = Number(articleSortAttribute(searchOrder('2026-03-04', '1', 8, 1)).slice(5));
    const undated = Number(articleSortAttribute(searchOrder(undefined, undefined, 10, 1)).slice(5));
    expect(newer).toBeGreaterThan(older);
    expect(older).toBeGreaterThan(undated);
  });

  it('names the page and where it was printed', () => {
    expect(editionFilterValue({ page: '1', section: '要闻' }, '2026年3月5日 第1版 要闻')).toBe('第1版 要闻');
    expect(editionFilterValue({}, '第 1 期版面')).toBe('第 1 期版面');
    expect(editionPlace({ date: '2026-03-05', paper: '嘉兴日报', page: '13', section: '秀洲新闻' }, 'x')).toBe('嘉兴日报 2026年3月5日 第13版 秀洲新闻');
    expect(editionPlace({}, '第 1 期版面')).toBe('第 1 期版面');
  });
});
