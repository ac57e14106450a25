/**
 * The archive at more than a page: a copy of the site built from 108 made-up
 * articles on 36 pages over three months and two years (tests/support/archive-fixture.ts).
 * Calendars, year pages, the undated list, the home page's index of the day,
 * author pagination, the feed's cap and the sitemaps by year, for real; and
 * every page valid, reachable and small.
 */
import { existsSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { DOMParser } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareEditionsNewestFirst } from '../../src/lib/editions.ts';
import { FEED_ITEMS } from '../../src/lib/feed.ts';
import { AUTHOR_PAGE_SIZE } from '../../src/lib/pagination.ts';
import { site } from '../../src/site.ts';
import { UNLABELLED_DAY, writeArchive, type FixtureArchive } from '../support/archive-fixture.ts';
import { astroBuild, makeSiteCopy } from '../support/astro.ts';
import { reachablePages } from '../support/crawl.ts';
import { builtPages, fileForPath, loadPage, readPage, textOf } from '../support/dist.ts';

let root: string;
let dist: string;
let fixture: FixtureArchive;
let buildOutput: string;
beforeAll(() => {
  const copy = makeSiteCopy();
  root = copy.root;
  fixture = writeArchive(copy.contentDir);
  const build = astroBuild(root);
  expect(build.ok, build.output).toBe(true);
  buildOutput = build.output;
  dist = join(root, 'dist');
});
afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

const page = (path: string) => loadPage(path, dist);
const hrefs = (doc: ParentNode, selector: string) => [...doc.querySelectorAll(selector)].map((a) => a.getAttribute('href'));
const xml = (path: string) => new DOMParser().parseFromString(readFileSync(join(dist, path), 'utf8'), 'text/xml') as unknown as Document;
const localPath = (url: string) => new URL(url).pathname;
/** Every article in reading order: newest edition first, printed order within it. */
const readingOrder = () =>
  fixture.pages
    .map((p, index) => ({ ...p, sequence: index + 1 }))
    .sort(compareEditionsNewestFirst)
    .flatMap((p) => p.articles.map((a) => `/articles/${a.slug}/`));

