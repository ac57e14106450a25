/**
 * The line above the results that says how the query was read: pinyin as
 * Chinese (with the other words it may spell, as links), words run together
 * searched apart, a word no page holds, the filters in force. Text nodes and
 * links only: nothing the reader typed is inserted as HTML.
 */
import { narrows, searchHref, type SearchFilters } from '../lib/search/filters.ts';
import type { Query } from '../lib/search/normalize.ts';

const note = document.querySelector<HTMLElement>('#search-explain');

/** What the filters in force are, in words (作者：张三；2026-03-01 至 2026-03-05). */
export function describeFilters(filters: SearchFilters): string {
  const parts: string[] = [];
  if (filters.from || filters.to) parts.push(`日期：${filters.from ?? '最早'} 至 ${filters.to ?? '最新'}`);
  if (filters.author) parts.push(`作者：${filters.author}`);
  if (filters.edition) parts.push(`版面：${filters.edition}`);
  return parts.length > 0 ? `只看${parts.join('；')}。` : '';
}

/** `text` gives what is written in the page's script (search.ts: Traditional on the 繁體 page). */
export function showNote(query: Query, found: boolean, filters: SearchFilters, text: (written: string) => string = (written) => written): void {
  if (!note) return;
  note.replaceChildren();
  if (query.display === '') {
    note.hidden = true;
    return;
  }
  if (query.note) note.append(text(found ? query.note.found : query.note.none));
  if (found && query.alternatives && query.alternatives.length > 0) {
    note.append(text('也可以找：'));
    query.alternatives.forEach((word, index) => {
      const link = document.createElement('a');
      link.href = searchHref(location.pathname, word, filters);
      link.textContent = text(word);
      note.append(...(index > 0 ? ['、', link] : [link]));
    });
    note.append('。');
  }
  if (narrows(filters)) note.append(text(describeFilters(filters)));
  note.hidden = note.childNodes.length === 0;
}
