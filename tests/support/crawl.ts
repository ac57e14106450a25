import { site } from '../../src/site.ts';
import { builtPages, loadPage } from './dist.ts';

/** The built pages a reader can reach from `start` by following links, as site paths. */
export function reachablePages(dir?: string, start = '/'): Set<string> {
  const built = new Set(builtPages(dir));
  const seen = new Set<string>([start]);
  const queue = [start];
  while (queue.length > 0) {
    const path = queue.shift()!;
    for (const a of loadPage(path, dir).querySelectorAll('a[href]')) {
      const target = new URL(a.getAttribute('href')!, new URL(path, site.url));
      if (target.origin !== new URL(site.url).origin || seen.has(target.pathname) || !built.has(target.pathname)) continue;
      seen.add(target.pathname);
      queue.push(target.pathname);
    }
  }
  return seen;
}
