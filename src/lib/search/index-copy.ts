import { parseHTML } from 'linkedom';
import { separateHan } from './han.ts';

/**
 * The copy of a built page that Pagefind indexes: the same HTML, but inside
 * the indexed body every Han character stands apart (see separateHan). Readers
 * never get this copy; the file on disk is left as it is. Only headings keep
 * their ids: Pagefind records every element with an id as an anchor, with its
 * text, in the result's fragment, and only headings make sub-results; a
 * paragraph's id (p-5, for linking) would copy the article's text into its
 * fragment a second time, which the reader's first search would download.
 * Returns undefined for a page with nothing to index.
 */
export function indexCopy(html: string): string | undefined {
  if (!html.includes('data-pagefind-body')) return undefined;
  const { document } = parseHTML(html);
  const body = document.querySelector('[data-pagefind-body]');
  if (!body) return undefined;
  for (const element of body.querySelectorAll('[id]')) {
    if (!/^H[1-6]$/u.test(element.tagName)) element.removeAttribute('id');
  }
  const walker = document.createTreeWalker(body, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    node.nodeValue = separateHan(node.nodeValue ?? '');
  }
  return document.toString();
}
