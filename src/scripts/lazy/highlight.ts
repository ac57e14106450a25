interface Highlighter {
  new (options: { highlightParam: string; addStyles: boolean; markOptions: { className: string } }): unknown;
}

/**
 * On an article opened from a search result (?hl=…): marks the matched words
 * with Pagefind's own highlighter, fetched only now, and scrolls the first one
 * after the linked section into view.
 */
export async function highlight(): Promise<void> {
  const url = '/pagefind/pagefind-highlight.js';
  const { default: PagefindHighlight } = (await import(/* @vite-ignore */ url)) as { default: Highlighter };
  new PagefindHighlight({ highlightParam: 'hl', addStyles: false, markOptions: { className: 'search-hit' } });
  const from = document.getElementById(location.hash.slice(1)) ?? document.body;
  const hits = [...document.querySelectorAll('mark.search-hit')];
  hits.find((hit) => from.compareDocumentPosition(hit) & Node.DOCUMENT_POSITION_FOLLOWING)?.scrollIntoView({ block: 'center' });
}

// The head script imports this module as soon as it sees ?hl=, before the body is parsed: it highlights once the DOM is there.
if (document.readyState === 'loading') addEventListener('DOMContentLoaded', () => void highlight(), { once: true });
else void highlight();
