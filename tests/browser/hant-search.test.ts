/**
 * Search on the 繁體 edition (/zh-hant/search/): a query typed in either
 * script finds the article, shown with its Traditional headline and excerpt
 * (the highlight on the matched words), linked to its /zh-hant/ twin, and no
 * Simplified-only character in the results or the lines about them. The
 * Simplified search page fetches nothing of it.
 */
import * as OpenCC from 'opencc-js';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, newPage, siteUrl } from '../support/browser.ts';
import { loadPage, textOf } from '../support/dist.ts';

const toTraditional = OpenCC.Converter({ from: 'cn', to: 't' });
const A2 = '禾城农商银行：金融活水润田畴 护航春耕赋能乡村振兴';

/** Characters that OpenCC cn→t changes: what a Traditional page must not show. */
const simplifiedOnly = (text: string): string[] => [...new Set([...text].filter((char) => toTraditional(char) !== char))];

let browser: Browser;
let page: Page;
const requests: string[] = [];

beforeAll(async () => {
  browser = await launchChromium();
  page = await newPage(browser);
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
});
afterAll(async () => {
  await browser.close();
});

async function search(path: string): Promise<void> {
  requests.length = 0;
  await page.goto(siteUrl(path));
  await page.waitForFunction(() => document.querySelector('#search-results')?.hasAttribute('data-answered'));
}

/** What the results area and the lines above it say. */
const shownText = () => page.evaluate(() => ['#search-status', '#search-explain', '#search-results', '#search-more', '#search-earlier'].map((s) => `${document.querySelector(s)?.textContent ?? ''} ${document.querySelector(s)?.getAttribute('aria-label') ?? ''}`).join('\n') + [...document.querySelectorAll('#search-results [aria-label]')].map((e) => e.getAttribute('aria-label')).join('\n') + document.title);

describe('search on /zh-hant/search/', () => {
  const traditionalText = textOf(loadPage('/zh-hant/articles/he-cheng-nong-shang-yin-hang/').querySelector('main')).replace(/\s+/gu, '');

  it.each([
    ['贷款', '貸款'],
    ['貸款', '貸款'],
    ['禾城农商银行', '禾城農商銀行'],
    ['禾城農商銀行', '禾城農商銀行'],
  ])('%s finds the article in Traditional, linked to its twin, the match marked as %s', async (query, marked) => {
    await search(`/zh-hant/search/?q=${encodeURIComponent(query)}`);
    const first = page.locator('.result').first();
    await expect(first.locator('.result-headline').textContent()).resolves.toBe(toTraditional(A2));
    await expect(first.locator('.result-link').getAttribute('href')).resolves.toMatch(/^\/zh-hant\/articles\/he-cheng-nong-shang-yin-hang\/\?hl=/u);
    const excerpt = (await first.locator('.excerpt').first().textContent())!;
    // The excerpt is the twin page's own text, cut where the Simplified one is.
    for (const piece of excerpt.split('…').map((part) => part.replace(/\s+/gu, '')).filter(Boolean)) expect(traditionalText).toContain(piece);
    await expect(first.locator('mark').allTextContents()).resolves.toContain(marked);
    expect(simplifiedOnly(await shownText())).toEqual([]);
    expect(requests).toContain('/_lazy/hant.js');
    expect(requests).toContain('/pagefind/hant.txt');
  });

  it('a result opens its twin with the matched words marked as the twin prints them', async () => {
    await search(`/zh-hant/search/?q=${encodeURIComponent('贷款')}`);
    await page.locator('.result-link').first().click();
    await page.waitForURL(/\/zh-hant\/articles\/he-cheng-nong-shang-yin-hang\//u);
    await page.waitForSelector('mark.search-hit');
    const marks = await page.locator('mark.search-hit').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    expect(new Set(marks)).toEqual(new Set(['貸款']));
  });

  it('run-together words, a pinyin query and a word in no article: the notes and status lines in Traditional', async () => {
    for (const query of ['春耕贷款', 'hezhou', 'hangzhou', '新居民房价', '金融']) {
      await search(`/zh-hant/search/?q=${encodeURIComponent(query)}&author=${encodeURIComponent('张焕楠')}`);
      const text = await shownText();
      expect(text.trim().length).toBeGreaterThan(10);
      expect(simplifiedOnly(text), query).toEqual([]);
    }
  });

  it('an author typed in Traditional filters as the index names them; the URL keeps the index’s name', async () => {
    await search(`/zh-hant/search/?q=${encodeURIComponent('金融')}`);
    await page.locator('summary', { hasText: '篩選' }).click();
    const answered = Number(await page.getAttribute('#search-results', 'data-answered'));
    await page.fill('input[name="author"]', '張煥楠');
    await page.locator('input[name="author"]').dispatchEvent('change');
    await page.waitForFunction((before) => Number(document.querySelector('#search-results')?.getAttribute('data-answered')) > before, answered);
    await expect(page.locator('.result-headline').allTextContents()).resolves.toEqual([toTraditional(A2)]);
    expect(new URL(page.url()).searchParams.get('author')).toBe('张焕楠');
  });

  it('an author filter from the URL shows in Traditional, filters, and stays the index’s name in the URL', async () => {
    await search(`/zh-hant/search/?q=${encodeURIComponent('金融')}&author=${encodeURIComponent('张焕楠')}`);
    await expect(page.inputValue('input[name="author"]')).resolves.toBe('張煥楠');
    await expect(page.locator('.result-headline').allTextContents()).resolves.toEqual([toTraditional(A2)]);
    expect(new URL(page.url()).searchParams.get('author')).toBe('张焕楠');
  });

  it('fetches the converter and its dictionary side by side: the dictionary is preloaded, not asked for once the converter has loaded', async () => {
    await search(`/zh-hant/search/?q=${encodeURIComponent('貸款')}`);
    const dictionary = await page.evaluate(() => performance.getEntriesByType('resource').filter((entry) => entry.name.endsWith('/pagefind/hant.txt')).map((entry) => (entry as PerformanceResourceTiming).initiatorType));
    expect(dictionary).toEqual(['link']);
  });

  it('the Simplified search page fetches neither the converter nor its dictionary, and stays Simplified', async () => {
    await search(`/search/?q=${encodeURIComponent('贷款')}`);
    expect(requests.filter((path) => /hant/u.test(path))).toEqual([]);
    await expect(page.locator('.result-headline').first().textContent()).resolves.toBe(A2);
    await expect(page.locator('.result-link').first().getAttribute('href')).resolves.toMatch(/^\/articles\//u);
  });
});
