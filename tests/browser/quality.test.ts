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
import { launchChromium, newPage, openPage, siteUrl } from '../support/browser.ts';
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

const open = (path: string, options: Parameters<typeof newPage>[1] = {}): Promise<Page> => openPage(browser, path, options);

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
  /**
   * Marks every control a reader should reach with Tab, in document order:
   * visible links, buttons, fields, disclosure buttons; of a radio group only
   * the stop Tab gives it (the checked radio, else the first). An element left
   * out of the Tab order (tabindex="-1") is still listed: it must be reachable.
   */
  const markControls = (scope: string) =>
    [...document.querySelectorAll<HTMLElement>(`${scope} :is(a[href], button:not([disabled]), input:not([type="hidden"]), select, textarea, summary, [tabindex])`)]
      .filter((el) => el.checkVisibility() || el.matches('.skip-link'))
      .filter((el) => {
        if (!(el instanceof HTMLInputElement) || el.type !== 'radio') return true;
        const group = [...document.querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${el.name}"]`)];
        return el.checked || (!group.some((radio) => radio.checked) && group[0] === el);
      })
      .map((el, index) => {
        el.dataset.controlIndex = String(index);
        return `${index} ${el.tagName} ${(el.textContent || el.getAttribute('aria-label') || el.getAttribute('name') || '').trim().slice(0, 16)}`;
      });
  const focused = () => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    return { index: el.dataset.controlIndex ?? `unlisted ${el.tagName}`, visible: style.outlineStyle !== 'none' || style.boxShadow !== 'none' };
  };

  it.each(pages)('%s: Tab stops at every visible control once, in document order, each visibly focused; the first stop skips to the content', async (path) => {
    const page = await open(path);
    const controls = await page.evaluate(markControls, 'body');
    const stops: string[] = [];
    for (let i = 0; i < controls.length; i++) {
      await page.keyboard.press('Tab');
      const stop = await page.evaluate(focused);
      if (!stop) break;
      expect(stop.visible, `${controls[Number(stop.index)] ?? stop.index} shows no focus`).toBe(true);
      stops.push(controls[Number(stop.index)] ?? stop.index);
    }
    expect(controls[0]).toMatch(/跳到正文$/u);
    expect(stops).toEqual(controls);
    await page.context().close();
  });

  // Tab must move through the header the way the eye reads it: left to right, then down a row.
  it.each([360, 1280])('at %i px Tab goes through every control of the header one by one, in reading order', async (width) => {
    const page = await open('/articles/gong-shu-kai-ju/', { viewport: { width, height: 900 } });
    const controls = await page.evaluate(markControls, '.site-header');
    expect(controls.length).toBeGreaterThanOrEqual(7);
    // The 简/繁 switch comes right after the reading settings, before the search box.
    const names = controls.map((control) => control.replace(/^\d+ /u, ''));
    expect(names.indexOf('A 繁')).toBe(names.findIndex((name) => name.startsWith('SUMMARY')) + 1);
    expect(names[names.indexOf('A 繁') + 1]).toMatch(/^INPUT/u);
    await page.keyboard.press('Tab'); // the skip link, before the header
    const stops: { name: string; left: number; top: number; bottom: number }[] = [];
    for (let i = 0; i < controls.length; i++) {
      await page.keyboard.press('Tab');
      stops.push(
        await page.evaluate(() => {
          const el = document.activeElement as HTMLElement;
          const box = el.getBoundingClientRect();
          return { name: el.dataset.controlIndex ?? `unlisted ${el.tagName} ${el.textContent?.trim()}`, left: box.left, top: box.top, bottom: box.bottom };
        }),
      );
    }
    expect(stops.map((stop) => controls[Number(stop.name)] ?? stop.name)).toEqual(controls);
    for (const [previous, next] of stops.slice(0, -1).map((stop, i) => [stop, stops[i + 1]!] as const)) {
      const nextRow = next.top >= previous.bottom - 1;
      expect(nextRow || next.left > previous.left, `${controls[Number(previous.name)]} → ${controls[Number(next.name)]}`).toBe(true);
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
