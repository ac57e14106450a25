/**
 * Sitemaps split into named chunks (one per year, undated, other pages) under
 * one index. Written here rather than with @astrojs/sitemap's `chunks`: its
 * chunk callbacks see only a URL (an article's URL holds no date, so the year
 * would have to be read from the content a second time, outside the content
 * layer), and it finds the unchunked pages with Array.includes over every
 * chunked URL, which is quadratic (seconds at 40,000 URLs, most of a minute at
 * 100,000).
 */

import { HANS_LANG, HANT_LANG, hansPath, hantPath } from './hant/paths.ts';

/**
 * URLs in one sitemap file. The protocol allows 50,000; 2,500 article URLs,
 * each with its three hreflang alternates (zh-Hans, zh-Hant, x-default), are
 * about 58 KiB gzip, well under 100 KiB (5,000 were 40 KiB without the
 * alternates, 114 KiB with them).
 */
export const SITEMAP_FILE_URLS = 2_500;

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

/** A page's versions in other languages, as [hreflang, site path]: listed as xhtml:link alternates of its URL. */
export type Alternates = (path: string) => readonly (readonly [string, string])[];

/**
 * One sitemap file: absolute URLs on `site`; with `alternates`, each URL
 * carries its language versions (itself included), as search engines read
 * hreflang from a sitemap.
 */
export function urlsetXml(site: string, paths: readonly string[], alternates?: Alternates): string {
  const href = (path: string) => escapeXml(new URL(path, site).href);
  const urls = paths
    .map((path) => {
      const links = alternates?.(path).map(([lang, twin]) => `<xhtml:link rel="alternate" hreflang="${lang}" href="${href(twin)}"/>`) ?? [];
      return `<url><loc>${href(path)}</loc>${links.join('')}</url>`;
    })
    .join('');
  const xhtml = alternates ? ' xmlns:xhtml="http://www.w3.org/1999/xhtml"' : '';
  return `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"${xhtml}>${urls}</urlset>`;
}

/** Both editions of a page (Simplified or its /zh-hant/ twin), Simplified the default. */
export const sitemapAlternates: Alternates = (path) => {
  const hans = hansPath(path);
  return [
    [HANS_LANG, hans],
    [HANT_LANG, hantPath(hans)],
    ['x-default', hans],
  ];
};

/** The index listing every sitemap file. */
export function sitemapIndexXml(site: string, files: readonly SitemapFile[]): string {
  const entries = files.map((file) => `<sitemap><loc>${escapeXml(new URL(file.path, site).href)}</loc></sitemap>`).join('');
  return `<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${entries}</sitemapindex>`;
}
