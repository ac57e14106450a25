/**
 * Search in a real browser against the real index: the right article first,
 * only articles that hold the query, nothing for words in no article.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normalizeText, parseQuery } from '../../src/lib/search/normalize.ts';
import { launchChromium, newPage, siteUrl } from '../support/browser.ts';
import { builtPages, loadPage, textOf } from '../support/dist.ts';

const A1 = '拱墅开局：以实干争先，以创新致远';
const A2 = '禾城农商银行：金融活水润田畴 护航春耕赋能乡村振兴';
const A3 = '推动新居民从“融得进”向“过得好”提升';

/** [query, expected first result (undefined: no result at all)], written from the articles' text. */
const RELEVANCE: [string, string | undefined][] = [
  // people: bylines and names in the text
  ['詹丽华', A1],
  ['柳景春', A1],
  ['张焕楠', A2],
  ['沈震勤', A3],
  ['俞建忠', A2],
  ['屠光明', A2],
  // places
  ['拱墅', A1],
  ['杭州', A1],
  ['海盐', A3],
  ['秀洲区王江泾', A2],
  ['南湖区新丰镇', A2],
  ['大运河', A1],
  ['西塘桥街道', A3],
  // terms of two to six characters
  ['春耕', A2],
  ['新居民', A3],
  ['人工智能', A1],
  ['贷款', A2],
  ['葡萄', A2],
  ['生姜', A2],
  ['网格', A3],
  ['垃圾分类', A3],
  ['算力', A1],
  ['融合治理', A3],
  ['普惠金融', A2],
  ['蓝领公寓', A3],
  ['新质生产力', A1],
  ['城中村改造', A1],
  // several terms: every one must be present
  ['拱墅 人工智能', A1],
  ['禾城 贷款', A2],
  ['新居民 社区', A3],
  ['杭州 新居民', A3],
  ['金融 春耕', A2],
  // quoted phrases
  ['"新居民志愿者"', A3],
  ['“居民融合”', A3],
  ['"以实干争先"', A1],
  ['「金融活水」', A2],
  // traditional characters
  ['禾城農商銀行', A2],
  ['數字經濟', A1],
  ['新居民志願者', A3],
  ['鄉村振興', A2],
  // full-width forms, stray spaces, mixed Latin and Chinese
  ['ＣＢＤ', A1],
  ['武林CBD', A1],
  ['武林 cbd', A1],
  ['  拱墅　开局  ', A1],
  // in no article: nothing at all
  ['量子计算机', undefined],
  ['台风', undefined],
  ['足球联赛', undefined],
  ['上海', undefined],
  ['房地产', undefined],
  ['足球', undefined],
  ['北京冬奥会', undefined],
  ['人工智慧', undefined],
  ['新居民房价', undefined],
  ['拱墅 台风', undefined],
  ['春耕 足球', undefined],
];

/** Each article's whole text as a reader sees it, for checking that a result really holds the query. */
const articleText = new Map(
  builtPages()
    .filter((path) => path.startsWith('/articles/'))
    .map((path) => {
      const doc = loadPage(path);
      return [textOf(doc.querySelector('h1')), normalizeText(textOf(doc.querySelector('article')))] as const;
    }),
);

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launchChromium();
  page = await newPage(browser);
});
afterAll(async () => {
  await browser.close();
});

/** Waits until the search page has answered the current query. */
async function settled(p: Page): Promise<void> {
  await p.waitForFunction(() => {
    const status = document.querySelector('#search-status')?.textContent ?? '';
    return status !== '' && !status.startsWith('正在搜索');
  });
}

async function searchFor(query: string): Promise<string[]> {
  await page.goto(siteUrl(`/search/?q=${encodeURIComponent(query)}`));
  await settled(page);
  return page.locator('.result-headline').allTextContents();
}

