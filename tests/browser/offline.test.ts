/**
 * Reading an edition offline, in Chromium with the network switched off
 * (context.setOffline): the saved edition and its articles open, a visited
 * page is kept, a page not saved gives the offline page with links to what is
 * saved, the search index is saved on request, and what is saved can be
 * removed. Then, on a copy of the site built twice at one origin, the second
 * build's worker replaces the first's saved edition with its own and leaves
 * no cache of the first.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';
import { YAML_OPTIONS } from '../../src/lib/ingest/mdx.ts';
import { hanText, seededRandom, writeArchive } from '../support/archive-fixture.ts';
import { astroBuild, makeSiteCopy } from '../support/astro.ts';
import { launchChromium, siteUrl } from '../support/browser.ts';

const ARTICLES = ['/articles/gong-shu-kai-ju/', '/articles/he-cheng-nong-shang-yin-hang/', '/articles/tui-dong-xin-ju-min-cong/'];

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});

/** A fresh context, its page opened at `url` with the worker running and in control. */
async function openWithWorker(url: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  return { context, page };
}

/** Presses a 离线阅读 button and waits for the status line to say the worker answered. */
async function press(page: Page, name: string, expected: RegExp): Promise<string> {
  await page.getByRole('button', { name }).click();
  await expect.poll(() => page.locator('[data-offline-status]').textContent(), { timeout: 20_000 }).toMatch(expected);
  return (await page.locator('[data-offline-status]').textContent())!;
}

