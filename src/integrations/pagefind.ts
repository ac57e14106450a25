import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Set by scripts/build.ts: the index is built after Astro's process has ended, not in it. */
export const INDEX_AFTER_BUILD = 'NEWS_SEARCH_INDEX_AFTER_BUILD';

export interface SearchIndexOptions {
  /** The project's root (for the Pagefind version and the default cache folder). */
  root: string;
  /** The built site. */
  outDir: string;
  /** The built pages, as Astro names them (`articles/x/`, `404.html`). */
  pathnames: readonly string[];
  logger: { info(message: string): void };
}

/**
 * Node's own import(). Astro reads the config and this file through Vite's
 * module runner, which is closed before any hook runs, and an import() it
 * compiled fails there.
 */
const nativeImport = new Function('url', 'return import(url)') as (url: string) => Promise<typeof import('./search-index.ts')>;

/**
 * The search index as an Astro integration, for a bare `astro build`.
 * `npm run build` (scripts/build.ts) instead builds the index in a process
 * of its own once Astro's has ended: at 10,000 articles Astro's process still
 * holds over 3 GiB after bundling (most of it the bundler's native memory,
 * which it does not give back), and indexing on top of it took the build's
 * peak from 3.7 to 5.3 GiB.
 */
export function pagefindIndex(): AstroIntegration {
  let root = '';
  let indexer: Promise<typeof import('./search-index.ts')> | undefined;
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:config:setup': ({ command }) => {
        // Pagefind, linkedom and OpenCC take some 0.2 s to load: only a build that indexes here loads them.
        if (command === 'build' && process.env[INDEX_AFTER_BUILD] !== '1') indexer = nativeImport(new URL('./search-index.ts', import.meta.url).href);
      },
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        if (!indexer) {
          logger.info('search index: built after this process ends (scripts/build.ts)');
          return;
        }
        const { buildSearchIndex } = await indexer;
        await buildSearchIndex({ root, outDir: fileURLToPath(dir), pathnames: pages.map((page) => page.pathname), logger });
      },
    },
  };
}

