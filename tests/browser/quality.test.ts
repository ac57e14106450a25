/**
 * Quality gates in a real browser, on every built page: WCAG 2.2 AA (axe) in
 * both themes at phone and desktop widths, keyboard focus, no sideways
 * scrolling at 320 px, no request to any other site, no CSP violation, and a
 * print of an article that is just the article.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, newPage, siteUrl } from '../support/browser.ts';
import { builtPages } from '../support/dist.ts';

const pages = builtPages().filter((path) => path !== '/404.html');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});

async function open(path: string, options: Parameters<typeof newPage>[1] = {}): Promise<Page> {
  const page = await newPage(browser, options);
  await page.goto(siteUrl(path), { waitUntil: 'load' });
  return page;
}

describe('accessibility (axe, WCAG 2.2 AA)', () => {
  const cases = pages.flatMap((path) =>
    (['light', 'dark'] as const).flatMap((colorScheme) => [360, 1280].map((width) => ({ path, colorScheme, width }))),
  );
  it.each(cases)('$path in $colorScheme at $width px', async ({ path, colorScheme, width }) => {
    const page = await open(path, { colorScheme, viewport: { width, height: 900 } });
    const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    const violations = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
    expect(violations).toEqual([]);
    await page.context().close();
  });
});

describe('keyboard', () => {
  it.each(pages)('%s: every control is reachable by Tab and visibly focused; the first stop skips to the content', async (path) => {
    const page = await open(path);
    const focusables = await page.locator('a[href], button:not([disabled]), input:not([type="hidden"]), select, textarea, [tabindex]:not([tabindex="-1"])').evaluateAll(
      (elements) => elements.filter((el) => (el as HTMLElement).offsetParent !== null || el.matches('.skip-link')).length,
    );
    const seen: { tag: string; text: string; outline: string; shadow: string }[] = [];
    for (let i = 0; i < focusables + 1; i++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        return { tag: el.tagName, text: (el.textContent ?? el.getAttribute('aria-label') ?? '').trim().slice(0, 20), outline: `${style.outlineStyle} ${style.outlineWidth}`, shadow: style.boxShadow };
      });
      if (!focused) break;
      seen.push(focused);
    }
    expect(seen[0]?.text).toBe('跳到正文');
    for (const stop of seen) expect(stop.outline !== 'none 0px' || stop.shadow !== 'none', `${stop.tag} “${stop.text}” shows no focus`).toBe(true);
    expect(seen.length).toBeGreaterThanOrEqual(Math.min(focusables, 3));
    await page.keyboard.press('Shift+Tab');
    await page.context().close();
  });

  // Tab must move through the header the way the eye reads it: left to right, then down a row.
  it.each([360, 1280])('at %i px the header\'s controls are in reading order for Tab', async (width) => {
    const page = await open('/articles/gong-shu-kai-ju/', { viewport: { width, height: 900 } });
    const boxes = await page.locator('.site-header a[href], .site-header summary, .site-header input, .site-header button').evaluateAll((elements) =>
      elements.filter((el) => el.checkVisibility()).map((el) => {
        const box = el.getBoundingClientRect();
        return { name: (el.textContent ?? '').trim() || el.tagName, left: box.left, top: box.top, bottom: box.bottom };
      }),
    );
    expect(boxes.length).toBeGreaterThanOrEqual(6);
    for (const [previous, next] of boxes.slice(0, -1).map((box, i) => [box, boxes[i + 1]!] as const)) {
      const nextRow = next.top >= previous.bottom - 1;
      expect(nextRow || next.left > previous.left, `${previous.name} → ${next.name}`).toBe(true);
    }
    await page.context().close();
  });

  it('the skip link moves focus to the main content', async () => {
    const page = await open('/articles/gong-shu-kai-ju/');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => location.hash)).toBe('#main');
    await page.context().close();
  });
});

describe('layout', () => {
  it.each(pages)('%s: no sideways scrolling at 320 px', async (path) => {
    const page = await open(path, { viewport: { width: 320, height: 700 } });
    const { scrollWidth, clientWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    await page.context().close();
  });

  it('wraps a long Latin string (a URL) inside the text column', async () => {
    const page = await open('/articles/gong-shu-kai-ju/', { viewport: { width: 320, height: 700 } });
    const fits = await page.evaluate(() => {
      const p = document.querySelector('.article-body p:not(.credit)')!;
      p.append(' https://example.com/a-very-long-path/with-no-spaces-at-all/0123456789abcdefghijklmnopqrstuvwxyz/index.html');
      const column = document.querySelector('.article-body')!.getBoundingClientRect();
      return p.getBoundingClientRect().right <= column.right + 0.5 && document.documentElement.scrollWidth <= document.documentElement.clientWidth;
    });
    expect(fits).toBe(true);
    await page.context().close();
  });
});

describe('requests', () => {
  const journeys = ['/', '/articles/gong-shu-kai-ju/', '/editions/newspaper-page/', ...pages.filter((p) => p.startsWith('/search/')).map(() => '/search/?q=春耕')];
  it.each(journeys)('%s: asks no other site for anything and breaks no CSP rule', async (path) => {
    const page = await newPage(browser);
    const requested: string[] = [];
    const violations: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    page.on('console', (message) => {
      if (/Content Security Policy/u.test(message.text())) violations.push(message.text());
    });
    await page.goto(siteUrl(path), { waitUntil: 'networkidle' });
    const origin = new URL(siteUrl('/')).origin;
    expect(requested.filter((url) => !url.startsWith(origin) && !url.startsWith('data:'))).toEqual([]);
    expect(violations).toEqual([]);
    await page.context().close();
  });
});

describe('print', () => {
  it('prints just the article: the headline on page 1, no navigation', async () => {
    const page = await open('/articles/gong-shu-kai-ju/');
    const pdf = await page.pdf({ format: 'A4' });
    const file = join(mkdtempSync(join(tmpdir(), 'print-')), 'article.pdf');
    writeFileSync(file, pdf);
    const firstPage = execFileSync('pdftotext', ['-f', '1', '-l', '1', '-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/gu, '');
    const all = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/gu, '');
    expect(firstPage).toContain('拱墅开局：以实干争先，以创新致远');
    expect(all).toContain('图片由拱墅区委宣传部提供');
    for (const chrome of ['往期版面', '跳到正文', '上一篇', '下一篇']) expect(all, chrome).not.toContain(chrome);
    await page.context().close();
  });
});
