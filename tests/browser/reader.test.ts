/** The reader's tools in a real browser: copy a link, arrive at a paragraph, settings that persist without a flash. */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { site } from '../../src/site.ts';
import { launchChromium, newPage, siteUrl } from '../support/browser.ts';

const ARTICLE = '/articles/gong-shu-kai-ju/';
const canonical = (hash = '') => new URL(ARTICLE, site.url).href + hash;

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});

async function clipboardPage(): Promise<Page> {
  const page = await newPage(browser);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: siteUrl('/') });
  return page;
}

describe('copying a link', () => {
  it('the copy-link button puts the article’s canonical URL on the clipboard and says so', async () => {
    const page = await clipboardPage();
    await page.goto(siteUrl(`${ARTICLE}?hl=拱墅`));
    await page.click('text=复制链接');
    await page.waitForFunction(() => document.querySelector('#tool-status')?.textContent !== '');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(canonical());
    expect(await page.textContent('#tool-status')).toBe('已复制本文的链接');
    await page.context().close();
  });

  it('a paragraph’s link mark copies a link to exactly that paragraph', async () => {
    const page = await clipboardPage();
    await page.goto(siteUrl(ARTICLE));
    await page.hover('#p-5');
    await page.click('#p-5 .self-link');
    await page.waitForFunction(() => document.querySelector('#tool-status')?.textContent !== '');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(canonical('#p-5'));
    expect(new URL(page.url()).hash).toBe('#p-5');
    expect(await page.textContent('#tool-status')).toBe('已复制第 5 段的链接');
    await page.context().close();
  });

  it('a link mark is reachable from the keyboard and visible when focused', async () => {
    const page = await newPage(browser);
    await page.goto(siteUrl(ARTICLE));
    await page.focus('#p-5 .self-link');
    expect(await page.$eval('#p-5 .self-link', (a) => getComputedStyle(a).opacity)).toBe('1');
    expect(await page.$eval('#p-5 .self-link', (a) => getComputedStyle(a, '::before').content)).toBe('"#"');
    await page.context().close();
  });

  it('offers the system share sheet only where the browser has one, with the canonical URL', async () => {
    const page = await newPage(browser);
    await page.goto(siteUrl(ARTICLE));
    expect(await page.isVisible('.share-button')).toBe(false);
    await page.addInitScript(() => {
      (navigator as unknown as { share: (data: unknown) => Promise<void> }).share = async (data) => {
        (window as unknown as { shared: unknown }).shared = data;
      };
    });
    await page.reload();
    await page.click('.share-button');
    await page.waitForFunction(() => (window as unknown as { shared?: unknown }).shared);
    expect(await page.evaluate(() => (window as unknown as { shared: unknown }).shared)).toEqual({ title: '拱墅开局：以实干争先，以创新致远', url: canonical() });
    await page.context().close();
  });

  it('shows no share or settings controls without JavaScript, and the article still reads', async () => {
    const page = await newPage(browser, { javaScriptEnabled: false });
    await page.goto(siteUrl(ARTICLE));
    expect(await page.isVisible('.share-tools')).toBe(false);
    expect(await page.isVisible('.reader-settings')).toBe(false);
    expect(await page.isVisible('#p-22')).toBe(true);
    await page.context().close();
  });
});

describe('arriving at a paragraph link', () => {
  it('scrolls to the paragraph and marks it briefly', async () => {
    const page = await newPage(browser, { viewport: { width: 800, height: 600 } });
    await page.goto(siteUrl(`${ARTICLE}#p-12`));
    const state = await page.$eval('#p-12', (p) => ({ top: p.getBoundingClientRect().top, animation: getComputedStyle(p).animationName }));
    expect(state.top).toBeGreaterThanOrEqual(0);
    expect(state.top).toBeLessThan(100);
    expect(state.animation).toBe('arrived');
    expect(await page.evaluate(() => scrollY)).toBeGreaterThan(1000);
    await page.context().close();
  });
});

describe('reading settings', () => {
  /** Style as the first frame shows it: recorded at the first animation frame, before any later script. */
  const firstFrame = () =>
    new Promise<{ theme: string | undefined; size: string | undefined; background: string; fontSize: string }>((resolve) => {
      requestAnimationFrame(() => {
        const body = getComputedStyle(document.body);
        resolve({ theme: document.documentElement.dataset.theme, size: document.documentElement.dataset.textSize, background: body.backgroundColor, fontSize: body.fontSize });
      });
    });

  it('text size and theme persist across reloads and apply before the first frame', async () => {
    const page = await newPage(browser, { colorScheme: 'light' });
    await page.goto(siteUrl(ARTICLE));
    const before = await page.evaluate(firstFrame);
    expect(before).toMatchObject({ background: 'rgb(253, 252, 249)', fontSize: '18px' });
    await page.click('.reader-settings summary');
    await page.check('input[name="text-size"][value="xl"]');
    await page.check('input[name="theme"][value="dark"]');
    await page.waitForFunction(() => localStorage.getItem('theme') === 'dark' && localStorage.getItem('text-size') === 'xl');
    // Record the style at the first frame of the next load, before the page script runs.
    await page.addInitScript(() => {
      requestAnimationFrame(() => {
        const body = getComputedStyle(document.body);
        (window as unknown as { first: unknown }).first = { background: body.backgroundColor, fontSize: body.fontSize, theme: document.documentElement.dataset.theme };
      });
    });
    await page.reload();
    await page.waitForFunction(() => (window as unknown as { first?: unknown }).first);
    expect(await page.evaluate(() => (window as unknown as { first: unknown }).first)).toEqual({ background: 'rgb(21, 23, 26)', fontSize: '24px', theme: 'dark' });
    await page.goto(siteUrl('/editions/'));
    expect(await page.$eval('body', (b) => getComputedStyle(b).backgroundColor)).toBe('rgb(21, 23, 26)');
    await page.click('.reader-settings summary');
    // The settings module loads when the panel opens and ticks what is in force.
    await page.waitForFunction(() => document.querySelector<HTMLInputElement>('input[name="theme"][value="dark"]')?.checked);
    expect(await page.isChecked('input[name="text-size"][value="xl"]')).toBe(true);
    await page.check('input[name="theme"][value="system"]');
    await page.waitForFunction(() => localStorage.getItem('theme') === null);
    await page.reload();
    expect(await page.$eval('body', (b) => getComputedStyle(b).backgroundColor)).toBe('rgb(253, 252, 249)');
    await page.context().close();
  });

  it('follows the system theme when the reader chose none, also without JavaScript', async () => {
    for (const javaScriptEnabled of [true, false]) {
      const page = await newPage(browser, { colorScheme: 'dark', javaScriptEnabled });
      await page.goto(siteUrl(ARTICLE));
      expect(await page.$eval('body', (b) => getComputedStyle(b).backgroundColor)).toBe('rgb(21, 23, 26)');
      await page.context().close();
    }
  });

  it('keyboard shortcuts never fire while typing', async () => {
    const page = await newPage(browser);
    await page.goto(siteUrl(ARTICLE));
    await page.click('.reader-settings summary');
    await page.focus('#site-search');
    await page.keyboard.type('k/');
    expect(await page.inputValue('#site-search')).toBe('k/');
    await page.context().close();
  });
});