describe('the archive by year and month', () => {
  it('opens with the latest month’s calendar, the years with their months, and the undated pages', () => {
    const doc = page('/editions/');
    expect(textOf(doc.querySelector('.edition-head .meta'))).toMatch(/^共 \d+ 个版面，2025年至2026年$/u);
    expect(textOf(doc.querySelector('#latest-month-title'))).toBe('最近一月：2026年3月');
    expect(textOf(doc.querySelector('.calendar caption'))).toBe('2026年3月（共 12 个版面）');
    expect(hrefs(doc, '.archive-year')).toEqual(['/editions/2026/', '/editions/2025/']);
    expect(hrefs(doc, '.archive-months a')).toEqual(['/editions/2026/01/', '/editions/2026/03/', '/editions/2025/12/']);
    expect(textOf(doc.querySelector('a[href="/editions/undated/"]'))).toBe('3 个版面没有印出日期');
  });

  it('gives each year its months with their days and pages, and links the year before', () => {
    const doc = page('/editions/2026/');
    expect(textOf(doc.querySelector('h1'))).toBe('2026年往期版面');
    expect([...doc.querySelectorAll('.item')].map((item) => [item.querySelector('a')?.getAttribute('href'), textOf(item.querySelector('.meta'))])).toEqual([
      ['/editions/2026/01/', '3 天 · 9 个版面'],
      ['/editions/2026/03/', '4 天 · 12 个版面'],
    ]);
    expect(hrefs(doc, '.prev-next a')).toEqual(['/editions/2025/']);
    expect(hrefs(page('/editions/2025/'), '.prev-next a')).toEqual(['/editions/2026/']);
  });

  it('builds no page for a month or year without pages', () => {
    const built = builtPages(dist).filter((path) => /^\/editions\/\d{4}\//u.test(path));
    expect(built).toEqual(['/editions/2025/', '/editions/2025/12/', '/editions/2026/', '/editions/2026/01/', '/editions/2026/03/']);
  });
});

describe('the build', () => {
  it('prints nothing that looks like a failure: no warning (the bundler’s one about Astro’s “use astro:head-inject” included)', () => {
    expect(buildOutput.split('\n').filter((line) => /\bWARN|warn|ERROR|\berror\b/u.test(line))).toEqual([]);
  });
});

describe('turning the paper on a 版面', () => {
  const turn = (id: string) =>
    Object.fromEntries([...page(`/editions/${id}/`).querySelectorAll('.turn-pages a')].map((a) => [textOf(a.querySelector('.label')), a.getAttribute('href')]));

  it('links the page before and after on the same day, and the front page of the day before and after', () => {
    expect(turn('2026-03-03-2')).toEqual({
      上一版: '/editions/2026-03-03-1/',
      下一版: '/editions/2026-03-03-3/',
      前一天: '/editions/2026-03-02-1/',
      后一天: '/editions/2026-03-04-1/',
    });
  });

  it('skips the days with no pages and stops at the first and the last day', () => {
    expect(turn('2026-03-02-1')).toEqual({ 下一版: '/editions/2026-03-02-2/', 前一天: '/editions/2026-01-20-x3/', 后一天: '/editions/2026-03-03-1/' });
    expect(turn('2025-12-28-1')).toEqual({ 下一版: '/editions/2025-12-28-2/', 后一天: '/editions/2025-12-29-1/' });
    expect(turn('2026-03-05-3')).toEqual({ 上一版: '/editions/2026-03-05-2/', 前一天: '/editions/2026-03-04-1/' });
  });

  it('names a page by its printed label, and one with no label by its name, never by an invented number', () => {
    const names = (id: string) => [...page(`/editions/${id}/`).querySelectorAll('.turn-pages a')].map((a) => textOf(a).replace(textOf(a.querySelector('.label')), ''));
    expect(names('2026-03-03-2').slice(0, 2)).toEqual(['第1版 要闻', '第3版 副刊']);
    expect(names('2026-01-20-x2').slice(0, 2).every((name) => !/第\d+版/u.test(name))).toBe(true);
  });

  it('shows the paper, date, page and section the header gave', () => {
    expect(textOf(page('/editions/2026-03-03-2/').querySelector('.edition-head .meta'))).toBe('2026年3月3日星期二 · 第2版 · 综合');
  });

  it('offers no turning on a page with no printed date', () => {
    expect(page('/editions/wu-ri-qi-1/').querySelector('.turn-pages')).toBeNull();
  });
});

describe('a month’s calendar', () => {
  const calendar = () => page('/editions/2026/03/');
  const cell = (doc: Document, day: number) =>
    [...doc.querySelectorAll('tbody td')].find((td) => textOf(td.querySelector('.calendar-date')) === String(day))!;

  it('is a table with a caption and a column head for each weekday, Monday first', () => {
    const doc = calendar();
    expect(textOf(doc.querySelector('h1'))).toBe('2026年3月往期版面');
    const heads = [...doc.querySelectorAll('thead th')];
    expect(heads.map((th) => [textOf(th), th.getAttribute('scope'), th.querySelector('abbr')?.getAttribute('title')])).toEqual(
      ['一', '二', '三', '四', '五', '六', '日'].map((day) => [day, 'col', `星期${day}`]),
    );
    // March 2026 begins on a Sunday: six empty cells, then the 1st; six weeks in all.
    const rows = [...doc.querySelectorAll('tbody tr')];
    expect(rows).toHaveLength(6);
    expect([...rows[0]!.querySelectorAll('td')].map((td) => textOf(td))).toEqual(['', '', '', '', '', '', '1']);
  });

  it('links each day’s pages by page label, named in full, and leaves days without pages unlinked', () => {
    const doc = calendar();
    const fifth = cell(doc, 5);
    expect([...fifth.querySelectorAll('a')].map((a) => [textOf(a), a.getAttribute('href'), a.getAttribute('aria-label')])).toEqual([
      ['1', '/editions/2026-03-05-1/', '3月5日 第1版 要闻'],
      ['2', '/editions/2026-03-05-2/', '3月5日 第2版 综合'],
      ['3', '/editions/2026-03-05-3/', '3月5日 第3版 副刊'],
    ]);
    for (const day of [1, 6, 31]) expect(cell(doc, day).querySelector('a'), `day ${day}`).toBeNull();
    expect(doc.querySelectorAll('tbody a')).toHaveLength(12);
  });

  it('labels pages that print no page label by their place in the day', () => {
    const day = Number(UNLABELLED_DAY.slice(8));
    const links = [...cell(page('/editions/2026/01/'), day).querySelectorAll('a')];
    expect(links.map((a) => textOf(a))).toEqual(['(1)', '(2)', '(3)']);
    expect(links[0]!.getAttribute('aria-label')).toBe(`1月${day}日 第 1 个版面`);
  });

  it('links the months with pages before and after it, skipping empty months', () => {
    expect(hrefs(calendar(), '.prev-next a')).toEqual(['/editions/2026/01/']);
    expect(hrefs(page('/editions/2026/01/'), '.prev-next a')).toEqual(['/editions/2025/12/', '/editions/2026/03/']);
    expect(hrefs(page('/editions/2025/12/'), '.prev-next a')).toEqual(['/editions/2026/01/']);
  });
});

describe('the undated pages', () => {
  it('lists them newest ingested first', () => {
    expect(hrefs(page('/editions/undated/'), '.item h2 a')).toEqual(['/editions/wu-ri-qi-3/', '/editions/wu-ri-qi-2/', '/editions/wu-ri-qi-1/']);
  });
});

describe('the home page', () => {
  it('shows the latest front page, and the other pages of its day as a short index', () => {
    const doc = page('/');
    expect(textOf(doc.querySelector('h1'))).toBe('2026年3月5日 第1版 要闻');
    const index = doc.querySelector('nav.day-index')!;
    expect(textOf(index.querySelector('h2'))).toBe('本日版面');
    expect([...index.querySelectorAll('li')].map((li) => [textOf(li), li.querySelector('a')?.getAttribute('href') ?? null])).toEqual([
      ['第1版 要闻（本页）', null],
      ['第2版 综合', '/editions/2026-03-05-2/'],
      ['第3版 副刊', '/editions/2026-03-05-3/'],
    ]);
    expect(hrefs(index, 'p a')).toEqual(['/editions/2026/03/']);
  });
});

describe('author pages', () => {
  const authorBase = () => {
    const path = builtPages(dist).find((p) => /^\/authors\/[^/]+\/$/u.test(p) && textOf(page(p).querySelector('h1')) === fixture.prolific);
    expect(path).toBeDefined();
    return path!;
  };
  const written = () => readingOrder().filter((path) => textOf(page(path).querySelector('.byline')).includes(fixture.prolific));

  it(`shows ${AUTHOR_PAGE_SIZE} articles a page, newest first, the first page at the author’s URL`, () => {
    const base = authorBase();
    const all = written();
    expect(all).toHaveLength(54);
    const pages = [base, `${base}2/`, `${base}3/`];
    expect(builtPages(dist).filter((p) => p.startsWith(base))).toEqual(pages);
    expect(pages.flatMap((p) => hrefs(page(p), '.item h2 a'))).toEqual(all);
    expect(page(base).querySelectorAll('.item')).toHaveLength(AUTHOR_PAGE_SIZE);
    expect(textOf(page(`${base}3/`).querySelector('title'))).toBe(`${fixture.prolific}的文章（第 3 页，共 3 页） | ${site.name}`);
  });

  it('has page links: previous, numbers with the current marked, next', () => {
    const base = authorBase();
    const nav = (path: string) => page(path).querySelector('nav.pagination')!;
    const links = (path: string) => [...nav(path).querySelectorAll('a')].map((a) => [textOf(a), a.getAttribute('href'), a.getAttribute('aria-current')]);
    expect(nav(base).getAttribute('aria-label')).toBe('分页');
    expect(links(base)).toEqual([
      ['1', base, 'page'],
      ['2', `${base}2/`, null],
      ['3', `${base}3/`, null],
      ['下一页', `${base}2/`, null],
    ]);
    expect(links(`${base}2/`)).toEqual([
      ['上一页', base, null],
      ['1', base, null],
      ['2', `${base}2/`, 'page'],
      ['3', `${base}3/`, null],
      ['下一页', `${base}3/`, null],
    ]);
  });

  it('describes the author by the newest three headlines only', () => {
    const description = page(authorBase()).querySelector('meta[name="description"]')!.getAttribute('content')!;
    expect(description.startsWith(`${fixture.prolific}署名的 54 篇文章：`)).toBe(true);
    expect(description.split('；')).toHaveLength(3);
  });
});

describe('the feed', () => {
  it(`carries the newest ${FEED_ITEMS} articles, newest edition first, in printed order`, () => {
    const links = [...xml('rss.xml').querySelectorAll('item > link')].map((link) => localPath(textOf(link)));
    expect(links).toEqual(readingOrder().slice(0, FEED_ITEMS));
  });
});

describe('sitemaps', () => {
  const files = () => [...xml('sitemap-index.xml').querySelectorAll('sitemap > loc')].map((loc) => localPath(textOf(loc)));
  const listed = (file: string) => [...xml(file.slice(1)).querySelectorAll('url > loc')].map((loc) => localPath(textOf(loc)));

  it('has one file for other pages, one per year and one for the undated', () => {
    const simplified = ['/sitemap-pages-0.xml', '/sitemap-2026-0.xml', '/sitemap-2025-0.xml', '/sitemap-undated-0.xml'];
    expect(files()).toEqual([...simplified, ...simplified.map((file) => file.replace('/sitemap-', '/sitemap-zh-hant-'))]);
  });

  it('puts each page and its articles in the chunk of its date, and lists every page once', () => {
    for (const p of fixture.pages) {
      const chunk = `/sitemap-${p.date?.slice(0, 4) ?? 'undated'}-0.xml`;
      const urls = listed(chunk);
      for (const path of [`/editions/${p.id}/`, ...p.articles.map((a) => `/articles/${a.slug}/`)]) expect(urls, `${path} in ${chunk}`).toContain(path);
    }
    expect(listed('/sitemap-pages-0.xml')).toEqual(expect.arrayContaining(['/', '/editions/', '/editions/2026/03/', '/editions/undated/']));
    const all = files().flatMap(listed);
    const unlisted = ['/404.html', '/search/', '/offline/', '/zh-hant/404.html', '/zh-hant/search/', '/zh-hant/offline/'];
    expect(all.sort()).toEqual(builtPages(dist).filter((p) => !unlisted.includes(p)).sort());
  });
});

describe('every page of the archive', () => {
  const validator = new HtmlValidate(new FileSystemConfigLoader());

  it('is valid HTML', async () => {
    for (const path of builtPages(dist)) {
      const report = await validator.validateString(readPage(path, dist), fileForPath(path, dist));
      expect(report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`)), path).toEqual([]);
    }
  });

  it('is reachable from the home page, and links only to pages that exist', () => {
    const reached = reachablePages(dist);
    expect(builtPages(dist).filter((path) => !['/404.html', '/zh-hant/404.html'].includes(path) && !reached.has(path))).toEqual([]);
    for (const path of builtPages(dist)) {
      for (const href of hrefs(page(path), 'a[href^="/"]')) expect(existsSync(fileForPath(href!, dist)), `${path} → ${href}`).toBe(true);
    }
  });

  it('is under 100 KiB gzip, HTML and XML alike', () => {
    const sizes: [string, number][] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (/\.(html|xml)$/u.test(name)) sizes.push([relative(dist, path), gzipSync(readFileSync(path)).length]);
      }
    };
    walk(dist);
    expect(sizes.length).toBeGreaterThan(150);
    for (const [file, size] of sizes) expect(size, file).toBeLessThan(100 * 1024);
  });
});
