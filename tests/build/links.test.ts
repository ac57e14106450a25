/** Every internal link, anchor and asset in the built site resolves; nothing points off-site for the page to load. */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { site } from '../../src/site.ts';
import { reachablePages } from '../support/crawl.ts';
import { builtPages, fileForPath, loadPage } from '../support/dist.ts';

const pages = builtPages();
const idsOf = new Map<string, Set<string>>();
function ids(path: string): Set<string> {
  if (!idsOf.has(path)) idsOf.set(path, new Set([...loadPage(path).querySelectorAll('[id]')].map((el) => el.id)));
  return idsOf.get(path)!;
}

/** Every URL a page refers to, with what refers to it. */
function references(doc: Document): { url: string; from: string }[] {
  const refs: { url: string; from: string }[] = [];
  const add = (selector: string, attribute: string) => {
    for (const el of doc.querySelectorAll(selector)) {
      const value = el.getAttribute(attribute)!;
      const urls = attribute === 'srcset' ? value.split(',').map((part) => part.trim().split(/\s+/u)[0]!) : [value];
      for (const url of urls) refs.push({ url, from: `<${el.tagName.toLowerCase()} ${attribute}>` });
    }
  };
  add('a[href]', 'href');
  add('link[href]', 'href');
  add('script[src]', 'src');
  add('img[src]', 'src');
  add('img[srcset], source[srcset]', 'srcset');
  add('form[action]', 'action');
  add('meta[property="og:image"], meta[property="og:url"]', 'content');
  return refs;
}

describe('links, anchors and assets', () => {
  it.each(pages)('%s: every internal reference resolves', (path) => {
    const doc = loadPage(path);
    const base = new URL(path, site.url);
    for (const { url, from } of references(doc)) {
      const target = new URL(url, base);
      if (target.origin !== new URL(site.url).origin) {
        // Only plain links may leave the site; nothing the page loads may.
        expect(from, `${path}: ${from} loads ${url} from another site`).toBe('<a href>');
        continue;
      }
      expect(existsSync(fileForPath(target.pathname)), `${path}: ${from} ${url}`).toBe(true);
      if (target.hash && target.hash !== '#') {
        const id = decodeURIComponent(target.hash.slice(1));
        expect(ids(target.pathname).has(id), `${path}: ${from} ${url}: no element with id “${id}”`).toBe(true);
      }
    }
  });

  // The archive is calendars and paginated lists: every page, undated ones and
  // an author's later pages included, must still be a few clicks from home.
  it('reaches every page from the home page by following links', () => {
    const reached = reachablePages();
    expect(pages.filter((path) => !['/404.html', '/zh-hant/404.html'].includes(path) && !reached.has(path))).toEqual([]);
  });

  it('has the skip link target on every page', () => {
    for (const path of pages) expect(ids(path).has('main'), path).toBe(true);
  });
});
