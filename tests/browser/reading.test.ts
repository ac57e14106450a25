/** A reader in a real browser: the article reads with JavaScript off, on a phone and a wide screen. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, newPage, siteUrl } from '../support/browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});

describe('reading an article', () => {
  it('shows the whole article with JavaScript off', async () => {
    const page = await newPage(browser, { javaScriptEnabled: false });
    await page.goto(siteUrl('/articles/gong-shu-kai-ju/'));
    await expect(page.locator('h1').textContent()).resolves.toBe('拱墅开局：以实干争先，以创新致远');
    expect(await page.locator('.article-body p:not(.credit)').count()).toBe(19);
    expect(await page.locator('figure figcaption').count()).toBe(2);
    await page.context().close();
  });

  it.each([360, 1280])('fits a %i-pixel-wide screen without sideways scrolling, with a readable measure', async (width) => {
    const page = await newPage(browser, { viewport: { width, height: 800 } });
    await page.goto(siteUrl('/articles/gong-shu-kai-ju/'));
    const metrics = await page.evaluate(() => {
      const p = document.querySelector('.article-body p:not(.credit)')!;
      const style = getComputedStyle(p);
      return {
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
        charsPerLine: p.getBoundingClientRect().width / parseFloat(style.fontSize),
        lineHeight: parseFloat(style.lineHeight) / parseFloat(style.fontSize),
        textAlign: style.textAlign,
        indent: parseFloat(style.textIndent) / parseFloat(style.fontSize),
        lineBreak: style.getPropertyValue('line-break'),
      };
    });
    expect(metrics.scrollWidth).toBeLessThanOrEqual(metrics.clientWidth);
    expect(metrics.charsPerLine).toBeLessThanOrEqual(40);
    expect(metrics.charsPerLine).toBeGreaterThanOrEqual(width < 400 ? 15 : 30);
    expect(metrics.lineHeight).toBeGreaterThanOrEqual(1.6);
    expect(metrics.textAlign).toBe('justify');
    expect(metrics.indent).toBe(2);
    expect(metrics.lineBreak).toBe('strict');
    await page.context().close();
  });

  it('draws Chinese punctuation full width', async () => {
    const page = await newPage(browser);
    await page.goto(siteUrl('/articles/gong-shu-kai-ju/'));
    const ratio = await page.evaluate(() => {
      const span = document.createElement('span');
      span.style.fontFamily = 'var(--font-sans)';
      span.textContent = '“';
      document.querySelector('.article-body')!.append(span);
      const quote = span.getBoundingClientRect().width;
      span.textContent = '中';
      return quote / span.getBoundingClientRect().width;
    });
    expect(ratio).toBeGreaterThan(0.9);
    await page.context().close();
  });
});