describe('relevance: the article meant comes first, and only articles holding the query come at all', () => {
  it(`covers at least 40 queries, 8 of them for words in no article (${RELEVANCE.length} here)`, () => {
    expect(RELEVANCE.length).toBeGreaterThanOrEqual(40);
    expect(RELEVANCE.filter(([, first]) => first === undefined).length).toBeGreaterThanOrEqual(8);
  });

  it.each(RELEVANCE)('%s → %s', async (query, first) => {
    const headlines = await searchFor(query);
    if (first === undefined) {
      expect(headlines).toEqual([]);
      await expect(page.locator('#search-empty').isVisible()).resolves.toBe(true);
      return;
    }
    expect(headlines[0]).toBe(first);
    const { terms } = parseQuery(query, {});
    for (const headline of headlines) {
      const text = articleText.get(headline)!;
      const simplified = (term: string) => normalizeText(term, { 農: '农', 銀: '银', 數: '数', 經: '经', 濟: '济', 願: '愿', 鄉: '乡', 興: '兴' });
      for (const term of terms) expect(text, `${headline} lacks ${term.text}`).toContain(simplified(term.text));
    }
  });
});

describe('the search page', () => {
  it('opens from a deep link with the query in the box and the right headline', async () => {
    await page.goto(siteUrl(`/search/?q=${encodeURIComponent('春耕')}`));
    await settled(page);
    expect(await page.inputValue('#search-query')).toBe('春耕');
    expect(await page.locator('.result-headline').first().textContent()).toBe(A2);
    expect(await page.locator('#search-status').textContent()).toBe('找到 1 篇包含“春耕”的文章。');
    expect(await page.title()).toBe('春耕 - 搜索 | 读报');
  });

  it('updates the results and the URL as the reader types, and the URL can be reloaded', async () => {
    await page.goto(siteUrl('/search/'));
    await page.locator('#search-query').pressSequentially('新居民', { delay: 30 });
    await page.waitForFunction(() => document.querySelector('#search-status')?.textContent?.startsWith('找到'));
    expect(new URL(page.url()).searchParams.get('q')).toBe('新居民');
    expect(await page.locator('.result-headline').allTextContents()).toEqual([A3]);
    await page.reload();
    await settled(page);
    expect(await page.locator('.result-headline').allTextContents()).toEqual([A3]);
  });

  it('marks the matched words in headline and excerpt, and links sub-results to the subhead', async () => {
    await searchFor('人工智能');
    const first = page.locator('.result').first();
    expect(await first.locator('.result-headline mark').count()).toBe(0);
    expect(await first.locator('.excerpt mark').first().textContent()).toBe('人工智能');
    const subLinks = await first.locator('.sub-result-link').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(subLinks.length).toBeGreaterThan(0);
    for (const href of subLinks) expect(href).toMatch(/^\/articles\/gong-shu-kai-ju\/\?hl=%E4%BA%BA%E5%B7%A5%E6%99%BA%E8%83%BD#[a-z0-9-]+$/u);
  });

  it('says plainly when nothing is found, with hints and a way to browse', async () => {
    await searchFor('量子计算机');
    expect(await page.locator('#search-status').textContent()).toBe('没有找到包含“量子计算机”的文章。');
    expect(await page.locator('#search-empty').textContent()).toContain('试试更少或更短的词');
    expect(await page.locator('#search-empty a[href^="/editions/"]').count()).toBeGreaterThan(0);
  });

  it('moves through results with the arrow keys and opens one with Enter', async () => {
    await searchFor('金融');
    await page.focus('#search-query');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('result-link');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain(A2);
    await Promise.all([page.waitForURL(/\/articles\/he-cheng-nong-shang-yin-hang\/\?hl=/u), page.keyboard.press('Enter')]);
  });

  it('shows hostile queries as text and runs nothing', async () => {
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    for (const query of ['<img src=x onerror=alert(1)>', '"><script>alert(2)</script>', '</script><svg onload=alert(3)>']) {
      await searchFor(query);
      expect(await page.locator('#search-status').textContent()).toContain(parseQuery(query).display);
      expect(await page.locator('main img, main svg, main script:not([type="application/json"]):not([src])').count()).toBe(0);
    }
    expect(dialogs).toEqual([]);
  });

  it('keeps working with a 5,000-character query pasted in, and with control characters', async () => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(siteUrl('/search/'));
    await page.fill('#search-query', '春'.repeat(5000));
    await page.press('#search-query', 'Enter');
    await settled(page);
    expect(await page.locator('#search-status').textContent()).toContain('没有找到');
    expect(page.url().length).toBeLessThan(1000);
    await searchFor('春\u0000耕\u0007\u200b');
    expect(await page.locator('.result-headline').first().textContent()).toBe(A2);
    expect(errors).toEqual([]);
  });

  it('says without JavaScript that search needs it, and links to the edition', async () => {
    const off = await newPage(browser, { javaScriptEnabled: false });
    await off.goto(siteUrl('/search/?q=春耕'));
    const note = off.locator('.search-page .search-note').first();
    expect(await note.textContent()).toContain('需要浏览器开启 JavaScript');
    expect(await note.locator('a[href^="/editions/"]').count()).toBeGreaterThan(0);
    await off.context().close();
  });
});

