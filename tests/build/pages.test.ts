/** Every built page: language, headings, links; the home, edition, archive and 404 pages; the stylesheet. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { monthLabel } from '../../src/lib/archive-calendar.ts';
import { headScript } from '../../src/lib/theme-init.ts';
import { builtPages, fileForPath, loadPage, textOf } from '../support/dist.ts';
import { distDir, projectRoot } from '../support/paths.ts';

const pages = builtPages();
const articlePaths = pages.filter((path) => path.startsWith('/articles/'));
const HEADLINES = ['拱墅开局：以实干争先，以创新致远', '禾城农商银行：金融活水润田畴 护航春耕赋能乡村振兴', '推动新居民从“融得进”向“过得好”提升'];
/** The first page's printed date, if its record states one: it decides where the archive lists it. */
const firstPageDate = (parse(readFileSync(join(projectRoot, 'content/editions/newspaper-page.yaml'), 'utf8')) as { date?: string }).date;

describe('every page', () => {
  it('builds the home, three articles, the edition, the archive, search and a 404 page', () => {
    const archivePage = firstPageDate ? `/editions/${firstPageDate.slice(0, 4)}/${firstPageDate.slice(5, 7)}/` : '/editions/undated/';
    expect(pages).toEqual(
      expect.arrayContaining(['/', '/404.html', '/editions/', archivePage, '/editions/newspaper-page/', '/search/', ...articlePaths]),
    );
    expect(articlePaths).toHaveLength(3);
  });

  it.each(pages)('%s is Chinese, has one h1, a title, a description and a viewport', (path) => {
    const doc = loadPage(path);
    expect(doc.documentElement.getAttribute('lang')).toBe(path.startsWith('/zh-hant/') ? 'zh-Hant' : 'zh-CN');
    expect(doc.querySelectorAll('h1')).toHaveLength(1);
    expect(textOf(doc.querySelector('title'))).not.toBe('');
    expect(doc.querySelector('meta[name="description"]')?.getAttribute('content')).toBeTruthy();
    expect(doc.querySelector('meta[name="viewport"]')?.getAttribute('content')).toContain('width=device-width');
    expect(doc.querySelector('meta[charset]')?.getAttribute('charset')).toBe('utf-8');
  });

  it.each(pages)('%s links only to pages and files that exist', (path) => {
    const doc = loadPage(path);
    const targets = [...doc.querySelectorAll('a[href], link[href]')].map((el) => el.getAttribute('href')!);
    for (const href of targets.filter((h) => h.startsWith('/'))) {
      expect(existsSync(fileForPath(href)), `${path} → ${href}`).toBe(true);
    }
  });

  // A module script (what Astro makes of a processed <script>) waits for the whole page to be
  // parsed, so a frame with the wrong theme could be painted first; a classic script in <head> blocks.
  it.each(pages)('%s applies the saved theme and text size from a parser-blocking script in <head>', (path) => {
    const doc = loadPage(path);
    const first = doc.head.querySelector('script');
    expect(first?.textContent).toBe(headScript);
    expect(first?.getAttributeNames()).toEqual([]);
  });

  // Only the search page needs script, for its results (it says so without it).
  it.each(pages.filter((path) => !['/search/', '/zh-hant/search/'].includes(path)))('%s needs no script to show its text', (path) => {
    expect(loadPage(path).querySelectorAll('script[src]')).toHaveLength(0);
  });
});

