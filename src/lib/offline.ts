/**
 * Reading an edition offline: what "本期" is, which visited pages a bounded
 * cache drops first, and how the saved things are described. Pure rules the
 * build (src/pages/offline/edition.json.ts, src/integrations/offline.ts), the
 * service worker (src/scripts/offline-worker.ts) and the page's module
 * (src/scripts/lazy/offline.ts) share.
 */

/** Every cache the worker makes starts with this, and ends with the build's id. */
export const CACHE_PREFIX = 'dubao-';
/** Visited pages kept beyond the saved edition, at most. */
export const VISITED_LIMIT = 60;
export type CacheGroup = 'shell' | 'edition' | 'search' | 'visited';

export function cacheName(group: CacheGroup, build: string): string {
  return `${CACHE_PREFIX}${group}-${build}`;
}

/** A page the reader can open: its URL and its title as a list shows it. */
export interface PageLink {
  url: string;
  title: string;
}

/** The latest edition as the build describes it (/offline/edition.json): its day's pages and their articles. */
export interface EditionPlan {
  /** 2026年3月5日 星期四, or the page's name when it has no date. */
  name: string;
  date?: string | undefined;
  pages: PageLink[];
  articles: PageLink[];
}

/** What a build lets the worker save: written as /offline/manifest-<build>.json by src/integrations/offline.ts. */
export interface OfflineManifest {
  build: string;
  edition: EditionPlan & { urls: string[]; bytes: number };
  /** The offline page and the modules it needs, saved when the worker installs. */
  shell: string[];
  search: { urls: string[]; bytes: number };
}

/** What the worker tells a page. */
export interface OfflineStatus {
  edition: EditionPlan & { bytes: number; saved: boolean };
  search: { bytes: number; saved: boolean };
  visited: PageLink[];
}

/**
 * The edition a page belongs to, as a sortable key: an article's printed day
 * (its search filter), or the date in an edition's URL; '' for pages of no
 * dated edition (lists, undated pages), which go first when space is needed.
 */
export function editionKeyOf(pathname: string, html: string): string {
  const day = /data-pagefind-filter="day:(\d{4}-\d{2}-\d{2})"/u.exec(html) ?? /^\/editions\/(\d{4}-\d{2}-\d{2})/u.exec(pathname);
  return day?.[1] ?? '';
}

export interface VisitedEntry {
  url: string;
  edition: string;
  time: number;
}

/** The visited pages to drop so `limit` remain: the oldest edition's first, and within one edition the longest unvisited. */
export function visitedToDrop(entries: readonly VisitedEntry[], limit: number = VISITED_LIMIT): string[] {
  if (entries.length <= limit) return [];
  const order = [...entries].sort((a, b) => (a.edition === b.edition ? a.time - b.time : a.edition < b.edition ? -1 : 1));
  return order.slice(0, entries.length - limit).map((entry) => entry.url);
}

/** A page's title without the site's name after it, from its HTML. */
export function pageTitle(html: string, siteName: string): string {
  const raw = /<title>([^<]*)<\/title>/u.exec(html)?.[1] ?? '';
  const text = raw.replace(/&(amp|lt|gt|quot|#39);/gu, (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[name]!);
  return text.endsWith(` | ${siteName}`) ? text.slice(0, -` | ${siteName}`.length) : text;
}

/** 812 B, 3.4 KB, 1.2 MB: sizes as a reader reads them. */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  if (bytes < 1_000_000) return `${(bytes / 1000).toFixed(1)} KB`;
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

/** The status line: what is saved, or what saving would keep. */
export function describeStatus(status: OfflineStatus): string {
  const { edition, search } = status;
  const counts = `${edition.pages.length} 个版面 · ${edition.articles.length} 篇文章`;
  if (!edition.saved) return `本期（${edition.name}）尚未保存：保存后，没有网络也能阅读 ${counts}，约 ${formatBytes(edition.bytes)}。`;
  const withSearch = search.saved ? ` · 搜索索引 ${formatBytes(search.bytes)}` : '';
  return `已保存 ${edition.name} · ${counts} · ${formatBytes(edition.bytes)}${withSearch}。`;
}
