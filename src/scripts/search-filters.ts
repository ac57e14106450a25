/**
 * The search page's filters (date range, author, page, sort), kept in the
 * form's own fields: the same fields a reader without JavaScript submits as a
 * plain GET form. With JavaScript the page fills them from the URL, searches
 * again when one changes, and keeps the URL in step (see search.ts).
 */
import { archiveSpan, narrows, pagefindOptions, readFilters, type SearchFilters } from '../lib/search/filters.ts';

const fields = document.querySelector<HTMLFieldSetElement>('#search-filters');
/** The page's 繁→简 map (search.astro): an author typed in Traditional is the index's Simplified name. */
let t2s: Record<string, string> | undefined;
const foldTraditional = (name: string): string => [...name].map((char) => (t2s ??= JSON.parse(document.querySelector('#search-t2s')?.textContent ?? '{}') as Record<string, string>)[char] ?? char).join('');

/** The filters as the form's fields hold them now. */
export function currentFilters(): SearchFilters {
  if (!fields?.form) return {};
  const params = new URLSearchParams();
  for (const [name, value] of new FormData(fields.form)) if (typeof value === 'string') params.append(name, name === 'author' ? foldTraditional(value) : value);
  return readFilters(params);
}

/** Puts the URL's filters in the fields, and opens the panel when one narrows the results. */
export function showFilters(filters: SearchFilters): void {
  if (!fields) return;
  for (const element of fields.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input[name], select[name]')) {
    const value = filters[element.name as keyof SearchFilters] ?? '';
    // A page the list does not offer (from an old link) is still the filter asked for: offered too, not dropped.
    if (element instanceof HTMLSelectElement && value !== '' && ![...element.options].some((option) => option.value === value)) element.add(new Option(value, value));
    element.value = value;
  }
  const panel = fields.closest('details');
  if (panel && narrows(filters)) panel.open = true;
}

/** Calls `search` whenever a filter changes. */
export function onFiltersChange(search: () => void): void {
  fields?.addEventListener('change', search);
}

/** Pagefind's options for the filters now chosen, over an archive of these volumes. */
export function searchOptions(volumeIds: readonly string[]): ReturnType<typeof pagefindOptions> {
  return pagefindOptions(currentFilters(), archiveSpan(volumeIds));
}
