import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { SITEMAP_FILE_URLS, sitemapAlternates, sitemapFiles, sitemapIndexXml, urlsetXml } from '../../src/lib/sitemap.ts';
import { seededRandom } from '../support/archive-fixture.ts';

const SITE = 'https://dubao.example.cn';

describe('sitemap files', () => {
  it('makes one file per chunk, numbered from 0, and none for an empty chunk', () => {
    const files = sitemapFiles([
      { name: 'pages', paths: ['/', '/editions/'] },
      { name: '2026', paths: ['/articles/a/'] },
      { name: 'undated', paths: [] },
    ]);
    expect(files).toEqual([
      { path: '/sitemap-pages-0.xml', paths: ['/', '/editions/'] },
      { path: '/sitemap-2026-0.xml', paths: ['/articles/a/'] },
    ]);
  });

  it('splits a chunk into files of at most the limit, keeping the order', () => {
    const paths = Array.from({ length: 7 }, (_, i) => `/articles/${i}/`);
    expect(sitemapFiles([{ name: '2026', paths }], 3).map((file) => [file.path, file.paths.length])).toEqual([
      ['/sitemap-2026-0.xml', 3],
      ['/sitemap-2026-1.xml', 3],
      ['/sitemap-2026-2.xml', 1],
    ]);
  });

  it('writes absolute URLs in the sitemap protocol’s namespace, escaped', () => {
    expect(urlsetXml(SITE, ['/', '/a&b/'])).toBe(
      `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>${SITE}/</loc></url><url><loc>${SITE}/a&amp;b/</loc></url></urlset>`,
    );
    expect(sitemapIndexXml(SITE, [{ path: '/sitemap-pages-0.xml', paths: [] }])).toBe(
      `<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>${SITE}/sitemap-pages-0.xml</loc></sitemap></sitemapindex>`,
    );
  });

  it('keeps every file under 100 KiB gzip at 100,000 articles, and the index short', () => {
    // Slugs like ingest's: up to six pinyin syllables.
    const random = seededRandom(7);
    const syllables = ['gong', 'shu', 'kai', 'ju', 'he', 'cheng', 'nong', 'shang', 'yin', 'hang', 'tui', 'dong', 'xin', 'min', 'cong', 'zhe', 'jiang', 'jia', 'xing', 'hai', 'yan'];
    const slug = (i: number) => `${Array.from({ length: 3 + Math.floor(random() * 4) }, () => syllables[Math.floor(random() * syllables.length)]).join('-')}-${i}`;
    const years = Array.from({ length: 3 }, (_, y) => ({
      name: String(2026 - y),
      paths: Array.from({ length: 36_500 }, (_, i) => `/articles/${slug(y * 40_000 + i)}/`),
    }));
    const files = sitemapFiles(years);
    expect(files.length).toBe(3 * Math.ceil(36_500 / SITEMAP_FILE_URLS));
    for (const file of files) expect(gzipSync(urlsetXml(SITE, file.paths)).length).toBeLessThan(100 * 1024);
    expect(gzipSync(sitemapIndexXml(SITE, files)).length).toBeLessThan(2 * 1024);
  });
});

describe('sitemaps of both editions', () => {
  it('lists each URL with its zh-Hans, zh-Hant and x-default alternates', () => {
    expect(urlsetXml(SITE, ['/zh-hant/articles/a/'], sitemapAlternates)).toBe(
      `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml"><url><loc>${SITE}/zh-hant/articles/a/</loc>` +
        `<xhtml:link rel="alternate" hreflang="zh-Hans" href="${SITE}/articles/a/"/><xhtml:link rel="alternate" hreflang="zh-Hant" href="${SITE}/zh-hant/articles/a/"/>` +
        `<xhtml:link rel="alternate" hreflang="x-default" href="${SITE}/articles/a/"/></url></urlset>`,
    );
  });

  it('keeps every file under 100 KiB gzip at 10,000 articles a year, alternates included', () => {
    const random = seededRandom(11);
    const syllables = ['gong', 'shu', 'kai', 'ju', 'he', 'cheng', 'nong', 'shang', 'yin', 'hang', 'tui', 'dong', 'xin', 'min', 'cong', 'zhe', 'jiang', 'jia', 'xing', 'hai', 'yan'];
    const slug = (i: number) => `${Array.from({ length: 3 + Math.floor(random() * 4) }, () => syllables[Math.floor(random() * syllables.length)]).join('-')}-${i}`;
    const paths = Array.from({ length: 10_000 }, (_, i) => `/articles/${slug(i)}/`);
    const files = sitemapFiles([
      { name: '2026', paths },
      { name: 'zh-hant-2026', paths: paths.map((path) => `/zh-hant${path}`) },
    ]);
    for (const file of files) expect(gzipSync(urlsetXml(SITE, file.paths, sitemapAlternates)).length, file.path).toBeLessThan(100 * 1024);
  });
});
