/**
 * What a first search costs a reader on a cold cache, and each search after
 * it, measured in chromium against a built site. Shared by `npm run
 * bench:search` and `npm run bench`.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page, Request } from 'playwright-core';

export interface SearchCost {
  query: string;
  /** Bytes on the wire (compressed bodies and headers) until the results were shown. */
  bytesWithHtml: number;
  bytesWithoutHtml: number;
  requests: number;
  /** From navigation start to the results (or the no-results note) on screen. */
  msToResults: number;
}

export interface FurtherQueryCost {
  query: string;
  bytes: number;
  requests: number;
}

async function wireSize(request: Request): Promise<number> {
  const sizes = await request.sizes();
  return sizes.responseBodySize + sizes.responseHeadersSize;
}

/** Resolves when the search page has answered, with ms since navigation start. */
function resultsShown(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const watch = () => {
          const status = document.querySelector('#search-status')!;
          // Simplified, or Traditional on the 繁體 edition's search page.
          const done = () => /^(找到|没有找到|沒有找到)/u.test(status.textContent ?? '');
          if (done()) resolve(performance.now());
          new MutationObserver(() => done() && resolve(performance.now())).observe(status, { childList: true, characterData: true, subtree: true });
        };
        // Navigation is awaited only until the response starts: the status may not be parsed yet.
        if (document.querySelector('#search-status')) watch();
        else document.addEventListener('DOMContentLoaded', watch);
      }),
  );
}

/** A first search on a cold cache: a fresh browser context per query. */
export async function firstSearch(browser: Browser, baseUrl: string, query: string, searchPath = '/search/'): Promise<SearchCost> {
  return (await firstSearches(browser, baseUrl, query, 1, searchPath))[0]!;
}

/** The same first search `runs` times, each on a cold cache, on the search page at `searchPath` (/zh-hant/search/ for the 繁體 edition's). */
export async function firstSearches(browser: Browser, baseUrl: string, query: string, runs: number, searchPath = '/search/'): Promise<SearchCost[]> {
  const costs: SearchCost[] = [];
  for (let run = 0; run < runs; run++) costs.push(await coldSearch(browser, baseUrl, query, searchPath));
  return costs;
}

async function coldSearch(browser: Browser, baseUrl: string, query: string, searchPath: string): Promise<SearchCost> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const finished: Request[] = [];
  page.on('requestfinished', (request) => finished.push(request));
  const url = new URL(`${searchPath}?q=${encodeURIComponent(query)}`, baseUrl).href;
  await page.goto(url, { waitUntil: 'commit' });
  const msToResults = await resultsShown(page);
  await page.waitForLoadState('networkidle');
  let bytesWithHtml = 0;
  let html = 0;
  for (const request of finished) {
    const size = await wireSize(request);
    bytesWithHtml += size;
    if (request.url() === url) html += size;
  }
  await context.close();
  return { query, bytesWithHtml, bytesWithoutHtml: bytesWithHtml - html, requests: finished.length, msToResults };
}

/** Searches typed one after another in one page: what each costs after the first. */
export async function furtherSearches(browser: Browser, baseUrl: string, queries: string[]): Promise<FurtherQueryCost[]> {
  const context = await browser.newContext();
  const page = await context.newPage();
  let finished: Request[] = [];
  page.on('requestfinished', (request) => finished.push(request));
  await page.goto(new URL(`/search/?q=${encodeURIComponent(queries[0]!)}`, baseUrl).href);
  await resultsShown(page);
  await page.waitForLoadState('networkidle');
  const costs: FurtherQueryCost[] = [];
  for (const query of queries.slice(1)) {
    finished = [];
    const answered = Number(await page.getAttribute('#search-results', 'data-answered'));
    await page.fill('#search-query', query);
    await page.waitForFunction((before) => Number(document.querySelector('#search-results')?.getAttribute('data-answered')) > before, answered);
    await page.waitForLoadState('networkidle');
    let bytes = 0;
    for (const request of finished) bytes += await wireSize(request);
    costs.push({ query, bytes, requests: finished.length });
  }
  await context.close();
  return costs;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Bytes the index takes on disk. */
export function folderSize(folder: string): number {
  return readdirSync(folder, { withFileTypes: true }).reduce((total, entry) => {
    const path = join(folder, entry.name);
    return total + (entry.isDirectory() ? folderSize(path) : statSync(path).size);
  }, 0);
}
