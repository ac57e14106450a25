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
  data(): Promise<PagefindResultData>;
}

export interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  preload(term: string): Promise<void>;
  search(term: string): Promise<{ results: PagefindResult[] } | null>;
}

let loading: Promise<PagefindApi> | undefined;

/** Loads Pagefind once, on first use: nothing is fetched before the reader searches. */
export function loadPagefind(): Promise<PagefindApi> {
  loading ??= (async () => {
    const url = '/pagefind/pagefind.js';
    const pagefind = (await import(/* @vite-ignore */ url)) as PagefindApi;
    // On the main thread: for an index this size, starting a worker costs more than it saves.
    await pagefind.options({ excerptLength: 40, noWorker: true });
    await pagefind.init();
    return pagefind;
  })();
  return loading;
}
