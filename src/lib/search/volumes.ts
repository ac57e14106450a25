/**
 * The search index is cut into volumes, one per calendar month of the
 * editions' dates (undated editions in a volume of their own). A volume's
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

/** The volume an article's index entry goes to, from its edition's date. */
export function volumeOf(date: string | undefined): string {
  return date === undefined ? UNDATED_VOLUME : date.slice(0, 7);
}

export interface SearchVolume {
  id: string;
  /** How the search page names it: 2026年3月, or 未注明日期. */
  label: string;
  path: string;
  articles: number;
}

/** The volumes of the given article dates, newest first, undated last. */
export function searchVolumes(dates: readonly (string | undefined)[]): SearchVolume[] {
  const counts = new Map<string, number>();
  for (const date of dates) counts.set(volumeOf(date), (counts.get(volumeOf(date)) ?? 0) + 1);
  return [...counts]
    .sort(([a], [b]) => (a === UNDATED_VOLUME ? 1 : b === UNDATED_VOLUME ? -1 : a < b ? 1 : a > b ? -1 : 0))
    .map(([id, articles]) => ({ id, label: volumeLabel(id), path: volumePath(id), articles }));
}

function volumeLabel(volume: string): string {
  if (volume === UNDATED_VOLUME) return '未注明日期的版面';
  const [year, month] = volume.split('-');
  return `${year}年${Number(month)}月`;
}
