import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseHTML } from 'linkedom';
import { distDir } from './paths.ts';

/** Every built HTML page, as site paths (/articles/x/ for articles/x/index.html). */
export function builtPages(dir = distDir): string[] {
  const pages: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.html')) pages.push(`/${relative(dir, path).replace(/index\.html$/u, '').replaceAll('\\', '/')}`);
    }
  };
  walk(dir);
  return pages.sort();
}

/** The file behind a site path: /a/ → a/index.html, /404.html → 404.html. */
export function fileForPath(sitePath: string, dir = distDir): string {
  const clean = sitePath.split(/[?#]/u)[0]!;
  return join(dir, clean.endsWith('/') ? `${clean}index.html` : clean);
}

export function readPage(sitePath: string, dir = distDir): string {
  return readFileSync(fileForPath(sitePath, dir), 'utf8');
}

/** The built page as a DOM document. */
export function loadPage(sitePath: string, dir = distDir): Document {
  return parseHTML(readPage(sitePath, dir)).document as unknown as Document;
}

/** Text content with runs of white space folded, as a reader sees it. */
export function textOf(element: Element | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/gu, ' ').trim();
}
