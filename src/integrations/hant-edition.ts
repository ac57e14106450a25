/**
 * The 繁體 edition: after the Simplified site is built (and its search page
 * has its index's preloads), every page a reader reads gets a Traditional twin
 * under /zh-hant/, and the feed /zh-hant/rss.xml. A transform of the built
 * files, not a second render: at 10,000 articles Astro could not render every
 * page twice within the build's time and memory. Pages are converted in
 * worker threads (two cores), streamed file by file, and kept in a cache
 * (node_modules/.cache/hant-pages/, or HANT_CACHE_DIR) by a hash of the input
 * and the converter's version, so a rebuild converts only the pages that changed.
 */
import { readdirSync, rmSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { converterVersion } from '../lib/hant/converter.ts';
import { hasHantTwin, HANT_PREFIX } from '../lib/hant/paths.ts';
import { site } from '../site.ts';
import { convertFiles, type HantJob, type HantResult } from './hant-pages.ts';

export interface HantEditionOptions {
  root: string;
  outDir: string;
  /** The preview cards with a 繁體 twin (src/integrations/hant-cards.ts): og:image leads to those. */
  cards?: ReadonlySet<string>;
  logger: { info(message: string): void };
}

/** Pages in a batch sent to a worker: large enough that messages cost nothing, small enough to share the work evenly. */
const BATCH = 64;
/** Below this many files the workers' start (loading OpenCC twice) costs more than it saves. */
const INLINE_BELOW = 300;

/** The built files that get a twin, relative to outDir: every page but the offline one, and the feed. */
export function hantSources(outDir: string): string[] {
  const files = readdirSync(outDir, { recursive: true, encoding: 'utf8' })
    .map((file) => file.replaceAll('\\', '/'))
    .filter((file) => file.endsWith('.html') && !file.startsWith(`${HANT_PREFIX.slice(1)}/`))
    .filter((file) => hasHantTwin(`/${file.replace(/index\.html$/u, '')}`));
  return [...files.sort(), 'rss.xml'];
}

export async function buildHantEdition({ root, outDir, cards = new Set(), logger }: HantEditionOptions): Promise<HantResult & { seconds: number }> {
  const started = performance.now();
  const cacheDir = process.env.HANT_CACHE_DIR ?? join(root, 'node_modules/.cache/hant-pages');
  const files = hantSources(outDir);
  const base: Omit<HantJob, 'files'> = { outDir, cacheDir, version: converterVersion(), origin: site.url, cards: [...cards] };
  const total: HantResult = { converted: 0, cached: 0, keys: [] };
  const add = (result: HantResult) => {
    total.converted += result.converted;
    total.cached += result.cached;
    total.keys.push(...result.keys);
  };
  if (files.length < INLINE_BELOW) add(convertFiles({ ...base, files }));
  else {
    const queue: string[][] = [];
    for (let i = 0; i < files.length; i += BATCH) queue.push(files.slice(i, i + BATCH));
    const threads = Math.max(1, Math.min(2, availableParallelism(), queue.length));
    await Promise.all(
      Array.from({ length: threads }, async () => {
        const worker = new Worker(new URL('./hant-worker.ts', import.meta.url));
        try {
          for (let batch = queue.shift(); batch; batch = queue.shift()) {
            const job: HantJob = { ...base, files: batch };
            add(
              await new Promise<HantResult>((done, fail) => {
                worker.once('message', done);
                worker.once('error', fail);
                worker.postMessage(job);
              }),
            );
            worker.removeAllListeners('error');
          }
        } finally {
          await worker.terminate();
        }
      }),
    );
  }
  pruneCache(cacheDir, new Set(total.keys));
  const seconds = (performance.now() - started) / 1000;
  logger.info(`繁體 edition: ${files.length} files under ${HANT_PREFIX}/, ${total.converted} converted, ${total.cached} from the cache, in ${seconds.toFixed(1)} s`);
  return { ...total, seconds };
}

/** Removes cached pages this build did not use: the cache holds one build's pages, not every page ever built. */
function pruneCache(cacheDir: string, used: Set<string>): void {
  let entries: string[];
  try {
    entries = readdirSync(cacheDir, { recursive: true, encoding: 'utf8' });
  } catch {
    return;
  }
  for (const entry of entries) {
    const path = join(cacheDir, entry);
    const key = /([0-9a-f]{40})\.gz$/u.exec(entry)?.[1];
    if (key && !used.has(key)) {
      try {
        if (statSync(path).isFile()) rmSync(path);
      } catch {
        // Removed by a build beside this one.
      }
    }
  }
}
