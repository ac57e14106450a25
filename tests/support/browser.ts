import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { inject } from 'vitest';

export { launchChromium } from '../../scripts/lib/chromium.ts';

/** The URL the browser tests' global setup serves dist/ on. */
export function siteUrl(path = '/'): string {
  return new URL(path, inject('siteUrl')).href;
}

/** A fresh page in a fresh context (own storage, own cache). */
export async function newPage(browser: Browser, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext({ locale: 'zh-CN', ...options });
  return context.newPage();
}

/** Opens a page of the served site in a fresh context and waits for it to load. */
export async function openPage(browser: Browser, path: string, options: BrowserContextOptions = {}): Promise<Page> {
  const page = await newPage(browser, options);
  await page.goto(siteUrl(path), { waitUntil: 'load' });
  return page;
}

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
  }
}
