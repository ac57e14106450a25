import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import { indexCopy } from '../lib/search/index-copy.ts';
import { exposeLocationWeights } from '../lib/search/pagefind-patch.ts';
import { volumePath } from '../lib/search/volumes.ts';

/** What a volume's index folder keeps; Pagefind's ready-made interfaces are never loaded. */
const VOLUME_FILES = /^(pagefind-entry\.json|pagefind\..+\.pf_meta|wasm\..+\.pagefind|index|fragment|filter)$/u;
/**
 * Word locations per index chunk (Pagefind's default is 20,000). A query
 * downloads the whole chunk holding each of its words. With one index word
 * per character, 20,000 locations hold dozens of characters' entries, and
 * 经济 on a volume of 1,000 articles downloaded 80 KiB of chunks; at 1,500
 * it downloads 13 KiB, for a list of chunks (in the volume's metadata) 6 KiB
 * longer. Measured in docs/scale.md. Pagefind's indexer reads it from its
 * environment (PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE, which also overrides it).
 */
export const INDEX_CHUNK_LOCATIONS = Number(process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ?? 1500);

/** A cached volume index unused for this long is removed. */
const STALE_AFTER_MS = 24 * 60 * 60 * 1000;

/** What the site loads from /pagefind/ itself. */
const SHARED_FILES = ['pagefind.js', 'pagefind-highlight.js'];

interface IndexedPage {
  url: string;
  file: string;
  volume: string;
  /** Newest first (see searchOrder): the order pages are added, so equal matches come out newest first. */
  order: number;
  htmlHash: string;
}

/**
 * Builds the search index after the site is built, through Pagefind's Node
 * API: one index per volume (a 旬 of editions, see src/lib/search/volumes.ts),
 * from a copy of each article page in which every Chinese character is its
 * own index word (src/lib/search/han.ts), so search can ask for an exact run
 * of characters. A volume whose pages are unchanged since an earlier build is
 * copied from the cache (node_modules/.cache/ by default, PAGEFIND_CACHE_DIR
 * names another) instead of being indexed again.
 */
export function pagefindIndex(): AstroIntegration {
  let cacheRoot = '';
  let root = '';
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        cacheRoot = process.env.PAGEFIND_CACHE_DIR ?? join(root, 'node_modules/.cache/pagefind-volumes');
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        const outDir = fileURLToPath(dir);
        const started = performance.now();
        const indexed = await articlePages(outDir, pages.map((page) => page.pathname));
        const volumes = Map.groupBy(indexed, (page) => page.volume);
        const version = pagefindVersion(root);
        let rebuilt = 0;
        rmSync(join(outDir, 'pagefind'), { recursive: true, force: true });
        for (const [volume, volumePages] of [...volumes].sort(([a], [b]) => a.localeCompare(b))) {
          volumePages.sort((a, b) => a.order - b.order || a.url.localeCompare(b.url));
          const key = createHash('sha256').update(`${version}\0${INDEX_CHUNK_LOCATIONS}\0${volume}\0`);
          for (const page of volumePages) key.update(`${page.url}\0${page.htmlHash}\0`);
          const cached = join(cacheRoot, volume, key.digest('hex').slice(0, 24));
          if (!existsSync(cached)) {
            await indexVolume(volumePages, cached, logger);
            rebuilt++;
          }
          // Other indexes of this volume are stale once a day old. Younger ones may be another
          // build's at this moment (tests build site copies side by side over one cache).
          const now = new Date();
          utimesSync(cached, now, now);
          for (const other of readdirSync(join(cacheRoot, volume))) {
            const path = join(cacheRoot, volume, other);
            if (path !== cached && statSync(path).mtimeMs < now.getTime() - STALE_AFTER_MS) rmSync(path, { recursive: true, force: true });
          }
          const target = join(outDir, volumePath(volume));
          mkdirSync(target, { recursive: true });
          for (const entry of readdirSync(cached).filter((name) => VOLUME_FILES.test(name))) cpSync(join(cached, entry), join(target, entry), { recursive: true });
          if (!existsSync(join(outDir, 'pagefind', 'pagefind.js'))) {
            for (const file of SHARED_FILES) cpSync(join(cached, file), join(outDir, 'pagefind', file));
          }
        }
        if (volumes.size > 0) {
          const script = join(outDir, 'pagefind', 'pagefind.js');
          writeFileSync(script, exposeLocationWeights(readFileSync(script, 'utf8')));
        }
        logger.info(`search index: ${indexed.length} articles in ${volumes.size} volumes, ${rebuilt} indexed now, ${volumes.size - rebuilt} from the cache, in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      },
    },
  };
}

/** The built pages that hold an article to index, with the volume and order their markup states. */
async function articlePages(outDir: string, pathnames: string[]): Promise<IndexedPage[]> {
  const found: IndexedPage[] = [];
  for (const pathname of pathnames) {
    const file = join(outDir, pathname, pathname.endsWith('.html') ? '' : 'index.html');
    const html = await readFile(file, 'utf8').catch(() => '');
    const body = /<[a-z]+\b[^>]*\bdata-pagefind-body\b[^>]*>/u.exec(html)?.[0];
    if (!body) continue;
    const volume = /\bdata-volume="([^"]+)"/u.exec(body)?.[1];
    const order = /\bdata-order="(-?\d+)"/u.exec(body)?.[1];
    if (volume === undefined || order === undefined) throw new Error(`/${pathname}: the indexed element must state data-volume and data-order`);
    found.push({ url: `/${pathname}`, file, volume, order: Number(order), htmlHash: createHash('sha256').update(html).digest('hex') });
  }
  return found;
}

/** Indexes one volume into `target` (written whole or not at all). */
async function indexVolume(pages: IndexedPage[], target: string, logger: AstroIntegrationLogger): Promise<void> {
  // Read by Pagefind's indexing service, which starts with the first index and inherits this environment.
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = String(INDEX_CHUNK_LOCATIONS);
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  for (const page of pages) {
    const copy = indexCopy(await readFile(page.file, 'utf8'));
    if (copy === undefined) throw new Error(`${page.url}: nothing to index`);
    const added = await index.addHTMLFile({ url: page.url, content: copy });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index ${page.url}: ${added.errors.join('; ')}`);
  }
  const partial = `${target}.partial-${process.pid}`;
  rmSync(partial, { recursive: true, force: true });
  const written = await index.writeFiles({ outputPath: partial });
  if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
  // A fresh indexing service for each volume: one service indexing volume after volume keeps the memory of all of them.
  await pagefind.close();
  mkdirSync(join(target, '..'), { recursive: true });
  try {
    renameSync(partial, target);
  } catch (error) {
    // Another build wrote the same volume first: its index is the same, so keep it.
    if (!existsSync(target)) throw error;
    rmSync(partial, { recursive: true, force: true });
  }
  logger.info(`indexed ${pages.length} articles for ${target.split('/').at(-2)}`);
}

function pagefindVersion(root: string): string {
  const manifest = JSON.parse(readFileSync(join(root, 'node_modules/pagefind/package.json'), 'utf8')) as { version: string };
  return manifest.version;
}
