import { gzipSync } from 'node:zlib';
import { getRssString } from '@astrojs/rss';
import { describe, expect, it } from 'vitest';
import { FEED_ITEMS, articleHtml, feedSelection } from '../../src/lib/feed.ts';
import { hanText, seededRandom } from '../support/archive-fixture.ts';

const KiB = 1024;

describe('feedSelection', () => {
  const items = Array.from({ length: 120 }, (_, i) => ({ n: i, text: 'x'.repeat(100) }));

  it('carries the newest 50, in the order given', () => {
    expect(FEED_ITEMS).toBe(50);
    expect(feedSelection(items, (item) => item.text).map((item) => item.n)).toEqual(Array.from({ length: 50 }, (_, i) => i));
    expect(feedSelection(items.slice(0, 3), (item) => item.text)).toHaveLength(3);
    expect(feedSelection([], (item: { text: string }) => item.text)).toEqual([]);
  });

  it('stops before the text passes the budget, counting UTF-8 bytes', () => {
    expect(feedSelection(items, (item) => item.text, { budget: 350 }).map((item) => item.n)).toEqual([0, 1, 2]);
    // 中 is three bytes: 100 characters are 300 bytes.
    expect(feedSelection(items, () => '中'.repeat(100), { budget: 600 })).toHaveLength(2);
  });

  it('always carries the newest article, however long', () => {
    expect(feedSelection(items, () => 'x'.repeat(10_000), { budget: 100 }).map((item) => item.n)).toEqual([0]);
  });
});

describe('the feed at scale', () => {
  /** The feed as the route writes it, from more articles than it carries, each of `han` characters. */
  async function feedOf(han: number): Promise<{ xml: string; count: number }> {
    const random = seededRandom(han);
    const articles = Array.from({ length: 80 }, (_, i) => {
      const paragraphs = Array.from({ length: 6 }, () => hanText(random, Math.round(han / 6)));
      return { slug: `wen-zhang-${i}`, headline: hanText(random, 14), standfirst: [], paragraphs };
    });
    const newest = articles.slice(0, FEED_ITEMS).map((article) => ({ article, html: articleHtml(article.standfirst, article.paragraphs.map((text) => ({ kind: 'paragraph' as const, text }))) }));
    const chosen = feedSelection(newest, (item) => item.html);
    const xml = await getRssString({
      title: '读报',
      description: '测试',
      site: 'https://dubao.example.cn',
      xmlns: { dc: 'http://purl.org/dc/elements/1.1/' },
      items: chosen.map(({ article, html }) => ({
        title: article.headline,
        link: `/articles/${article.slug}/`,
        description: article.paragraphs[0]!.slice(0, 80),
        content: html,
        categories: ['2026年3月5日 第13版 秀洲新闻'],
        pubDate: new Date('2026-03-05T00:00:00+08:00'),
        customData: '<dc:creator>张三</dc:creator>',
      })),
    });
    return { xml, count: chosen.length };
  }

  it('carries all 50 newest articles of ordinary length (800 characters) in under 100 KiB gzip', async () => {
    const { xml, count } = await feedOf(800);
    expect(count).toBe(50);
    expect(gzipSync(xml).length).toBeLessThan(100 * KiB);
  });

  it('carries fewer long articles (3,000 characters), and the file stays under 100 KiB gzip at its fullest', async () => {
    const { xml, count } = await feedOf(3000);
    expect(count).toBeLessThan(50);
    expect(count).toBeGreaterThan(10);
    expect(gzipSync(xml).length).toBeLessThan(100 * KiB);
  });
});