describe('the home page', () => {
  const doc = loadPage('/');
  const items = [...doc.querySelectorAll('.item')];

  it('shows the latest edition front: every item in printed order', () => {
    expect(items.map((item) => textOf(item.querySelector('h2')))).toEqual([...HEADLINES, '让城市“轻”下来']);
  });

  it('gives each article its kicker, linked headline, byline, lead and reading time', () => {
    const [first, second, third] = items;
    expect(first!.querySelector('h2 a')?.getAttribute('href')).toMatch(/^\/articles\/[a-z0-9-]+\/$/u);
    expect(textOf(first!.querySelector('.lead'))).toBe('2026年的春天，杭州市拱墅区站在了“十五五”谋篇开局的关键节点。');
    expect(textOf(first!.querySelector('.meta'))).toMatch(/^詹丽华 柳景春 · 约 \d+ 分钟读完$/u);
    expect(textOf(second!.querySelector('.lead')).startsWith('春回大地，万象更新')).toBe(true);
    expect(textOf(third!.querySelector('.kicker'))).toBe('海盐经开区');
    expect(textOf(third!.querySelector('.meta'))).toMatch(/^沈震勤 · 约 \d+ 分钟读完$/u);
  });

  it('lists the other pages of the day when the page is dated, and nothing when it is not', () => {
    const index = doc.querySelector('nav.day-index');
    if (!firstPageDate) {
      expect(index).toBeNull();
      return;
    }
    expect(textOf(index?.querySelector('h2'))).toBe('本日版面');
    expect(index?.querySelector(`a[href="/editions/${firstPageDate.slice(0, 4)}/${firstPageDate.slice(5, 7)}/"]`)).not.toBeNull();
  });

  it('counts the page honestly: 3 articles and 1 headline whose body is not on the page', () => {
    expect(textOf(doc.querySelector('.edition-head .meta'))).toMatch(/本版 3 篇文章 · 1 则标题 · 版面目录$/u);
  });

  it('calls the home page the latest edition in the header, never today’s, since no page says what day it is', () => {
    const home = doc.querySelector('.site-nav a[href="/"]');
    expect(textOf(home)).toBe('最新版面');
    expect(textOf(doc.querySelector('.site-header'))).not.toContain('今日');
  });

  it('shows the fourth headline without a link and without invented text', () => {
    const last = items[3]!;
    expect(textOf(last.querySelector('.kicker'))).toBe('垃圾分类');
    expect(last.querySelector('a')).toBeNull();
    expect(textOf(last.querySelector('.lead'))).toBe('');
  });
});

describe('article pages', () => {
  const docs = articlePaths.map((path) => ({ path, doc: loadPage(path) }));
  const byHeadline = (headline: string) => docs.find(({ doc }) => textOf(doc.querySelector('h1')) === headline)!;

  it('reads about 400 Chinese characters a minute', () => {
    const { doc } = byHeadline(HEADLINES[0]!);
    const text = [...doc.querySelectorAll('.standfirst p, .article-body p, .article-body h2, figcaption')].map(textOf).join('');
    const han = text.match(/\p{Script=Han}/gu)!.length;
    expect(han).toBeGreaterThan(2500);
    expect(textOf(doc.querySelector('header .meta'))).toContain(`约 ${Math.ceil(han / 400)} 分钟读完`);
  });

  it('links the previous and next article in printed order and the edition page', () => {
    const [a, b, c] = HEADLINES.map(byHeadline);
    const rel = (doc: Document, kind: string) => doc.querySelector(`a[rel="${kind}"]`)?.getAttribute('href');
    expect(rel(a!.doc, 'prev')).toBeUndefined();
    expect(rel(a!.doc, 'next')).toBe(b!.path);
    expect(rel(b!.doc, 'prev')).toBe(a!.path);
    expect(rel(b!.doc, 'next')).toBe(c!.path);
    expect(rel(c!.doc, 'prev')).toBe(b!.path);
    expect(rel(c!.doc, 'next')).toBeUndefined();
    for (const { doc } of docs) expect(doc.querySelector('a[href="/editions/newspaper-page/"]')).not.toBeNull();
  });

  it('gives every paragraph a unique id in reading order', () => {
    for (const { doc } of docs) {
      const ids = [...doc.querySelectorAll('.standfirst p, .article-body > p:not(.credit)')].map((p) => p.id);
      expect(ids).toEqual(ids.map((_, i) => `p-${i + 1}`));
    }
  });

  it('shows the credit as a credit, also where caption and credit share a line', () => {
    const { doc } = byHeadline(HEADLINES[1]!);
    const figure = doc.querySelector('figure')!;
    expect(textOf(figure.querySelector('.credit'))).toBe('图片由禾城农商银行提供');
    expect(textOf(byHeadline(HEADLINES[0]!).doc.querySelector('.article-body > p.credit'))).toBe('图片由拱墅区委宣传部提供');
  });

  it('shows no publication date, since the page states none', () => {
    for (const { doc } of docs) expect(doc.querySelector('time')).toBeNull();
  });
});

