/** The sitemap index (robots.txt points here): one file per chunk of sitemapChunks, split at SITEMAP_FILE_URLS. */
import type { APIRoute } from 'astro';
import { loadContent } from '../data/queries.ts';
import { sitemapChunks } from '../data/sitemap.ts';
import { sitemapFiles, sitemapIndexXml } from '../lib/sitemap.ts';
import { site } from '../site.ts';

export const GET: APIRoute = async () =>
  new Response(sitemapIndexXml(site.url, sitemapFiles(sitemapChunks(await loadContent()))), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
