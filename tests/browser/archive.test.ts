/**
 * The archive's pages in a real browser, on a copy of the site built from a
 * made-up archive of 108 articles (tests/support/archive-fixture.ts): the main
 * build's one undated page has no calendar, year page or second author page.
 * The same gates as quality.test.ts: axe (WCAG 2.2 AA) in both themes at phone
 * and desktop widths, visible keyboard focus, no sideways scrolling at 320 px.
 */
import { appendFileSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';
import { normalizeText } from '../../src/lib/search/normalize.ts';
import { queryKeys, routeText, textKeys } from '../../src/lib/search/route.ts';
import { compareVolumesNewestFirst } from '../../src/lib/search/volumes.ts';
import { writeArchive } from '../support/archive-fixture.ts';
import { astroBuild, makeSiteCopy } from '../support/astro.ts';
import { launchChromium, newPage } from '../support/browser.ts';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** One of each kind of archive page; the author 张三 has three pages. */
const PATHS = ['/', '/editions/', '/editions/2026/', '/editions/2026/03/', '/editions/2026/01/', '/editions/undated/', '/authors/zhang-san/', '/authors/zhang-san/2/'];

let root: string;
let server: StaticServer;
let browser: Browser;
beforeAll(async () => {
  const copy = makeSiteCopy();
  root = copy.root;
  const archive = writeArchive(copy.contentDir);
  // The oldest dated headline is printed again, in the text of newer articles in two other volumes:
  // every key of it is then in three volumes, and only the headline router can tell where it is a headline.
  const oldest = archive.pages.find((page) => page.date)!.articles[0]!;
  for (const page of [archive.pages.at(-1)!, archive.pages.find((page) => page.date?.startsWith('2026-01'))!]) {
    appendFileSync(join(copy.contentDir, 'articles', `${page.articles[0]!.slug}.mdx`), `\n据报道，${oldest.headline}。\n`);
  }
  const build = astroBuild(root);
  expect(build.ok, build.output).toBe(true);
  server = await serveStatic(join(root, 'dist'));
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

async function open(path: string, options: Parameters<typeof newPage>[1] = {}): Promise<Page> {
  const page = await newPage(browser, options);
  const response = await page.goto(new URL(path, server.url).href, { waitUntil: 'load' });
  expect(response?.status(), path).toBe(200);
  return page;
}

describe('archive pages: accessibility (axe, WCAG 2.2 AA)', () => {
  const cases = PATHS.flatMap((path) => (['light', 'dark'] as const).flatMap((colorScheme) => [360, 1280].map((width) => ({ path, colorScheme, width }))));
  it.each(cases)('$path in $colorScheme at $width px', async ({ path, colorScheme, width }) => {
    const page = await open(path, { colorScheme, viewport: { width, height: 900 } });
    const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
    await page.context().close();
  });
});

describe('archive pages: keyboard and layout', () => {
  it.each(PATHS)('%s: every link in the calendar and page links is visibly focused', async (path) => {
    const page = await open(path);
    const links = page.locator('.calendar a, .pagination a, .day-index a, .archive-months a');
    const count = await links.count();
    for (let i = 0; i < count; i++) {
      await links.nth(i).focus();
      const focused = await links.nth(i).evaluate((el) => {
        const style = getComputedStyle(el);
        return el === document.activeElement && (style.outlineStyle !== 'none' || style.boxShadow !== 'none');
      });
      expect(focused, `link ${i}`).toBe(true);
    }
    await page.context().close();
  });

  it.each(PATHS)('%s: no sideways scrolling at 320 px', async (path) => {
    const page = await open(path, { viewport: { width: 320, height: 700 } });
    const { scrollWidth, clientWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    await page.context().close();
  });
});

describe('search filters and sort across the archive (Pagefind’s own filters and sort)', () => {
  /** Opens a search URL and reads each result's printed date (from 2026年3月2日 in its meta line) and meta line. */
  async function filtered(params: string): Promise<{ dates: string[]; metas: string[]; page: Page; volumes: Set<string> }> {
    const page = await newPage(browser);
    const volumes = new Set<string>();
    page.on('request', (request) => {
      const volume = /\/pagefind\/v\/([^/]+)\//u.exec(new URL(request.url()).pathname)?.[1];
      if (volume) volumes.add(volume);
    });
    await page.goto(new URL(`/search/?${params}`, server.url).href, { waitUntil: 'load' });
    await page.waitForFunction(() => /^(找到|没有找到)/u.test(document.querySelector('#search-status')?.textContent ?? ''));
    const metas = await page.locator('.result .meta').allTextContents();
    const dates = metas.map((meta) => {
      const m = /(\d{4})年(\d{1,2})月(\d{1,2})日/u.exec(meta);
      return m ? `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}` : 'undated';
    });
    return { dates, metas, page, volumes };
  }

  it('keeps to a date range', async () => {
    const { dates, page, volumes } = await filtered('q=的&from=2026-03-02&to=2026-03-03');
    expect(dates.length).toBeGreaterThan(0);
    for (const date of dates) expect(['2026-03-02', '2026-03-03']).toContain(date);
    // Only the volume of those days is loaded, though fewer than 20 results would otherwise merge older ones.
    expect([...volumes]).toEqual(['2026-03-1']);
    expect(await page.textContent('#search-explain')).toContain('只看日期：2026-03-02 至 2026-03-03');
    await page.context().close();
  });

  it('sorts newest first on request, across volumes', async () => {
    const { dates, page } = await filtered('q=的&sort=date');
    expect(dates[0]).toBe('2026-03-05');
    expect([...dates].sort().reverse()).toEqual(dates);
    await page.context().close();
  });

  it('keeps to a date range and sorts it, an open end closed at the archive’s first day', async () => {
    const { dates, page } = await filtered('q=的&to=2025-12-31&sort=date');
    expect(dates.length).toBeGreaterThan(0);
    for (const date of dates) expect(date < '2026-01-01').toBe(true);
    expect([...dates].sort().reverse()).toEqual(dates);
    await page.context().close();
  });

  it('keeps to an author', async () => {
    const { metas, page } = await filtered(`q=的&author=${encodeURIComponent('李四')}`);
    expect(metas.length).toBeGreaterThan(0);
    for (const meta of metas) expect(meta).toContain('李四');
    await page.context().close();
  });

  it('keeps to a page of the paper', async () => {
    const { metas, page } = await filtered(`q=的&edition=${encodeURIComponent('第2版 综合')}`);
    expect(metas.length).toBeGreaterThan(0);
    for (const meta of metas) expect(meta).toContain('第2版 综合');
    expect(await page.locator('#search-filters select[name="edition"] option').allTextContents()).toContain('第2版 综合');
    await page.context().close();
  });
});

describe('search across the archive’s volumes', () => {
  /** Opens a search and waits for its answer; returns the count the status reports. */
  async function search(query: string): Promise<{ page: Page; found: number }> {
    const page = await open(`/search/?q=${encodeURIComponent(query)}`);
    await page.waitForFunction(() => /^(找到|没有找到)/u.test(document.querySelector('#search-status')?.textContent ?? ''));
    return { page, found: Number(/找到 (\d+) 篇/u.exec((await page.textContent('#search-status')) ?? '')?.[1] ?? 0) };
  }

  it('shows ten results at a time, and the next ten on 显示更多结果', async () => {
    const { page, found } = await search('的');
    expect(found).toBeGreaterThan(20);
    expect(await page.locator('.result').count()).toBe(10);
    expect(await page.textContent('#search-status')).toContain('先列出最相关的 10 篇');
    await page.click('#search-more');
    await page.waitForFunction(() => document.querySelectorAll('.result').length > 10);
    expect(await page.locator('.result').count()).toBe(20);
    await page.context().close();
  });

  it('stops at the newest volumes that answer enough, says so, and searches older ones on 搜索更早的版面', async () => {
    const { page, found } = await search('的');
    const status = (await page.textContent('#search-status')) ?? '';
    expect(status).toMatch(/（已搜索\d{4}年\d{1,2}月[上中下]旬以来的版面）/u);
    const earlier = page.locator('#search-earlier');
    expect(await earlier.isVisible()).toBe(true);
    expect(await earlier.textContent()).toMatch(/^搜索更早的版面（\d{4}年\d{1,2}月[上中下]旬及以前）$/u);
    const answered = Number(await page.getAttribute('#search-results', 'data-answered'));
    await earlier.click();
    await page.waitForFunction((before) => Number(document.querySelector('#search-results')?.getAttribute('data-answered')) > before, answered);
    const after = Number(/找到 (\d+) 篇/u.exec((await page.textContent('#search-status')) ?? '')?.[1] ?? 0);
    expect(after).toBeGreaterThan(found);
    await page.context().close();
  });

  /** Opens a search, recording which index volumes the page fetches. */
  async function searchRecording(query: string): Promise<{ page: Page; status: string; volumes: Set<string> }> {
    const page = await newPage(browser);
    const volumes = new Set<string>();
    page.on('request', (request) => {
      const volume = /\/pagefind\/v\/([^/]+)\//u.exec(new URL(request.url()).pathname)?.[1];
      if (volume) volumes.add(volume);
    });
    await page.goto(new URL(`/search/?q=${encodeURIComponent(query)}`, server.url).href, { waitUntil: 'load' });
    await page.waitForFunction(() => /^(找到|没有找到)/u.test(document.querySelector('#search-status')?.textContent ?? ''));
    return { page, status: (await page.textContent('#search-status')) ?? '', volumes };
  }

  it('fetches the entry file and metadata of a volume a query needs once each, from preloads the page adds when it knows the volume', async () => {
    const { page, volumes } = await searchRecording('的');
    const listed = JSON.parse((await page.textContent('#search-volumes'))!) as { id: string; path: string; meta: string }[];
    const fetched = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => ({ url: entry.name, by: (entry as PerformanceResourceTiming).initiatorType })));
    expect(volumes.size).toBeGreaterThan(0);
    for (const id of volumes) {
      const { path, meta } = listed.find((volume) => volume.id === id)!;
      const files = fetched.filter(({ url }) => /pagefind-entry\.json|\.pf_meta$/u.test(url) && new URL(url).pathname.startsWith(path));
      // Tagged with the metadata's hash, not Pagefind's default (the time, which no preload can name).
      expect(files.map(({ url }) => new URL(url).pathname + new URL(url).search).sort(), id).toEqual([`${path}pagefind-entry.json?ts=${meta}`, `${path}pagefind.${meta}.pf_meta`]);
      expect(files.map(({ by }) => by), id).toEqual(['link', 'link']);
    }
    await page.context().close();
  });

  it('loads no volume for a word no article holds, and says nothing was found in the whole archive', async () => {
    const { page, status, volumes } = await searchRecording('量子计算机');
    expect(status).toBe('没有找到包含“量子计算机”的文章。');
    expect([...volumes]).toEqual([]);
    expect(await page.locator('#search-earlier').isVisible()).toBe(false);
    await page.context().close();
  });

  it('finds words typed together exactly in an old volume, though the newest volumes that could hold them do not: an exact match, no note', async () => {
    // Each built article: its volume, URL, the text the router files it under, and its paragraphs.
    const articles = readdirSync(join(root, 'dist/articles')).map((slug) => {
      const html = readFileSync(join(root, 'dist/articles', slug, 'index.html'), 'utf8');
      const { document } = parseHTML(html);
      return { volume: /data-volume="([^"]+)"/u.exec(html)?.[1] ?? '', url: `/articles/${slug}/`, routed: normalizeText(routeText(html)), paragraphs: [...document.querySelectorAll('[data-pagefind-body] p')].map((p) => p.textContent ?? '') };
    });
    const volumes = [...new Set(articles.map((a) => a.volume))].sort(compareVolumesNewestFirst);
    const keys = new Map(volumes.map((volume) => [volume, textKeys(articles.filter((a) => a.volume === volume).map((a) => a.routed).join('\n'))]));
    const holders = (run: string) => articles.filter((a) => a.routed.includes(run));
    // Four characters in one old article only, every key of which two or more newer volumes hold (so the router names them first) without the run.
    const oldest = volumes.filter((volume) => /^\d{4}-/u.test(volume)).at(-1)!;
    const runs = articles
      .filter((a) => a.volume === oldest)
      .flatMap((a) => a.paragraphs.flatMap((p) => [...p.matchAll(/(?=(\p{Script=Han}{4}))/gu)].map((m) => m[1]!)))
      .filter((run) => !/[的了和与及或在是把被对向从也都而之其]/u.test(run) && holders(run).length === 1);
    const run = runs.find((candidate) => {
      const routed = volumes.filter((volume) => queryKeys([{ text: candidate, quoted: false }]).every((key) => keys.get(volume)!.has(key)));
      return routed.indexOf(oldest) >= 2 && routed.slice(0, 2).every((volume) => !holders(candidate).some((a) => a.volume === volume));
    });
    expect(run, 'the fixture has such a run').toBeDefined();
    const { page, status } = await searchRecording(run!);
    expect(status).toBe(`找到 1 篇包含“${run}”的文章。`);
    expect(await page.locator('#search-explain').isHidden()).toBe(true);
    const first = await page.locator('.result-link').first().getAttribute('href');
    expect(new URL(first!, server.url).pathname).toBe(holders(run!)[0]!.url);
    await page.context().close();
  });

  it('loads only the volume whose headline holds an old article’s headline, though newer volumes print it too, finds the article first and offers the rest', async () => {
    const oldest = readdirSync(join(root, 'dist/articles'))
      .map((slug) => readFileSync(join(root, 'dist/articles', slug, 'index.html'), 'utf8'))
      .map((html) => ({ volume: /data-volume="([^"]+)"/u.exec(html)?.[1] ?? '', headline: /data-headline="([^"]+)"/u.exec(html)?.[1] ?? '', url: /<link rel="canonical" href="([^"]+)"/u.exec(html)?.[1] ?? '' }))
      .filter((article) => /^\d{4}-/u.test(article.volume))
      .sort((a, b) => a.volume.localeCompare(b.volume))[0]!;
    const { page, status, volumes } = await searchRecording(oldest.headline);
    expect([...volumes]).toEqual([oldest.volume]);
    const first = await page.locator('.result-link').first().getAttribute('href');
    expect(new URL(first!, server.url).pathname).toBe(new URL(oldest.url).pathname);
    expect(status).toBe(`找到 1 篇包含“${oldest.headline}”的文章（已搜索可能包含的 1 旬版面，其余 2 旬未搜索）。`);
    const earlier = page.locator('#search-earlier');
    expect(await earlier.textContent()).toBe('搜索其余可能包含的版面（2 旬）');
    const answered = Number(await page.getAttribute('#search-results', 'data-answered'));
    await earlier.click();
    await page.waitForFunction((before) => Number(document.querySelector('#search-results')?.getAttribute('data-answered')) > before, answered);
    expect(await page.textContent('#search-status')).toBe(`找到 3 篇包含“${oldest.headline}”的文章。`);
    expect(volumes.size).toBe(3);
    expect(await earlier.isVisible()).toBe(false);
    await page.context().close();
  });
});
