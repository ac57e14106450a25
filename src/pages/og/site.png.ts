/**
 * The link-preview image of pages that are not articles: the site's name and
 * promise. Kept in the card cache like the articles' (src/lib/og/cache.ts), so
 * a build draws it only when its text or the card design changes.
 */
import type { APIRoute } from 'astro';
import { cachedCard, openCardCache } from '../../lib/og/cache.ts';
import { renderCard } from '../../lib/og/render.ts';
import { siteCardText } from '../../lib/site-card.ts';

export const GET: APIRoute = async () => {
  const text = siteCardText;
  // The build runs in the project folder (as the article cards' route assumes).
  const png = await cachedCard(openCardCache(process.cwd()), text, renderCard);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
