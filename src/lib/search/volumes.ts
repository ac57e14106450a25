/**
 * The search index is cut into volumes, one per 旬 (the first, middle and
 * last ten days of a month) of the editions' dates, undated editions in a
 * volume of their own. A 旬 of a daily paper is about 1,000 articles: small
 * enough that a common character's index entry (every place it stands, which
 * phrase search needs) stays a few tens of KiB. A volume's
 * index depends only on its own articles, so a build re-indexes only the
 * months whose articles changed (usually the current one), and the search
 * page loads the newest volume first and older ones only when the reader's
 * query needs them: what a first search downloads no longer grows with the
 * archive.
 */

/** The volume of articles that have no date: searched after every dated one. */
export const UNDATED_VOLUME = 'undated';

/** Where the volumes' indexes live under the site: /pagefind/v/<volume>/. */
export const volumePath = (volume: string): string => `/pagefind/v/${volume}/`;

/** The volume an article's index entry goes to, from its edition's date: 2026-03-1 for 1–10 March, -2 for 11–20, -3 for 21–31. */
export function volumeOf(date: string | undefined): string {
  if (date === undefined) return UNDATED_VOLUME;
  const day = Number(date.slice(8, 10));
  return `${date.slice(0, 7)}-${day <= 10 ? 1 : day <= 20 ? 2 : 3}`;
}

export interface SearchVolume {
  id: string;
  /** How the search page names it: 2026年3月, or 未注明日期. */
  label: string;
  path: string;
  articles: number;
  /**
   * The hash naming its Pagefind metadata (pagefind.<meta>.pf_meta), also the
   * tag its entry file is fetched with: added to the search page once the
   * index exists (src/integrations/search-index.ts), so the page can fetch
   * both at once, as soon as it knows a query needs the volume.
   */
  meta?: string;
}

/**
 * The index Pagefind is started with: one page holding only `_`, a word no
 * query can ask for. Every volume is merged into it, so a search loads the
 * volumes it needs and no other (see src/lib/search/route.ts).
 */
export const BASE_INDEX_PATH = '/pagefind/base/';

/**
 * The index Pagefind is started with: a lone volume itself, since there is
 * nothing to choose between (no router lookup, no base index, two round trips
 * fewer on a small site), else the base index.
 */
export const primaryIndexPath = (volumes: readonly Pick<SearchVolume, 'path'>[]): string => (volumes.length === 1 ? volumes[0]!.path : BASE_INDEX_PATH);

/** Volume ids newest first, undated last: the order of the search page's list and of the router's bit masks. */
export function compareVolumesNewestFirst(a: string, b: string): number {
  return a === b ? 0 : a === UNDATED_VOLUME ? 1 : b === UNDATED_VOLUME ? -1 : a < b ? 1 : -1;
}

/** The volumes of the given article dates, newest first, undated last. */
export function searchVolumes(dates: readonly (string | undefined)[]): SearchVolume[] {
  const counts = new Map<string, number>();
  for (const date of dates) counts.set(volumeOf(date), (counts.get(volumeOf(date)) ?? 0) + 1);
  return [...counts]
    .sort(([a], [b]) => compareVolumesNewestFirst(a, b))
    .map(([id, articles]) => ({ id, label: volumeLabel(id), path: volumePath(id), articles }));
}

function volumeLabel(volume: string): string {
  if (volume === UNDATED_VOLUME) return '未注明日期的版面';
  const [year, month, part] = volume.split('-');
  return `${year}年${Number(month)}月${['上旬', '中旬', '下旬'][Number(part) - 1]}`;
}
