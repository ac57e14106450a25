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
  search(term: string): Promise<{ results: PagefindResult[] } | null>;
  mergeIndex(path: string): Promise<void>;
}

let loading: Promise<PagefindApi> | undefined;

/**
 * Loads Pagefind once, on first use, with the newest index volume: nothing
 * is fetched before the reader searches.
 */
export function loadPagefind(newestVolume: string): Promise<PagefindApi> {
  loading ??= (async () => {
    const url = '/pagefind/pagefind.js';
    const pagefind = (await import(/* @vite-ignore */ url)) as PagefindApi;
    // On the main thread: for a volume this size, starting a worker costs more than it saves.
    await pagefind.options({ basePath: newestVolume, excerptLength: 40, noWorker: true });
    await pagefind.init();
    return pagefind;
  })();
  return loading;
}

/** Adds an older volume to what every later search covers. */
export async function mergeVolume(path: string): Promise<void> {
  const pagefind = await loading;
  if (!pagefind) throw new Error('mergeVolume before loadPagefind');
  await pagefind.mergeIndex(path);
}