describe('search and the other pages', () => {
  it('an article page fetches nothing for search until the reader asks', async () => {
    const reader = await newPage(browser);
    const requests: string[] = [];
    reader.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await reader.goto(siteUrl('/articles/gong-shu-kai-ju/'), { waitUntil: 'networkidle' });
    expect(requests.filter((path) => /pagefind|wasm|search/u.test(path))).toEqual([]);
    await reader.context().close();
  });

  it('/ and Ctrl+K put the cursor in the header search box, but not while typing', async () => {
    const reader = await newPage(browser);
    await reader.goto(siteUrl('/articles/gong-shu-kai-ju/'));
    await reader.keyboard.press('/');
    expect(await reader.evaluate(() => document.activeElement?.id)).toBe('site-search');
    expect(await reader.inputValue('#site-search')).toBe('');
    await reader.keyboard.type('春耕/');
    expect(await reader.inputValue('#site-search')).toBe('春耕/');
    await reader.evaluate(() => (document.activeElement as HTMLElement).blur());
    await reader.keyboard.press('Control+k');
    expect(await reader.evaluate(() => document.activeElement?.id)).toBe('site-search');
    await Promise.all([reader.waitForURL(/\/search\/\?q=/u), reader.keyboard.press('Enter')]);
    await settled(reader);
    expect(await reader.locator('.result-headline').first().textContent()).toBe(A2);
    await reader.context().close();
  });

  it('following a result marks the matched words on the article and scrolls them into view', async () => {
    const reader = await newPage(browser, { viewport: { width: 800, height: 600 } });
    await reader.goto(siteUrl(`/search/?q=${encodeURIComponent('新居民志愿者')}`));
    await settled(reader);
    await Promise.all([reader.waitForURL(/\/articles\//u), reader.locator('.result-link').first().click()]);
    await reader.waitForSelector('mark.search-hit');
    const marks = await reader.locator('mark.search-hit').allTextContents();
    expect(marks).toEqual(['新居民志愿者']);
    const inView = await reader.locator('mark.search-hit').first().evaluate((mark) => {
      const box = mark.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= innerHeight;
    });
    expect(inView).toBe(true);
    expect(await reader.evaluate(() => scrollY)).toBeGreaterThan(300);
    await reader.context().close();
  });
});

describe('the index', () => {
  it('is built for the article pages only', () => {
    const entry = JSON.parse(readFileSync(new URL('../../dist/pagefind/v/undated/pagefind-entry.json', import.meta.url), 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(Object.keys(entry.languages)).toEqual(['zh']);
    expect(entry.languages.zh!.page_count).toBe(builtPages().filter((path) => path.startsWith('/articles/')).length);
  });
});
