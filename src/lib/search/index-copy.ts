import { parseHTML } from 'linkedom';
import { separateHan } from './han.ts';

/**
 * The copy of a built page that Pagefind indexes: the same HTML, but inside
 * the indexed body every Han character stands apart (see separateHan). Readers
 * never get this copy; the file on disk is left as it is. Returns undefined for
 * a page with nothing to index.
 */
export function indexCopy(html: string): string | undefined {
  if (!html.includes('data-pagefind-body')) return undefined;
  const { document } = parseHTML(html);
  const body = document.querySelector('[data-pagefind-body]');
  if (!body) return undefined;
  const walker = document.createTreeWalker(body, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    node.nodeValue = separateHan(node.nodeValue ?? '');
  }
  return document.toString();
}
