import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import type { EditionPlan, OfflineManifest } from '../lib/offline.ts';
import { HANT_DICT_URLS, hantPath } from '../lib/hant/paths.ts';
import { INDEX_AFTER_BUILD } from './pagefind.ts';

const WORKER = fileURLToPath(new URL('../scripts/offline-worker.ts', import.meta.url));
const BUILD_PLACEHOLDER = '__OFFLINE_BUILD_ID__';
/** Saved when the worker installs: the offline page, and the modules it and the reading tools load. */
const SHELL = ['/offline/', '/favicon.svg', '/_lazy/offline.js', '/_lazy/reader-tools.js', '/_lazy/reader-tools.css'];
/** The same for a 繁體 reader, where the build made the edition: its offline page, and what turns the scripts' words Traditional. */
const HANT_SHELL = [hantPath('/offline/'), '/_lazy/hant.js', HANT_DICT_URLS.site, HANT_DICT_URLS.ui];
/** The search page's own files, saved only when the reader asks (the whole index: search finds every article offline). */
const SEARCH_DIRS = ['pagefind', 'search/pinyin'];

/** The built file a URL is served from: /x/ is x/index.html. */
function fileOf(outDir: string, url: string): string {
  return join(outDir, url.endsWith('/') ? `${url}index.html` : url);
}

/** The bundled scripts and styles a page loads (/_astro/…), which must be saved with it. */
async function withAssets(outDir: string, urls: string[]): Promise<string[]> {
  const assets = new Set<string>();
  for (const url of urls.filter((u) => u.endsWith('/'))) {
    for (const [, asset] of (await readFile(fileOf(outDir, url), 'utf8')).matchAll(/(?:src|href)="(\/_astro\/[^"?#]+)"/gu)) assets.add(asset!);
  }
  return [...urls, ...[...assets].sort()];
}

async function filesUnder(outDir: string, dir: string): Promise<string[]> {
  const entries = await readdir(join(outDir, dir), { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => `/${join(entry.parentPath, entry.name).slice(outDir.length + 1).replaceAll('\\', '/')}`)
    .sort();
}

/**
 * Writes the service worker (/sw.js) and what it follows
 * (/offline/manifest-<build>.json) into the built site. The build's id is a
 * hash of the worker and of every file it can save, so a build that changes
 * any of them gets new cache names, and the worker drops the old caches when
 * it takes over: a reader never sees a page of an earlier build once this
 * build's worker runs. Called after the search index exists, since the index
 * is among what can be saved.
 */
export async function writeOfflineFiles(outDir: string): Promise<OfflineManifest> {
  const plan = JSON.parse(await readFile(join(outDir, 'offline/edition.json'), 'utf8')) as EditionPlan;
  // With its 繁體 twins where the build made them: a reader who switches script offline finds the same edition.
  const withTwins = (urls: string[]) => [...urls, ...urls.map(hantPath).filter((url) => existsSync(fileOf(outDir, url)))];
  const editionUrls = await withAssets(outDir, withTwins([...new Set(['/', ...plan.pages.map((page) => page.url), ...plan.articles.map((article) => article.url)])]));
  const searchUrls = await withAssets(outDir, [...withTwins(['/search/']), ...(await Promise.all(SEARCH_DIRS.map((dir) => filesUnder(outDir, dir)))).flat()]);
  const shell = [...SHELL, ...HANT_SHELL.filter((url) => existsSync(fileOf(outDir, url)))];
  const worker = await build({ entryPoints: [WORKER], bundle: true, format: 'iife', minify: true, target: 'es2022', write: false, define: { __OFFLINE_BUILD__: JSON.stringify(BUILD_PLACEHOLDER) }, logLevel: 'silent' });
  const workerText = worker.outputFiles[0]!.text;

  const hash = createHash('sha256').update(workerText);
  // Read one after the other, synchronously: hundreds of small files (the index, the pinyin map), each
  // awaited in turn, took some 150 ms more on the 3 articles' build.
  const sizeOf = (urls: string[]) => {
    let bytes = 0;
    for (const url of urls) {
      const content = readFileSync(fileOf(outDir, url));
      hash.update(`\0${url}\0`).update(content);
      bytes += content.length;
    }
    return bytes;
  };
  const editionBytes = sizeOf(editionUrls);
  const searchBytes = sizeOf(searchUrls);
  sizeOf(shell);
  const id = hash.digest('hex').slice(0, 12);

  const manifest: OfflineManifest = { build: id, edition: { ...plan, urls: editionUrls, bytes: editionBytes }, shell, search: { urls: searchUrls, bytes: searchBytes } };
  await writeFile(join(outDir, `offline/manifest-${id}.json`), JSON.stringify(manifest));
  await writeFile(join(outDir, 'sw.js'), workerText.replaceAll(BUILD_PLACEHOLDER, id));
  return manifest;
}

/**
 * The offline worker as an Astro integration, for a bare `astro build` (after
 * the search index and the on-demand modules). `npm run build` calls
 * writeOfflineFiles itself once the index is built (scripts/build.ts).
 */
export function offlineWorker(): AstroIntegration {
  return {
    name: 'offline-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (process.env[INDEX_AFTER_BUILD] === '1') return;
        const manifest = await writeOfflineFiles(fileURLToPath(dir));
        logger.info(`offline worker for build ${manifest.build}: ${manifest.edition.urls.length} pages of the latest edition`);
      },
    },
  };
}

