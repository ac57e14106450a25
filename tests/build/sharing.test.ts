/** Links that share well: canonical URLs, previews, structured data, feed, sitemap, author pages. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { site } from '../../src/site.ts';
import { builtPages, fileForPath, loadPage, textOf } from '../support/dist.ts';
import { distDir } from '../support/paths.ts';

const pages = builtPages();
const articles = pages.filter((path) => path.startsWith('/articles/'));
const absolute = (path: string) => new URL(path, site.url).href;
const meta = (doc: Document, key: string) => doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content');
/** A URL of this site, as the path of the built file behind it. */
const localPath = (url: string) => {
  expect(url.startsWith(`${site.url}/`), url).toBe(true);
  return new URL(url).pathname;
};
const pngSize = (path: string) => {
  const bytes = readFileSync(fileForPath(path));
  expect(bytes.subarray(1, 4).toString()).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
};
/** The page's one JSON-LD script (schema.org): the nodes of its @graph. */
const jsonLd = (doc: Document) => {
  const scripts = [...doc.querySelectorAll('script[type="application/ld+json"]')];
  expect(scripts).toHaveLength(1);
  const data = JSON.parse(scripts[0]!.textContent ?? '') as { '@context': string; '@graph': Record<string, any>[] };
  expect(data['@context']).toBe('https://schema.org');
  return data['@graph'];
};
const xml = (file: string) => new DOMParser().parseFromString(readFileSync(join(distDir, file), 'utf8'), 'text/xml') as unknown as Document;