describe('the edition page and the archive', () => {
  it('lists every item of the page in printed order, the fourth as a headline without body', () => {
    const doc = loadPage('/editions/newspaper-page/');
    const items = [...doc.querySelectorAll('.item')];
    expect(items.map((item) => textOf(item.querySelector('h2')))).toEqual([...HEADLINES, '让城市“轻”下来']);
    expect(items.slice(0, 3).every((item) => item.querySelector('h2 a'))).toBe(true);
    expect(textOf(items[3]!.querySelector('.kicker'))).toBe('垃圾分类');
    expect(textOf(items[3])).toContain('正文不在本版面上');
  });

  it('lists the edition in the archive: in its month’s calendar when dated, else among the undated pages', () => {
    const archive = loadPage('/editions/');
    if (firstPageDate) {
      const [year, month] = [firstPageDate.slice(0, 4), firstPageDate.slice(5, 7)];
      expect(archive.querySelector(`a[href="/editions/${year}/${month}/"]`)).not.toBeNull();
      const calendar = loadPage(`/editions/${year}/${month}/`);
      expect(textOf(calendar.querySelector('caption'))).toContain(monthLabel(year, month));
      expect(calendar.querySelector('td a[href="/editions/newspaper-page/"]')).not.toBeNull();
    } else {
      expect(textOf(archive.querySelector('a[href="/editions/undated/"]'))).toBe('1 个版面没有印出日期');
      const undated = loadPage('/editions/undated/');
      expect([...undated.querySelectorAll('.item h2 a')].map((a) => a.getAttribute('href'))).toEqual(['/editions/newspaper-page/']);
      // One page of undated editions needs no page links.
      expect(undated.querySelector('.pagination')).toBeNull();
    }
  });

  it('reads as the printed page: what the header gave (or that it gave nothing), honest counts, each item’s place and first sentence', () => {
    const doc = loadPage('/editions/newspaper-page/');
    const [facts, counts] = [...doc.querySelectorAll('.edition-head .meta')].map(textOf);
    expect(facts).toBe(firstPageDate ? expect.stringContaining('年') : '原版面未印出报名、日期和版次');
    expect(counts).toBe('本版 3 篇文章 · 1 则标题，按版面顺序排列');
    const items = [...doc.querySelectorAll('.item')];
    expect(items.map((item) => item.id)).toEqual(['item-1', 'item-2', 'item-3', 'item-4']);
    expect(items.map((item) => textOf(item.querySelector('.item-place')))).toEqual(['版面第 1 项 ·', '版面第 2 项 ·', '版面第 3 项 ·', '版面第 4 项 ·']);
    expect(textOf(items[0]!.querySelector('.lead'))).toBe('2026年的春天，杭州市拱墅区站在了“十五五”谋篇开局的关键节点。');
    expect(textOf(items[0]!.querySelector('.meta'))).toMatch(/詹丽华 柳景春 · 约 \d+ 分钟读完$/u);
  });

  it('has a page map: every item as a block in printed order, each linking to the item', () => {
    const doc = loadPage('/editions/newspaper-page/');
    const blocks = [...doc.querySelectorAll('.page-map li')];
    expect(blocks.map((block) => block.querySelector('a')?.getAttribute('href'))).toEqual(['#item-1', '#item-2', '#item-3', '#item-4']);
    expect(blocks.map((block) => textOf(block.querySelector('.page-map-headline')))).toEqual([...HEADLINES, '让城市“轻”下来']);
    expect(blocks[3]!.classList.contains('bodiless')).toBe(true);
    // An undated page has no day to turn from.
    if (!firstPageDate) expect(doc.querySelector('.turn-pages')).toBeNull();
  });

  it('lists the archive by year and month, and no year or month that has no page', () => {
    const years = pages.filter((path) => /^\/editions\/\d{4}\/$/u.test(path));
    const months = pages.filter((path) => /^\/editions\/\d{4}\/\d{2}\/$/u.test(path));
    expect(years).toEqual(firstPageDate ? [`/editions/${firstPageDate.slice(0, 4)}/`] : []);
    expect(months).toHaveLength(firstPageDate ? 1 : 0);
    const archive = loadPage('/editions/');
    for (const path of [...years, ...months]) expect(archive.querySelector(`a[href="${path}"]`), path).not.toBeNull();
  });

  it('has a 404 page that leads back', () => {
    const doc = loadPage('/404.html');
    expect(textOf(doc.querySelector('h1'))).toBe('找不到这个页面');
    expect(doc.querySelector('main a[href="/"]')).not.toBeNull();
  });
});

