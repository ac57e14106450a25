/**
 * npm run bench: builds the site once and prints what a reader's phone pays for it.
 * Numbers, not pass/fail: each row shows its target and whether it is met.
 * With `--archive <dir>` it measures a generated archive instead (bench-archive.ts).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, CHROMIUM_PATH, launchChromium } from './lib/chromium.ts';
import { KiB, kib, mark } from './lib/numbers.ts';
import { firstSearches, folderSize, furtherSearches, median } from './lib/search-bench.ts';
import { serveStatic } from './lib/static-server.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
const dist = join(root, 'dist');

function buildOnce(): number {
  const started = performance.now();
  const run = spawnSync(process.execPath, [join(root, 'scripts/build.ts')], { cwd: root, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  if (run.status !== 0) throw new Error(`astro build failed:\n${run.stdout}\n${run.stderr}`);
  return performance.now() - started;
}

interface PageWeight {
  path: string;
  html: [number, number];
  css: [number, number];
  js: [number, number];
  requests: number;
  cssRequests: number;
  /** Every response before interaction, each gzipped on its own. */
  fetchedGzip: number;
}

const size = (bytes: Buffer): [number, number] => [bytes.length, gzipSync(bytes, { level: 9 }).length];
const add = (a: [number, number], b: [number, number]): [number, number] => [a[0] + b[0], a[1] + b[1]];

/** What a page loads before the reader does anything: measured in chromium, sized from dist. */
async function weigh(baseUrl: string, path: string): Promise<PageWeight> {
  const browser = await launchChromium();
  const page = await browser.newPage();
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  await page.goto(new URL(path, baseUrl).href, { waitUntil: 'networkidle' });
  const inlineScripts = await page.$$eval('script:not([src]):not([type="application/ld+json"])', (scripts) => scripts.map((s) => s.textContent ?? ''));
  await browser.close();

  const weight: PageWeight = { path, html: [0, 0], css: [0, 0], js: [0, 0], requests: requested.length, cssRequests: 0, fetchedGzip: 0 };
  for (const url of requested) {
    const { pathname } = new URL(url);
    const file = join(dist, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
    const bytes = readFileSync(file);
    if (pathname.endsWith('.css')) {
      weight.css = add(weight.css, size(bytes));
      weight.cssRequests++;
      weight.fetchedGzip += size(bytes)[1];
    } else if (/\.m?js$/u.test(pathname)) {
      weight.js = add(weight.js, size(bytes));
      weight.fetchedGzip += size(bytes)[1];
    } else if (url === requested[0]) {
      weight.html = size(bytes);
      weight.fetchedGzip += size(bytes)[1];
    }
  }
  for (const script of inlineScripts) weight.js = add(weight.js, size(Buffer.from(script)));
  return weight;
}

/** Lighthouse's mobile run (its default config) against Debian's chromium. */
async function lighthouseScores(url: string): Promise<Record<string, number>> {
  const chrome = spawn(CHROMIUM_PATH, [...CHROMIUM_ARGS, '--remote-debugging-port=0', '--user-data-dir=' + join(root, 'node_modules/.cache/bench-chromium')], { stdio: ['ignore', 'ignore', 'pipe'] });
  const port = await new Promise<number>((resolve, reject) => {
    let seen = '';
    chrome.stderr.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const match = /DevTools listening on ws:\/\/127\.0\.0\.1:(\d+)\//u.exec(seen);
      if (match) resolve(Number(match[1]));
    });
    chrome.once('exit', () => reject(new Error(`chromium exited before listening:\n${seen}`)));
  });
  try {
    const result = await lighthouse(url, { port, logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    return Object.fromEntries(Object.entries(result.lhr.categories).map(([id, category]) => [id, Math.round((category.score ?? 0) * 100)]));
  } finally {
    chrome.kill();
  }
}

async function main(): Promise<void> {
  const buildMs = buildOnce();
  const server = await serveStatic(dist);
  try {
    const article = readdirSync(join(dist, 'articles'))[0]!;
    const paths = ['/', `/articles/${article}/`, ...(existsSync(join(dist, 'search')) ? ['/search/'] : [])];
    const weights = [];
    for (const path of paths) weights.push(await weigh(server.url, path));

    console.log(`build: ${(buildMs / 1000).toFixed(1)} s; dist on disk: ${kib(folderSize(dist))}\n`);
    console.log('| page | HTML raw / gzip | CSS raw / gzip | JS before interaction raw / gzip | requests before interaction | CSS requests |');
    console.log('| --- | --- | --- | --- | --- | --- |');
    for (const w of weights) {
      console.log(`| ${w.path} | ${kib(w.html[0])} / ${kib(w.html[1])} | ${kib(w.css[0])} / ${kib(w.css[1])} | ${kib(w.js[0])} / ${kib(w.js[1])} | ${w.requests} | ${w.cssRequests} |`);
    }
    const articleWeight = weights[1]!;
    console.log('\nTargets for an article page:');
    console.log(`- HTML + CSS gzip ≤ 30 KiB: ${kib(articleWeight.html[1] + articleWeight.css[1])} ${mark(articleWeight.html[1] + articleWeight.css[1] <= 30 * KiB)}`);
    console.log(`- script before interaction ≤ 1 KiB: ${kib(articleWeight.js[0])} ${mark(articleWeight.js[0] <= KiB)}`);
    console.log(`- at most one CSS request: ${articleWeight.cssRequests} ${mark(articleWeight.cssRequests <= 1)}`);
    // Inline styles and scripts are inside the HTML: each response is counted once, gzipped on its own (the icon aside).
    console.log(`- everything fetched before interaction (HTML with its inline styles and scripts, CSS and script files) ≤ 9 KiB gzip: ${kib(articleWeight.fetchedGzip)} ${mark(articleWeight.fetchedGzip <= 9 * KiB)}`);

    const browser = await launchChromium();
    const first = await firstSearches(browser, server.url, '新居民', 5);
    const further = await furtherSearches(browser, server.url, ['新居民', '禾城農商銀行', '人工智能 拱墅']);
    await browser.close();
    const ms = median(first.map((c) => c.msToResults));
    console.log('\nSearch (npm run bench:search has the full table):');
    console.log(`- first search on a cold cache, beyond the HTML ≤ 100 KiB: ${kib(first[0]!.bytesWithoutHtml)} in ${first[0]!.requests} requests ${mark(first[0]!.bytesWithoutHtml <= 100 * KiB)}`);
    console.log(`- time to results ≤ 300 ms: median ${ms.toFixed(0)} ms of ${first.length} runs ${mark(ms <= 300)}`);
    console.log(`- each further query ≤ 20 KiB: at most ${kib(Math.max(...further.map((f) => f.bytes)))} ${mark(further.every((f) => f.bytes <= 20 * KiB))}`);

    console.log('\nLighthouse (mobile), target 100 in each:');
    console.log('| page | performance | accessibility | best practices | SEO |');
    console.log('| --- | --- | --- | --- | --- |');
    for (const path of paths.slice(0, 2)) {
      const s = await lighthouseScores(new URL(path, server.url).href);
      console.log(`| ${path} | ${s.performance} | ${s.accessibility} | ${s['best-practices']} | ${s.seo} |`);
    }
  } finally {
    await server.close();
  }
}

if (process.argv.includes('--archive') || process.argv.includes('--site')) await import('./bench-archive.ts');
else await main();