describe('canonical URLs', () => {
  // The 404 page and /offline/ (what this browser saved, served for a page not saved) are nobody's to index.
  it.each(pages.filter((p) => !['/404.html', '/zh-hant/404.html', '/offline/', '/zh-hant/offline/'].includes(p)))('%s has one absolute canonical URL with a trailing slash', (path) => {
    const links = loadPage(path).querySelectorAll('link[rel="canonical"]');
    expect(links).toHaveLength(1);
    expect(links[0]!.getAttribute('href')).toBe(absolute(path));
    expect(absolute(path).endsWith('/')).toBe(true);
  });

  it.each(['/404.html', '/zh-hant/404.html', '/offline/', '/zh-hant/offline/'])('keeps %s out of search engines', (path) => {
    const doc = loadPage(path);
    expect(meta(doc, 'robots')).toBe('noindex');
    expect(doc.querySelector('link[rel="canonical"]')).toBeNull();
  });

  it('writes every internal link with a trailing slash', () => {
    for (const path of pages) {
      for (const a of loadPage(path).querySelectorAll('a[href^="/"]')) {
        const href = a.getAttribute('href')!.split(/[?#]/u)[0]!;
        if (!/\.[a-z]+$/u.test(href)) expect(href.endsWith('/'), `${path}: ${href}`).toBe(true);
      }
    }
  });
});

describe('link previews', () => {
  it.each(articles)('%s: title, description, Open Graph and Twitter card agree with the page', (path) => {
    const doc = loadPage(path);
    const headline = textOf(doc.querySelector('h1'));
    const description = meta(doc, 'description')!;
    expect(textOf(doc.querySelector('title'))).toBe(`${headline} | ${site.name}`);
    expect(description.length).toBeGreaterThan(10);
    expect(meta(doc, 'og:type')).toBe('article');
    expect(meta(doc, 'og:title')).toBe(headline);
    expect(meta(doc, 'og:description')).toBe(description);
    expect(meta(doc, 'og:url')).toBe(absolute(path));
    expect(meta(doc, 'og:locale')).toBe('zh_CN');
    expect(meta(doc, 'og:site_name')).toBe(site.name);
    expect(meta(doc, 'og:image')).toBe(absolute(`/og${path.replace(/\/$/u, '')}.png`));
    expect(meta(doc, 'og:image:alt')).toContain(headline);
    // X falls back to og:title, og:description and og:image; only the card type is its own.
    expect(meta(doc, 'twitter:card')).toBe('summary_large_image');
    expect(doc.querySelectorAll('meta[name^="twitter:"]')).toHaveLength(1);
  });

  it.each([...articles.map((p) => `/og${p.replace(/\/$/u, '')}.png`), '/og/site.png'])('%s is a 1200×630 PNG', (path) => {
    expect(pngSize(path)).toEqual([1200, 630]);
  });

  it('gives other pages the site preview', () => {
    for (const path of ['/', '/editions/', '/editions/undated/', '/search/'].filter((p) => pages.includes(p))) {
      expect(meta(loadPage(path), 'og:type')).toBe('website');
      expect(meta(loadPage(path), 'og:image')).toBe(absolute('/og/site.png'));
    }
  });
});

describe('structured data', () => {
  it.each(articles)('%s: NewsArticle and BreadcrumbList parse and agree with the visible page', (path) => {
    const doc = loadPage(path);
    const [article, breadcrumbs] = jsonLd(doc);
    expect(article!['@type']).toBe('NewsArticle');
    expect(article!.headline).toBe(textOf(doc.querySelector('h1')));
    const kicker = textOf(doc.querySelector('hgroup .kicker'));
    if (kicker) expect(article!.alternativeHeadline).toBe(kicker);
    else expect(article!.alternativeHeadline).toBeUndefined();
    expect(article!.inLanguage).toBe('zh-CN');
    expect(article!.url).toBe(absolute(path));
    // Said once, by the meta tags: no description or mainEntityOfPage repeating them.
    expect(article!.description).toBeUndefined();
    expect(article!.mainEntityOfPage).toBeUndefined();
    const bylineLinks = [...doc.querySelectorAll('.byline a')];
    expect(article!.author).toEqual(bylineLinks.map((a) => ({ '@type': 'Person', name: textOf(a), url: absolute(a.getAttribute('href')!) })));
    expect(article!.isPartOf).toMatchObject({ '@type': 'PublicationIssue', name: textOf(doc.querySelector('header .meta a')) });
    expect(article!.image).toEqual([meta(doc, 'og:image')]);
    expect(article!.publisher.name).toBe(site.name);
    // The page states no date, so none is claimed.
    expect(article!.datePublished).toBeUndefined();
    expect(article!.dateModified).toBeUndefined();
    expect(breadcrumbs!['@type']).toBe('BreadcrumbList');
    const crumbs = breadcrumbs!.itemListElement as { position: number; name: string; item: string }[];
    expect(crumbs.map((c) => c.position)).toEqual([1, 2, 3]);
    expect(crumbs.at(-1)).toMatchObject({ name: article!.headline, item: absolute(path) });
    expect(crumbs[1]!.item).toBe(absolute(doc.querySelector('.breadcrumbs a[href^="/editions/"]')!.getAttribute('href')!));
    for (const url of [...crumbs.map((c) => c.item), ...article!.author.map((a: { url: string }) => a.url), ...article!.image]) expect(existsSync(fileForPath(localPath(url))), url).toBe(true);
  });
});

describe('the feed', () => {
  const feed = xml('rss.xml');
  const items = [...feed.querySelectorAll('item')];

  it('is advertised on every page', () => {
    for (const path of pages) {
      const feed = path.startsWith('/zh-hant/') ? '/zh-hant/rss.xml' : '/rss.xml';
      expect(loadPage(path).querySelector('link[rel="alternate"][type="application/rss+xml"]')?.getAttribute('href'), path).toBe(feed);
    }
  });

  it('holds the three articles with canonical links to built pages, authors and full text', () => {
    expect(items).toHaveLength(3);
    for (const item of items) {
      const link = textOf(item.querySelector('link'));
      const doc = loadPage(localPath(link));
      expect(link).toBe(doc.querySelector('link[rel="canonical"]')!.getAttribute('href'));
      expect(textOf(item.querySelector('title'))).toContain(textOf(doc.querySelector('h1')));
      const creators = [...item.getElementsByTagName('dc:creator')].map((c) => textOf(c));
      expect(creators).toEqual([...doc.querySelectorAll('.byline a')].map(textOf));
      const content = item.getElementsByTagName('content:encoded')[0]!.textContent!;
      const lastParagraph = [...doc.querySelectorAll('.article-body > p:not(.credit)')].map(textOf).at(-1)!;
      expect(content).toContain(lastParagraph);
    }
  });

  it('lists them newest edition first, in printed order (at most FEED_ITEMS: see tests/unit/feed.test.ts and archive.test.ts)', () => {
    expect(items.map((item) => localPath(textOf(item.querySelector('link'))))).toEqual([
      '/articles/gong-shu-kai-ju/',
      '/articles/he-cheng-nong-shang-yin-hang/',
      '/articles/tui-dong-xin-ju-min-cong/',
    ]);
  });

  it('claims no date the page does not state', () => {
    for (const item of items) expect(item.querySelector('pubDate')).toBeNull();
  });
});

describe('sitemap and robots.txt', () => {
  const index = xml('sitemap-index.xml');
  const sitemaps = [...index.querySelectorAll('sitemap > loc')].map((loc) => localPath(textOf(loc)));
  const listedIn = (file: string) => [...xml(file.slice(1)).querySelectorAll('url > loc')].map((loc) => localPath(textOf(loc)));

  it('lists every page but search, 404 and /offline/ in the sitemaps, each once, in both editions', () => {
    const listed = sitemaps.flatMap(listedIn);
    const unlisted = ['/404.html', '/search/', '/offline/', '/zh-hant/404.html', '/zh-hant/search/', '/zh-hant/offline/'];
    expect(listed.sort()).toEqual(pages.filter((p) => !unlisted.includes(p)).sort());
  });

  it('splits the sitemaps into chunks: other pages, then one per year, then the undated', () => {
    expect(sitemaps.length).toBeGreaterThan(0);
    for (const file of sitemaps) expect(file).toMatch(/^\/sitemap-(zh-hant-)?(pages|\d{4}|undated)-\d+\.xml$/u);
    expect(sitemaps[0]).toBe('/sitemap-pages-0.xml');
    expect(listedIn('/sitemap-pages-0.xml')).toContain('/');
    // The first page's record states no date (or its year's chunk holds it).
    const chunkOf = (path: string) => sitemaps.find((file) => listedIn(file).includes(path))!;
    const edition = chunkOf('/editions/newspaper-page/');
    expect(edition).toMatch(/^\/sitemap-(undated|\d{4})-0\.xml$/u);
    for (const path of articles) expect(chunkOf(path), path).toBe(edition);
  });

  it('points crawlers to the sitemap on the site URL', () => {
    const robots = readFileSync(join(distDir, 'robots.txt'), 'utf8');
    expect(robots).toContain(`Sitemap: ${absolute('/sitemap-index.xml')}`);
    expect(robots).toMatch(/^User-agent: \*$/mu);
  });
});

describe('author pages', () => {
  const authorPages = pages.filter((path) => path.startsWith('/authors/'));

  it('has a page for each of the four people the page names', () => {
    expect(authorPages.map((path) => textOf(loadPage(path).querySelector('h1'))).sort()).toEqual(['张焕楠', '柳景春', '沈震勤', '詹丽华'].sort());
  });

  it('describes an author by a few newest headlines, not all of them', () => {
    for (const path of authorPages) expect((meta(loadPage(path), 'description')!.match(/；/gu) ?? []).length, path).toBeLessThanOrEqual(2);
  });

  it('links every name in a byline to its page, which lists the article', () => {
    for (const path of articles) {
      const doc = loadPage(path);
      const headline = textOf(doc.querySelector('h1'));
      for (const link of doc.querySelectorAll('.byline a')) {
        const author = loadPage(link.getAttribute('href')!);
        expect(textOf(author.querySelector('h1'))).toBe(textOf(link));
        expect([...author.querySelectorAll('.item h2 a')].map((a) => [textOf(a), a.getAttribute('href')])).toContainEqual([headline, path]);
      }
    }
    expect(loadPage('/articles/gong-shu-kai-ju/').querySelectorAll('.byline a')).toHaveLength(2);
  });
});

describe('reading aids in the HTML', () => {
  it('gives every paragraph and subhead a link to itself, and keeps paragraph text as printed', () => {
    for (const path of articles) {
      const doc = loadPage(path);
      for (const element of doc.querySelectorAll('.standfirst p, .article-body > p:not(.credit), .article-body h2')) {
        const link = element.querySelector('a.self-link');
        expect(link?.getAttribute('href')).toBe(`#${element.id}`);
        expect(link?.textContent).toBe('');
        expect(link?.getAttribute('aria-label')).toBeTruthy();
      }
    }
  });

  it('keeps paragraph ids stable: numbered in reading order, the standfirst first', () => {
    const counts = Object.fromEntries(articles.map((path) => [path, loadPage(path).querySelectorAll('[id^="p-"]').length]));
    expect(counts).toEqual({ '/articles/gong-shu-kai-ju/': 22, '/articles/he-cheng-nong-shang-yin-hang/': 8, '/articles/tui-dong-xin-ju-min-cong/': 6 });
    expect(textOf(loadPage('/articles/gong-shu-kai-ju/').querySelector('#p-5'))).toMatch(/^作为浙江商贸第一区/u);
  });

  it('lists the subheads of article 1 as a table of contents, and adds none where there are no subheads', () => {
    const doc = loadPage('/articles/gong-shu-kai-ju/');
    const toc = [...doc.querySelectorAll('.toc a')].map((a) => [textOf(a), a.getAttribute('href')]);
    expect(toc).toEqual([...doc.querySelectorAll('.article-body h2')].map((h2) => [textOf(h2), `#${h2.id}`]));
    expect(toc).toHaveLength(3);
    expect(loadPage('/articles/tui-dong-xin-ju-min-cong/').querySelector('.toc')).toBeNull();
  });

  it('shows reading progress only on long articles', () => {
    expect(loadPage('/articles/gong-shu-kai-ju/').querySelector('.reading-progress')).not.toBeNull();
    expect(loadPage('/articles/tui-dong-xin-ju-min-cong/').querySelector('.reading-progress')).toBeNull();
  });

  it('keeps script-only controls hidden in the HTML', () => {
    const doc = loadPage('/articles/gong-shu-kai-ju/');
    expect(doc.querySelector('.share-tools')?.hasAttribute('hidden')).toBe(true);
    expect(doc.querySelector('.reader-settings')?.hasAttribute('hidden')).toBe(true);
  });
});