describe('offline reading', () => {
  it('saves the edition with one button; offline, the edition and its articles open and a page not saved gives the offline page', async () => {
    const { context, page } = await openWithWorker(siteUrl('/'));
    const status = await press(page, '离线阅读本期', /^已保存/u);
    expect(status).toMatch(/^已保存 第 1 期版面 · 1 个版面 · 3 篇文章 · [\d.]+ KB。$/u);

    await context.setOffline(true);
    for (const path of ['/', '/editions/newspaper-page/', ...ARTICLES]) {
      const response = await page.goto(siteUrl(path));
      expect(response?.status(), path).toBe(200);
      expect(await page.locator('[data-offline-title]').count(), path).toBe(0);
      expect(await page.locator('h1').textContent(), path).not.toBe('');
    }
    // From a search result, the same saved page.
    await page.goto(siteUrl(`${ARTICLES[0]}?hl=%E6%98%A5%E8%80%95`));
    expect(await page.locator('h1').textContent()).toBe('拱墅开局：以实干争先，以创新致远');

    await page.goto(siteUrl('/editions/'));
    await expect.poll(() => page.locator('h1').textContent()).toBe('你现在处于离线状态');
    expect(await page.locator('[data-offline-note]').isVisible()).toBe(true);
    const links = page.locator('[data-offline-list] a');
    await expect.poll(() => links.count()).toBe(5);
    expect(await links.evaluateAll((anchors) => anchors.map((a) => new URL((a as HTMLAnchorElement).href).pathname))).toEqual(['/', '/editions/newspaper-page/', ...ARTICLES]);
    await links.nth(2).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('拱墅开局：以实干争先，以创新致远');
    await context.close();
  });

  it('saves the 繁體 edition with it: offline, a 繁體 article opens in Traditional, and a 繁體 page not saved gives the 繁體 offline page, its links to the 繁體 twins', async () => {
    const { context, page } = await openWithWorker(siteUrl('/zh-hant/'));
    await press(page, '離線閱讀本期', /^已保存/u);
    await context.setOffline(true);
    for (const path of ['/zh-hant/', ...ARTICLES.map((article) => `/zh-hant${article}`), ARTICLES[0]!]) {
      const response = await page.goto(siteUrl(path));
      expect(response?.status(), path).toBe(200);
      expect(await page.locator('[data-offline-title]').count(), path).toBe(0);
    }
    await page.goto(siteUrl(`/zh-hant${ARTICLES[0]}`));
    expect(await page.locator('h1').textContent()).toBe('拱墅開局：以實幹爭先，以創新致遠');

    await page.goto(siteUrl('/zh-hant/editions/'));
    await expect.poll(() => page.locator('h1').textContent()).toBe('你現在處於離線狀態');
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-Hant');
    const links = page.locator('[data-offline-list] a');
    await expect.poll(() => links.count()).toBe(5);
    expect(await links.evaluateAll((anchors) => anchors.map((a) => new URL((a as HTMLAnchorElement).href).pathname))).toEqual(['/zh-hant/', '/zh-hant/editions/newspaper-page/', ...ARTICLES.map((article) => `/zh-hant${article}`)]);
    expect(await links.nth(2).textContent()).toBe('拱墅開局：以實幹爭先，以創新致遠');
    await links.nth(2).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('拱墅開局：以實幹爭先，以創新致遠');
    await context.close();
  });

  it('keeps a page the reader visited, without any saving, and lists it', async () => {
    const { context, page } = await openWithWorker(siteUrl('/'));
    await page.goto(siteUrl('/authors/zhan-li-hua/'));
    const title = await page.title();
    await context.setOffline(true);
    await page.goto(siteUrl('/authors/zhan-li-hua/'));
    expect(await page.title()).toBe(title);
    await page.goto(siteUrl('/editions/'));
    await expect.poll(() => page.locator('[data-offline-list] a').allTextContents()).toContain(title.replace(/ \| 读报$/u, ''));
    await context.close();
  });

  it('saves the search index on request: offline, search finds the saved articles', async () => {
    const { context, page } = await openWithWorker(siteUrl('/'));
    const status = await press(page, '同时保存搜索', /^已保存/u);
    expect(status).toMatch(/^已保存 .* · 搜索索引 [\d.]+ KB。$/u);
    await context.setOffline(true);
    await page.goto(siteUrl('/search/?q=春耕'));
    await expect.poll(() => page.locator('#search-results li').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    await context.close();
  });

  it('shows what is saved on /offline/ and removes it; the article is then not saved', async () => {
    const { context, page } = await openWithWorker(siteUrl('/'));
    await press(page, '离线阅读本期', /^已保存/u);
    await page.goto(siteUrl('/offline/'));
    await expect.poll(() => page.locator('[data-offline-list] a').count()).toBeGreaterThanOrEqual(5);
    expect(await page.locator('h1').textContent()).toBe('离线阅读');
    await page.getByRole('button', { name: '删除离线内容' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[data-offline-status]').textContent()).toMatch(/^离线内容已删除。本期（第 1 期版面）尚未保存/u);
    expect(await page.locator('[data-offline="remove"]').isHidden()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('离线阅读本期');
    await expect.poll(() => page.locator('[data-offline-list]').textContent()).toBe('还没有保存任何页面。');
    await context.setOffline(true);
    await page.goto(siteUrl(ARTICLES[1]!));
    await expect.poll(() => page.locator('h1').textContent()).toBe('你现在处于离线状态');
    await context.close();
  });

  it.each(['light', 'dark'] as const)('passes axe (WCAG 2.2 AA) in %s with an edition saved: the panel, its status and the list of saved pages', async (colorScheme) => {
    const { context, page } = await openWithWorker(siteUrl('/'));
    await page.emulateMedia({ colorScheme });
    await press(page, '离线阅读本期', /^已保存/u);
    for (const path of ['/', '/offline/']) {
      await page.goto(siteUrl(path));
      await expect.poll(() => page.locator('[data-offline-status]').textContent()).toMatch(/^已保存/u);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(results.violations.map((v) => `${path} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    }
    await context.close();
  });

  it('the article page registers no worker and loads nothing for it', async () => {
    const context = await browser.newContext({ locale: 'zh-CN' });
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await page.goto(siteUrl(ARTICLES[0]), { waitUntil: 'load' });
    expect(await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((list) => list.length))).toBe(0);
    expect(requests.filter((path) => /sw\.js|offline/u.test(path))).toEqual([]);
    await context.close();
  });
});

describe('offline reading across two builds at one origin', () => {
  let root: string;
  let server: StaticServer;
  beforeAll(() => {
    const copy = makeSiteCopy();
    root = copy.root;
    writeArchive(copy.contentDir, { pagesPerDay: 2, articlesPerPage: 2, undatedPages: 1 });
    const build = astroBuild(root);
    expect(build.ok, build.output).toBe(true);
  });
  afterAll(async () => {
    await server?.close();
  });

  /** The build's id, from the manifest it wrote. */
  const buildId = () => readdirSync(join(root, 'dist/offline')).find((name) => name.startsWith('manifest-'))!.slice('manifest-'.length, -'.json'.length);
  const cacheNames = (page: Page) => page.evaluate(() => caches.keys());

  it('drops the first build’s caches and saves the new edition in place of the old', async () => {
    server = await serveStatic(join(root, 'dist'));
    const first = buildId();
    const { context, page } = await openWithWorker(`${server.url}/`);
    expect(await press(page, '离线阅读本期', /^已保存/u)).toMatch(/^已保存 2026年3月5日星期四 · 2 个版面 · 4 篇文章/u);
    const oldArticle = new URL((await page.locator('.front a[href^="/articles/"]').first().getAttribute('href'))!, server.url).href;

    // The next day's paper, published while the reader is away.
    const random = seededRandom(7);
    const slugs = ['xin-wen-1', 'xin-wen-2'];
    slugs.forEach((slug, index) => {
      const frontmatter = { slug, headline: `${hanText(random, 8).replace(/[，。]/gu, '')}新一期${index + 1}`, byline: '李四', authors: ['李四'], edition: '2026-03-06-1', position: index + 1 };
      writeFileSync(join(root, 'content/articles', `${slug}.mdx`), `---\n${stringify(frontmatter, YAML_OPTIONS)}---\n\n${hanText(random, 120)}\n`);
    });
    const record = { sequence: 100, title: '2026年3月6日 第1版 要闻', date: '2026-03-06', page: '1', section: '要闻', source: 'source/2026-03-06-1.txt', items: slugs.map((slug) => ({ article: slug })) };
    writeFileSync(join(root, 'content/editions/2026-03-06-1.yaml'), stringify(record, YAML_OPTIONS));
    const build = astroBuild(root);
    expect(build.ok, build.output).toBe(true);
    const second = buildId();
    expect(second).not.toBe(first);

    // Back online, the browser finds the new worker; it takes over and replaces the saved edition.
    // (The home page is in the saved edition, so no visited page was kept.)
    await page.goto(`${server.url}/`);
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((registration) => registration?.update()));
    await expect.poll(async () => (await cacheNames(page)).sort(), { timeout: 30_000 }).toEqual(['edition', 'shell'].map((group) => `dubao-${group}-${second}`).sort());

    await context.setOffline(true);
    await page.goto(`${server.url}/`);
    expect(await page.locator('h1').first().textContent()).toBe('2026年3月6日 第1版 要闻');
    for (const slug of slugs) {
      await page.goto(`${server.url}/articles/${slug}/`);
      expect(await page.locator('h1').textContent()).toMatch(/新一期/u);
    }
    // The old edition's article was saved by the first build only: it is gone with its cache.
    await page.goto(oldArticle);
    await expect.poll(() => page.locator('h1').textContent()).toBe('你现在处于离线状态');
    await page.goto(`${server.url}/offline/`);
    await expect.poll(() => page.locator('[data-offline-status]').textContent()).toMatch(/^已保存 2026年3月6日星期五 · 1 个版面 · 2 篇文章/u);
    await context.close();
  });
});