describe('the styles', () => {
  /** Each page's styles, inline in its <style> elements. */
  const stylesOf = (path: string) => [...loadPage(path).querySelectorAll('style')].map((style) => style.textContent ?? '').join('\n');
  const css = stylesOf('/articles/gong-shu-kai-ju/');

  it('are inline in every page, so a page is one request, and carry only what that page uses', () => {
    expect(existsSync(join(distDir, '_astro')) ? readdirSync(join(distDir, '_astro')).filter((name) => name.endsWith('.css')) : []).toEqual([]);
    for (const path of pages) {
      expect(loadPage(path).querySelectorAll('link[rel="stylesheet"]'), path).toHaveLength(0);
      expect(stylesOf(path), path).toMatch(/--text-base/u);
    }
    // The article needs no calendar or list rules; a list page no article rules.
    expect(css).not.toMatch(/\.calendar\b/u);
    expect(stylesOf('/editions/')).toMatch(/\.calendar\b/u);
    expect(stylesOf('/editions/')).not.toMatch(/\.standfirst\b/u);
    // The search page's own rules stay on the search page; the reading settings' panel styles come with its module.
    expect(css).not.toMatch(/\.search-(page|results|filters)\b|\.result-link\b/u);
    expect(stylesOf('/search/')).toMatch(/\.search-results\b/u);
    expect(css).not.toMatch(/\.reader-settings-panel\b/u);
  });

  it('sets Chinese text: strict line breaking, justified body, first-line indent', () => {
    expect(css).toMatch(/line-break:\s*strict/u);
    expect(css).toMatch(/text-align:\s*justify/u);
    expect(css).toMatch(/text-indent:\s*2em/u);
  });

  it('uses system font stacks, Latin faces first, then CJK faces, then a generic family, and no web fonts', () => {
    expect(css).not.toMatch(/url\(/u);
    for (const face of css.match(/@font-face\s*\{[^}]*\}/gu) ?? []) expect(face).toMatch(/src:\s*local\(/u);
    const stack = /--font-sans:\s*([^;]+);/u.exec(css)![1]!;
    // The first family only lends its full-width punctuation (a unicode-range of local CJK faces).
    const families = stack.split(',').map((f) => f.trim().replace(/["']/gu, '')).slice(1);
    expect(families.indexOf('Arial')).toBeLessThan(families.indexOf('PingFang SC'));
    expect(families.at(-1)).toBe('sans-serif');
  });

  it('prints just the article', () => {
    expect(css).toMatch(/@media print/u);
    expect(css).toMatch(/\.site-header[^{]*\{[^}]*display:\s*none/u);
  });
});
