/**
 * npm run bench -- --archive <dir>: builds the site from a generated archive
 * (npm run archive:generate) the way a newspaper's host would, in a copy of
 * the site with empty caches, and prints what it costs:
 *
 * - the cold build (preview images and search index included) and its peak memory;
 * - the daily case: the rebuild after one more printed page, with the caches kept;
 * - pages per second, the index on disk, the largest HTML and XML files (gzip);
 * - the first search on a cold browser cache, and whether headline queries
 *   find their article first.
 *
 * The archive folder is not changed: it is copied into the site copy first.
 * `--site <copy>` measures the searches again on a copy an earlier run kept.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { launchChromium } from './lib/chromium.ts';
import { KiB, kib, mark } from './lib/numbers.ts';
import { watchPeakMemory } from './lib/process-memory.ts';
import { firstSearches, folderSize, median } from './lib/search-bench.ts';
import { makeSiteCopy } from './lib/site-copy.ts';
import { serveStatic } from './lib/static-server.ts';

const projectRoot = fileURLToPath(new URL('../', import.meta.url));
const MiB = 1024 * 1024;

interface BuildRun {
  seconds: number;
  peakBytes: number;
  /** The build's last log line before the peak: which step needed the memory. */
  peakDuring: string;
  output: string;
}

/** One `astro build` of the copy, timed, with the peak memory of everything it ran. */
function build(root: string, env: NodeJS.ProcessEnv): Promise<BuildRun> {
  return new Promise((done, fail) => {
    const started = performance.now();
    const child = spawn(process.execPath, [join(projectRoot, 'scripts/build.ts')], { cwd: root, env: { ...process.env, ...env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' } });
    const memory = watchPeakMemory(child.pid!);
    let output = '';
    const lines: { at: number; text: string }[] = [];
    const take = (chunk: Buffer) => {
      output += chunk.toString();
      for (const text of chunk.toString().split('\n')) if (text.trim() !== '' && !/MODULE_LEVEL_DIRECTIVE|^\s*[│╭╰─]/u.test(text)) lines.push({ at: performance.now(), text: text.trim() });
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    child.on('close', (code) => {
      const peakBytes = memory.stop();
      const peakDuring = lines.filter((l) => l.at <= memory.peakAt()).at(-1)?.text ?? '(before any output)';
      if (code !== 0) return fail(new Error(`astro build failed (exit ${code}):\n${output.slice(-4000)}`));
      done({ seconds: (performance.now() - started) / 1000, peakBytes, peakDuring, output });
    });
  });
}

/** Every file under `dir` whose name ends in one of `extensions`. */
function filesIn(dir: string, extensions: string[]): string[] {
  return (readdirSync(dir, { recursive: true }) as string[]).filter((name) => extensions.some((ext) => name.endsWith(ext))).map((name) => join(dir, name));
}

function largestGzip(files: string[], root: string): { path: string; gzip: number } {
  let largest = { path: '', gzip: 0 };
  for (const file of files) {
    const bytes = readFileSync(file);
    // Only files that could be the largest are compressed: gzip never shrinks HTML or XML more than 10×.
    if (bytes.length / 10 < largest.gzip) continue;
    const gzip = gzipSync(bytes, { level: 6 }).length;
    if (gzip > largest.gzip) largest = { path: `/${relative(root, file)}`, gzip };
  }
  return largest;
}

/** The build's own lines worth repeating: cards of both editions, the search index, Astro's pages, the 繁體 pages. */
const REPORTED = [/\[preview-cards\]/u, /\[og\]/u, /\[zh-hant\] 繁體 \d/u, /search index: \d/u, /\d+ page\(s\) built in/u, /繁體 edition: \d/u];

function line(text: string, pattern: RegExp): string {
  return text.split('\n').find((l) => pattern.test(l))?.replace(/^\S+ \[[^\]]+\] /u, '').trim() ?? '(not reported)';
}

/** Headlines of articles spread over the archive, oldest to newest, with their slugs. */
function sampleHeadlines(contentDir: string, count: number): { slug: string; headline: string }[] {
  const files = readdirSync(join(contentDir, 'articles')).filter((name) => name.endsWith('.mdx')).sort();
  const step = Math.max(1, Math.floor(files.length / count));
  const picked = [];
  for (let i = 0; i < files.length && picked.length < count; i += step) {
    const text = readFileSync(join(contentDir, 'articles', files[i]!), 'utf8');
    const headline = /^headline: (.+)$/mu.exec(text)?.[1]?.replace(/^["']|["']$/gu, '');
    if (headline) picked.push({ slug: files[i]!.replace(/\.mdx$/u, ''), headline });
  }
  return picked;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { archive: { type: 'string' }, site: { type: 'string' }, queries: { type: 'string', default: '20' }, 'skip-search': { type: 'boolean', default: false } } });
  if (values.site) {
    // Searches again on a site copy an earlier run built and kept, without building.
    await measureSearch(join(resolve(values.site), 'dist'), join(resolve(values.site), 'content'), Number(values.queries));
    return;
  }
  if (!values.archive) throw new Error('usage: npm run bench -- --archive <folder made by npm run archive:generate> | --site <site copy an earlier run kept>');
  const archive = resolve(values.archive);
  const marker = JSON.parse(readFileSync(join(archive, '.archive.json'), 'utf8')) as { articles: number; seed?: number | string; start?: string };

  const site = makeSiteCopy(projectRoot);
  cpSync(archive, site.contentDir, { recursive: true });
  const env = { CONTENT_DIR: site.contentDir, OG_CACHE_DIR: join(site.root, '.cache/og-cards'), PAGEFIND_CACHE_DIR: join(site.root, '.cache/pagefind-volumes'), PINYIN_CACHE_DIR: join(site.root, '.cache/pinyin-volumes'), HANT_CACHE_DIR: join(site.root, '.cache/hant-pages') };
  const articles = readdirSync(join(site.contentDir, 'articles')).filter((n) => n.endsWith('.mdx')).length;
  const editions = readdirSync(join(site.contentDir, 'editions')).filter((n) => n.endsWith('.yaml')).length;
  console.log(`Archive ${archive}: ${articles} articles, ${editions} editions. Site copy: ${site.root}\n`);

  const cold = await build(site.root, env);
  const dist = join(site.root, 'dist');
  const pages = filesIn(dist, ['.html']).length;

  // The daily case: one more printed page, as the generator would add it, then a rebuild with the caches kept.
  const args = ['scripts/archive-generate.ts', '--articles', String(marker.articles + 1), '--out', site.contentDir];
  if (marker.seed !== undefined) args.push('--seed', String(marker.seed));
  if (marker.start !== undefined) args.push('--start', marker.start);
  const grown = spawnSync(process.execPath, args, { cwd: projectRoot, encoding: 'utf8' });
  if (grown.status !== 0) throw new Error(`could not add an edition:\n${grown.stdout}\n${grown.stderr}`);
  const added = readdirSync(join(site.contentDir, 'editions')).filter((n) => n.endsWith('.yaml')).length - editions;
  const warm = await build(site.root, env);

  const html = largestGzip(filesIn(dist, ['.html']), dist);
  const xml = largestGzip(filesIn(dist, ['.xml']), dist);
  const volumes = existsSync(join(dist, 'pagefind/v')) ? readdirSync(join(dist, 'pagefind/v')) : [];
  const volumeSizes = volumes.map((v) => folderSize(join(dist, 'pagefind/v', v)));

  console.log('| figure | value | target |');
  console.log('| --- | --- | --- |');
  console.log(`| cold build, empty caches | ${cold.seconds.toFixed(0)} s | ≤ 600 s ${mark(cold.seconds <= 600)} |`);
  console.log(`| cold build peak memory (process tree) | ${(cold.peakBytes / MiB).toFixed(0)} MiB, after “${cold.peakDuring.slice(0, 80)}” | ≤ 4096 MiB ${mark(cold.peakBytes <= 4096 * MiB)} |`);
  console.log(`| rebuild after ${added} more edition(s), caches kept | ${warm.seconds.toFixed(0)} s | ≤ 120 s ${mark(warm.seconds <= 120)} |`);
  console.log(`| rebuild peak memory | ${(warm.peakBytes / MiB).toFixed(0)} MiB, after “${warm.peakDuring.slice(0, 80)}” | |`);
  console.log(`| pages built | ${pages} (${(pages / cold.seconds).toFixed(0)} a second cold, ${(pages / warm.seconds).toFixed(0)} warm) | |`);
  console.log(`| search index on disk | ${kib(folderSize(join(dist, 'pagefind')))} in ${volumes.length} volumes, largest ${kib(Math.max(0, ...volumeSizes))} | |`);
  console.log(`| preview images on disk | ${kib(folderSize(join(dist, 'og')))} | |`);
  console.log(`| largest HTML, gzip | ${kib(html.gzip)} (${html.path}) | ≤ 100 KiB ${mark(html.gzip <= 100 * KiB)} |`);
  console.log(`| largest XML, gzip | ${kib(xml.gzip)} (${xml.path}) | ≤ 100 KiB ${mark(xml.gzip <= 100 * KiB)} |`);
  console.log('\nCold build, as Astro and the integrations report it:');
  for (const pattern of REPORTED) console.log(`- ${line(cold.output, pattern)}`);
  console.log('Rebuild:');
  for (const pattern of REPORTED) console.log(`- ${line(warm.output, pattern)}`);

  if (values['skip-search']) return;
  await measureSearch(dist, site.contentDir, Number(values.queries));
  console.log(`\nThe site copy stays in ${site.root} for inspection; delete it when done.`);
}

/** First searches and headline queries on a built site, in Chromium. */
async function measureSearch(dist: string, contentDir: string, queries: number): Promise<void> {
  const server = await serveStatic(dist);
  const browser = await launchChromium();
  try {
    const samples = sampleHeadlines(contentDir, queries);
    console.log('\nFirst search on a cold cache (target ≤ 150 KiB beyond the HTML, ≤ 500 ms to results):\n');
    console.log('| query | beyond HTML | requests | ms to results, median of 3 |');
    console.log('| --- | --- | --- | --- |');
    const newest = samples.at(-1)!.headline;
    const oldest = samples[0]!.headline;
    for (const query of ['经济', '嘉兴', newest, oldest, '量子计算机']) {
      const costs = await firstSearches(browser, server.url, query, 3);
      const ms = median(costs.map((c) => c.msToResults));
      console.log(`| ${query} | ${kib(costs[0]!.bytesWithoutHtml)} ${mark(costs[0]!.bytesWithoutHtml <= 150 * KiB)} | ${costs[0]!.requests} | ${ms.toFixed(0)} ${mark(ms <= 500)} |`);
    }
    let first = 0;
    const misses: string[] = [];
    const page = await browser.newPage();
    for (const { slug, headline } of samples) {
      await page.goto(new URL(`/search/?q=${encodeURIComponent(headline)}`, server.url).href);
      await page.waitForFunction(() => /^(找到|没有找到)/u.test(document.querySelector('#search-status')?.textContent ?? ''));
      // Several articles may share a headline (a series, a recurring report): the newest of them first is right too.
      const shown = await page.locator('.result-headline').first().textContent().catch(() => null);
      const href = await page.locator('.result-link').first().getAttribute('href').catch(() => null);
      if (shown === headline) first++;
      else misses.push(`${headline} (${slug}) → ${shown ?? 'nothing'} ${href ?? ''}`);
    }
    await page.close();
    console.log(`\nHeadline queries (full headline, articles spread over the archive): the article first in ${first} of ${samples.length} ${mark(first === samples.length)}`);
    for (const miss of misses) console.log(`  - ${miss}`);
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
