/**
 * npm run bench:search: what search costs a reader, on the site already built
 * in dist/ (it builds nothing). Prints numbers against the targets.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './lib/chromium.ts';
import { KiB, kib, mark } from './lib/numbers.ts';
import { firstSearch, firstSearches, folderSize, furtherSearches, median } from './lib/search-bench.ts';
import { serveStatic } from './lib/static-server.ts';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const QUERIES = ['新居民', '禾城農商銀行', '人工智能 拱墅', '量子计算机'];
/** Rows for the 繁體 edition's search page (/zh-hant/search/), when the site has one: its converter and dictionary on top. */
const HANT_QUERIES = ['新居民', '禾城農商銀行'];
const RUNS = 7;
/** The search issue's budget for a first search on the site's own content (the archive's, 150 KiB, is `npm run bench -- --archive`'s). */
const FIRST_SEARCH_KIB = 100;

if (!existsSync(join(dist, 'pagefind'))) {
  console.error('bench:search: no built site with a search index in dist/; run `npm run build` first');
  process.exit(1);
}

const server = await serveStatic(dist);
const browser = await launchChromium();
try {
  // One warm-up run so the first measured query does not pay for the browser's own start.
  await firstSearch(browser, server.url, QUERIES[0]!);
  console.log(`First search on a cold cache, ${RUNS} runs a query (target: ≤ ${FIRST_SEARCH_KIB} KiB beyond the HTML, ≤ 300 ms):\n`);
  console.log('| query | beyond HTML | with HTML | requests | ms to results, median (fastest–slowest) |');
  console.log('| --- | --- | --- | --- | --- |');
  const rows: [string, string][] = [...QUERIES.map((query): [string, string] => [query, '/search/']), ...(existsSync(join(dist, 'zh-hant/search/index.html')) ? HANT_QUERIES.map((query): [string, string] => [query, '/zh-hant/search/']) : [])];
  for (const [query, path] of rows) {
    const costs = await firstSearches(browser, server.url, query, RUNS, path);
    const cost = costs[0]!;
    const ms = costs.map((c) => c.msToResults);
    console.log(
      `| ${query}${path === '/search/' ? '' : ` (${path})`} | ${kib(cost.bytesWithoutHtml)} ${mark(cost.bytesWithoutHtml <= FIRST_SEARCH_KIB * KiB)} | ${kib(cost.bytesWithHtml)} | ${cost.requests} | ${median(ms).toFixed(0)} (${Math.min(...ms).toFixed(0)}–${Math.max(...ms).toFixed(0)}) ${mark(median(ms) <= 300)} |`,
    );
  }
  console.log('\nEach further query, typed after the first (target: ≤ 20 KiB):\n');
  console.log('| query | transferred | requests |');
  console.log('| --- | --- | --- |');
  for (const cost of await furtherSearches(browser, server.url, ['春耕', ...QUERIES])) {
    console.log(`| ${cost.query} | ${kib(cost.bytes)} ${mark(cost.bytes <= 20 * KiB)} | ${cost.requests} |`);
  }
  console.log(`\nIndex on disk (dist/pagefind): ${kib(folderSize(join(dist, 'pagefind')))}`);
} finally {
  await browser.close();
  await server.close();
}
