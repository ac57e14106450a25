import type { TextBlock } from './ingest/mdx.ts';

const escapeHtml = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/** An article's full text as plain HTML for feed readers: paragraphs, subheads, captions, credits. */
export function articleHtml(standfirst: readonly string[], blocks: readonly TextBlock[]): string {
  const parts = standfirst.map((paragraph) => `<p><strong>${escapeHtml(paragraph)}</strong></p>`);
  for (const block of blocks) {
    switch (block.kind) {
      case 'paragraph':
        parts.push(`<p>${escapeHtml(block.text)}</p>`);
        break;
      case 'subhead':
        parts.push(`<h2>${escapeHtml(block.text)}</h2>`);
        break;
      case 'figure':
        parts.push(`<p><em>${escapeHtml([block.caption, block.credit].filter(Boolean).join(' '))}</em></p>`);
        break;
      case 'credit':
        parts.push(`<p><small>${escapeHtml(block.text)}</small></p>`);
        break;
    }
  }
  return parts.join('');
}

/** The feed carries the newest articles only: a reader polls it, the archive is on the site. */
export const FEED_ITEMS = 50;
/**
 * A ceiling on the full text the feed carries, in UTF-8 bytes. Fifty long
 * articles run to 300 KiB and more, Chinese text gzips only about 2:1, and a
 * feed reader fetches the whole file on every poll: the feed stops adding
 * articles at this size, which keeps the file under 100 KiB gzip. Fifty
 * articles of 800 characters fit (tests/unit/feed.test.ts).
 */
export const FEED_TEXT_BUDGET = 150 * 1024;

/**
 * The feed's articles: the first `limit` of `newestFirst`, in that order, cut
 * short where their text would pass `budget` bytes. The newest article is
 * always carried, however long.
 */
export function feedSelection<T>(newestFirst: readonly T[], textOf: (item: T) => string, { limit = FEED_ITEMS, budget = FEED_TEXT_BUDGET } = {}): T[] {
  const chosen: T[] = [];
  let bytes = 0;
  for (const item of newestFirst.slice(0, limit)) {
    bytes += Buffer.byteLength(textOf(item), 'utf8');
    if (chosen.length > 0 && bytes > budget) break;
    chosen.push(item);
  }
  return chosen;
}
