/**
 * The archive's pages in a real browser, on a copy of the site built from a
 * made-up archive of 108 articles (tests/support/archive-fixture.ts): the main
 * build's one undated page has no calendar, year page or second author page.
 * The same gates as quality.test.ts: axe (WCAG 2.2 AA) in both themes at phone
 * and desktop widths, visible keyboard focus, no sideways scrolling at 320 px.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';
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
  writeArchive(copy.contentDir);
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
