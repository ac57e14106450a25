/** The link-preview image of pages that are not articles: the site's name and promise. */
import type { APIRoute } from 'astro';
import { renderCard } from '../../lib/og/render.ts';
import { site } from '../../site.ts';

export const GET: APIRoute = async () => {
  const png = await renderCard({ siteName: site.name, headline: site.tagline, footer: new URL(site.url).host, label: '中文报纸版面阅读' });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
