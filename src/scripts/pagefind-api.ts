// Not pagefind-start.ts: its inline script's text would ride along in this bundle.
import { EARLY_START, PAGEFIND_OPTIONS, PAGEFIND_SCRIPT } from '../lib/search/pagefind-options.ts';
import { BASE_INDEX_PATH, type SearchVolume } from '../lib/search/volumes.ts';
import { preloadFetch } from './preload.ts';

/** The part of Pagefind's browser API (/pagefind/pagefind.js) this site uses. */
export interface PagefindSubResult {
  title: string;
  url: string;
  plain_excerpt: string;
  locations: number[];
}

export interface PagefindResultData {
  url: string;
  content: string;
  plain_excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results: PagefindSubResult[];
}

export interface PagefindResult {
  id: string;
  /** Locations of the matched index words in the page. */
  words: number[];
  /** The same with their index weights: added to Pagefind's result at build time (src/lib/search/pagefind-patch.ts). */
  weighted_locations?: { location: number; weight: number }[];
  data(): Promise<PagefindResultData>;
}

export interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  preload(term: string): Promise<void>;
  /** `options`: Pagefind's `filters` and `sort` (see src/lib/search/filters.ts). */
  search(term: string, options?: { filters?: Record<string, unknown>; sort?: Record<string, string> }): Promise<{ results: PagefindResult[] } | null>;
  /** `options.metaCacheTag`: the tag the volume's entry file is fetched with (?ts=…), Pagefind's default being the time. */
  mergeIndex(path: string, options?: { metaCacheTag?: string }): Promise<void>;
}

let loading: Promise<PagefindApi> | undefined;
const merging = new Map<string, Promise<void>>();
let primary = BASE_INDEX_PATH;
let metaCacheTag: string | undefined;

/**
 * Which index Pagefind starts with (primaryIndexPath), and the tag its entry
 * file is fetched with (the URL the search page preloads, see
 * src/integrations/pagefind.ts): set before the first search.
 */
export function usePrimaryIndex(path: string, tag?: string): void {
  primary = path;
  metaCacheTag = tag;
}

/**
 * Loads Pagefind once, on first use, with the primary index: on an archive of
 * several volumes the base index (one page no query matches, see
 * BASE_INDEX_PATH), into which the volumes a query needs are merged, so
 * nothing is fetched before the reader searches, and no volume is fetched
 * that the query does not need. A page opened with a query has started it
 * already, from its head (src/lib/search/pagefind-start.ts), with the same index.
 */
export function loadPagefind(): Promise<PagefindApi> {
  loading ??=
    (self as unknown as Record<string, Promise<PagefindApi> | undefined>)[EARLY_START] ??
    (async () => {
      const pagefind = (await import(/* @vite-ignore */ PAGEFIND_SCRIPT)) as PagefindApi;
      await pagefind.options({ ...PAGEFIND_OPTIONS, basePath: primary, ...(metaCacheTag ? { metaCacheTag } : {}) });
      await pagefind.init();
      return pagefind;
    })();
  return loading;
}

/**
 * Adds a volume to what every later search covers (once; a second call waits
 * for the first). Pagefind reads a merged volume's entry file, then the
 * metadata it names, and only once its own start is done; with the volume's
 * metadata hash known, both are preloaded now, while Pagefind starts: two
 * round trips off the first search.
 */
export function mergeVolume({ path, meta }: Pick<SearchVolume, 'path' | 'meta'>): Promise<void> {
  let merged = merging.get(path);
  if (!merged) {
    // The primary index is searched once loaded: merging it again would search it twice.
    if (path === primary) merged = loadPagefind().then(() => undefined);
    else {
      if (meta) for (const href of [`${path}pagefind-entry.json?ts=${meta}`, `${path}pagefind.${meta}.pf_meta`]) preloadFetch(href);
      merged = loadPagefind().then((pagefind) => pagefind.mergeIndex(path, meta ? { metaCacheTag: meta } : {}));
    }
    merging.set(path, merged);
  }
  return merged;
}

/** Whether a volume has been merged (or is being merged). */
export const isMerged = (path: string): boolean => merging.has(path);
