/**
 * The 简/繁 switch in a real browser: a plain link without JavaScript; with
 * it, the reader lands on the twin at the paragraph they were reading, the
 * choice is remembered, and the next page opens in that script before
 * anything of the other is painted.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, newPage, siteUrl } from '../support/browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});

const ARTICLE = '/articles/gong-shu-kai-ju/';
const OTHER = '/articles/he-cheng-nong-shang-yin-hang/';
const path = (page: Page) => new URL(page.url()).pathname;

/** Notes in sessionStorage every page of the tab that got its first contentful paint. */
const notePaints = () => {
  new PerformanceObserver(() => sessionStorage.setItem(`painted ${location.pathname}`, '1')).observe({ type: 'paint', buffered: true });
};

describe('the 简/繁 switch', () => {
  it('is a plain link to the twin without JavaScript, and back', async () => {
    const page = await newPage(browser, { javaScriptEnabled: false });
    await page.goto(siteUrl(ARTICLE));
    const toHant = page.locator('a.script-switch');
    expect(await toHant.getAttribute('aria-label')).toBe('繁體中文');
    await toHant.click();
    await page.waitForURL(siteUrl(`/zh-hant${ARTICLE}`));
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-Hant');
    expect(await page.locator('h1').textContent()).toBe('拱墅開局：以實幹爭先，以創新致遠');
    // The whole article reads without script in Traditional too.
    expect(await page.locator('.article-body p:not(.credit)').count()).toBe(19);
    await page.locator('a.script-switch').click();
    await page.waitForURL(siteUrl(ARTICLE));
    expect(await page.locator('h1').textContent()).toBe('拱墅开局：以实干争先，以创新致远');
    await page.context().close();
  });

  it('is a target of at least 24 × 24 px', async () => {
    const page = await newPage(browser, { viewport: { width: 360, height: 800 } });
    await page.goto(siteUrl(ARTICLE));
    const box = (await page.locator('a.script-switch').boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(24);
    expect(box.height).toBeGreaterThanOrEqual(24);
    await page.context().close();
  });

  it('keeps the paragraph the reader is at, and remembers the choice', async () => {
    const page = await newPage(browser, { viewport: { width: 1280, height: 800 } });
    await page.goto(siteUrl(ARTICLE));
    // The reader reads down to the seventh paragraph, then scrolls back up to the switch in the header.
    await page.evaluate(() => document.getElementById('p-7')!.scrollIntoView());
    await page.waitForFunction(() => (self as typeof self & { y?: number }).y !== undefined);
    await page.evaluate(() => scrollTo(0, 0));
    await page.locator('a.script-switch').click();
    await page.waitForURL((url) => url.pathname === `/zh-hant${ARTICLE}`);
    expect(new URL(page.url()).hash).toBe("#p-7");
    expect(await page.evaluate(() => localStorage.getItem('script'))).toBe('zh-Hant');
    // The paragraph is at the top of the window on the Traditional page.
    const top = await page.evaluate(() => document.getElementById('p-7')!.getBoundingClientRect().top);
    expect(Math.abs(top)).toBeLessThan(40);
    await page.context().close();
  });

  it('opens every page in the chosen script before the other is painted, with query and paragraph, and back', async () => {
    const page = await newPage(browser);
    await page.addInitScript(notePaints);
    await page.goto(siteUrl(ARTICLE));
    await page.locator('a.script-switch').click();
    await page.waitForURL(siteUrl(`/zh-hant${ARTICLE}`));

    await page.goto(siteUrl(`${OTHER}#p-2`));
    await page.waitForURL(siteUrl(`/zh-hant${OTHER}#p-2`));
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-Hant');
    await page.waitForFunction((twin) => sessionStorage.getItem(`painted ${twin}`) === '1', `/zh-hant${OTHER}`);
    expect(await page.evaluate((simplified) => sessionStorage.getItem(`painted ${simplified}`), OTHER)).toBeNull();

    await page.goto(siteUrl('/search/?q=%E6%98%A5%E8%80%95'));
    await page.waitForURL(siteUrl('/zh-hant/search/?q=%E6%98%A5%E8%80%95'));
    expect(path(page)).toBe('/zh-hant/search/');

    // Back to 简: remembered the same way.
    await page.locator('a.script-switch').click();
    await page.waitForURL((url) => url.pathname === '/search/');
    expect(await page.evaluate(() => localStorage.getItem('script'))).toBe('zh-Hans');
    await page.goto(siteUrl(`/zh-hant${ARTICLE}`));
    await page.waitForURL(siteUrl(ARTICLE));
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    await page.context().close();
  });

  it('leaves a reader who chose nothing on the page they opened, in either script', async () => {
    const page = await newPage(browser);
    await page.goto(siteUrl(`/zh-hant${ARTICLE}`));
    expect(path(page)).toBe(`/zh-hant${ARTICLE}`);
    await page.goto(siteUrl(ARTICLE));
    expect(path(page)).toBe(ARTICLE);
    await page.context().close();
  });
});
