import { createHash } from 'node:crypto';
import { parseHTML } from 'linkedom';
import { BLOCK_END, INDEX_SEPARATOR, separateHan } from './han.ts';

/** Elements that end a block of text: each gets {@link BLOCK_END} after its text. */
const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, figcaption, .credit, blockquote, dt, dd, td, th';

/**
 * The copy of a built page that Pagefind indexes: the same HTML, but inside
 * the indexed body every Han character stands apart (see separateHan). Readers
 * never get this copy; the file on disk is left as it is. Only headings keep
 * their ids: Pagefind records every element with an id as an anchor, with its
 * text, in the result's fragment, and only headings make sub-results; a
 * paragraph's id (p-5, for linking) would copy the article's text into its
 * fragment a second time, which the reader's first search would download.
 * Each block's text ends with BLOCK_END, so the stored text keeps paragraphs apart.
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
  for (const block of body.querySelectorAll(BLOCKS)) {
    if ((block.textContent ?? '').trim() !== '') block.append(`${INDEX_SEPARATOR}${BLOCK_END}`);
  }
  return document.toString();
}

/**
 * What a built page's index entry is cached by: a hash of the page without
 * its CSP <meta>. Astro lists the whole site's script hashes on every page
 * (src/integrations/page-csp.ts narrows them later), so a new inline script
 * on any one page would otherwise change every article and index every
 * volume again; the policy holds nothing the index, the router or the
 * 繁體 dictionary reads.
 */
export const indexInputHash = (html: string): string =>
  createHash('sha256')
    .update(html.replace(/<meta http-equiv="content-security-policy"[^>]*>/u, ''))
    .digest('hex');
