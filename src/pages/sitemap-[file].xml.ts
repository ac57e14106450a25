/** One sitemap file: /sitemap-pages-0.xml, /sitemap-2026-0.xml, /sitemap-undated-0.xml, /sitemap-zh-hant-2026-0.xml…, each URL with its hreflang alternates. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadContent } from '../data/queries.ts';
import { sitemapChunks } from '../data/sitemap.ts';
import { sitemapAlternates, sitemapFiles, urlsetXml } from '../lib/sitemap.ts';
import { site } from '../site.ts';

export const getStaticPaths = (async () => {
  const files = sitemapFiles(sitemapChunks(await loadContent()));
  return files.map((file) => ({ params: { file: file.path.replace(/^\/sitemap-|\.xml$/gu, '') }, props: { paths: file.paths } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ paths: string[] }> = ({ props }) =>
  new Response(urlsetXml(site.url, props.paths, sitemapAlternates), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
