import { describe, expect, it } from 'vitest';
import { cacheName, describeStatus, editionKeyOf, formatBytes, pageTitle, visitedToDrop, type OfflineStatus } from '../../src/lib/offline.ts';

describe('offline reading rules', () => {
  it('names every cache for its group and the build', () => {
    expect(cacheName('edition', 'abc123')).toBe('dubao-edition-abc123');
  });

  it('finds the edition a page belongs to: an article by its printed day, an edition page by its URL, else none', () => {
    expect(editionKeyOf('/articles/x/', '<span data-pagefind-filter="year:2026"></span><span data-pagefind-filter="day:2026-03-05"></span>')).toBe('2026-03-05');
    expect(editionKeyOf('/editions/2026-03-04-2/', '<h1>2026年3月4日 第2版</h1>')).toBe('2026-03-04');
    expect(editionKeyOf('/authors/zhang-san/', '<h1>张三</h1>')).toBe('');
  });

  it('drops the oldest edition’s pages first, and within an edition the page visited longest ago', () => {
    const entries = [
      { url: '/a/', edition: '2026-03-05', time: 1 },
      { url: '/b/', edition: '2026-03-04', time: 5 },
      { url: '/c/', edition: '2026-03-04', time: 2 },
      { url: '/d/', edition: '', time: 9 },
      { url: '/e/', edition: '2026-03-05', time: 3 },
    ];
    expect(visitedToDrop(entries, 5)).toEqual([]);
    expect(visitedToDrop(entries, 2)).toEqual(['/d/', '/c/', '/b/']);
    expect(visitedToDrop(entries, 1)).toEqual(['/d/', '/c/', '/b/', '/a/']);
  });

  it('reads a page’s title without the site’s name, entities decoded', () => {
    expect(pageTitle('<title>张三&amp;李四的文章 | 读报</title>', '读报')).toBe('张三&李四的文章');
    expect(pageTitle('<title>读报</title>', '读报')).toBe('读报');
    expect(pageTitle('<p>no title</p>', '读报')).toBe('');
  });

  it('writes sizes as a reader reads them', () => {
    expect([formatBytes(812), formatBytes(3400), formatBytes(1_234_567)]).toEqual(['812 B', '3.4 KB', '1.2 MB']);
  });

  it('says what is saved, or what saving would keep', () => {
    const status: OfflineStatus = {
      edition: { name: '2026年3月5日星期四', pages: [{ url: '/editions/a/', title: 'a' }], articles: [{ url: '/articles/x/', title: 'x' }, { url: '/articles/y/', title: 'y' }], bytes: 105_400, saved: false },
      search: { bytes: 353_600, saved: false },
      visited: [],
    };
    expect(describeStatus(status)).toBe('本期（2026年3月5日星期四）尚未保存：保存后，没有网络也能阅读 1 个版面 · 2 篇文章，约 105.4 KB。');
    status.edition.saved = true;
    expect(describeStatus(status)).toBe('已保存 2026年3月5日星期四 · 1 个版面 · 2 篇文章 · 105.4 KB。');
    status.search.saved = true;
    expect(describeStatus(status)).toBe('已保存 2026年3月5日星期四 · 1 个版面 · 2 篇文章 · 105.4 KB · 搜索索引 353.6 KB。');
  });
});
