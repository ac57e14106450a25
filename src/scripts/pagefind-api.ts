import { BASE_INDEX_PATH } from '../lib/search/volumes.ts';

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
  mergeIndex(path: string): Promise<void>;
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
 * that the query does not need.
 */
export function loadPagefind(): Promise<PagefindApi> {
  loading ??= (async () => {
    const url = '/pagefind/pagefind.js';
    const pagefind = (await import(/* @vite-ignore */ url)) as PagefindApi;
    // On the main thread: for a volume this size, starting a worker costs more than it saves.
    await pagefind.options({ basePath: primary, excerptLength: 40, noWorker: true, ...(metaCacheTag ? { metaCacheTag } : {}) });
    await pagefind.init();
    return pagefind;
  })();
  return loading;
}

/** Adds a volume to what every later search covers (once; a second call waits for the first). */
export function mergeVolume(path: string): Promise<void> {
  let merged = merging.get(path);
  if (!merged) {
    // The primary index is searched once loaded: merging it again would search it twice.
    merged = loadPagefind().then((pagefind) => (path === primary ? undefined : pagefind.mergeIndex(path)));
    merging.set(path, merged);
  }
  return merged;
}

/** Whether a volume has been merged (or is being merged). */
export const isMerged = (path: string): boolean => merging.has(path);
