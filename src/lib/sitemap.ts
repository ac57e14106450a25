/**
 * Sitemaps split into named chunks (one per year, undated, other pages) under
 * one index. Written here rather than with @astrojs/sitemap's `chunks`: its
 * chunk callbacks see only a URL (an article's URL holds no date, so the year
 * would have to be read from the content a second time, outside the content
 * layer), and it finds the unchunked pages with Array.includes over every
 * chunked URL, which is quadratic (seconds at 40,000 URLs, most of a minute at
 * 100,000).
 */

/** URLs in one sitemap file. The protocol allows 50,000; 5,000 article URLs are about 40 KiB gzip, well under 100 KiB. */
export const SITEMAP_FILE_URLS = 5_000;

export interface SitemapChunk {
  /** Part of the file name: a year, `undated` or `pages`. */
  name: string;
  /** Site paths (/articles/x/), in the order to list them. */
  paths: string[];
}

export interface SitemapFile {
  /** The file's site path: /sitemap-2026-0.xml (numbered from 0 within its chunk, as @astrojs/sitemap named them). */
  path: string;
  paths: string[];
}

/** The files the chunks fill, at most `perFile` URLs each; an empty chunk makes no file. */
export function sitemapFiles(chunks: readonly SitemapChunk[], perFile = SITEMAP_FILE_URLS): SitemapFile[] {
  return chunks.flatMap(({ name, paths }) =>
    Array.from({ length: Math.ceil(paths.length / perFile) }, (_, i) => ({ path: `/sitemap-${name}-${i}.xml`, paths: paths.slice(i * perFile, (i + 1) * perFile) })),
  );
}

const escapeXml = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** One sitemap file: absolute URLs on `site`. */
export function urlsetXml(site: string, paths: readonly string[]): string {
  const urls = paths.map((path) => `<url><loc>${escapeXml(new URL(path, site).href)}</loc></url>`).join('');
  return `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${urls}</urlset>`;
}

/** The index listing every sitemap file. */
export function sitemapIndexXml(site: string, files: readonly SitemapFile[]): string {
  const entries = files.map((file) => `<sitemap><loc>${escapeXml(new URL(file.path, site).href)}</loc></sitemap>`).join('');
  return `<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${entries}</sitemapindex>`;
}
