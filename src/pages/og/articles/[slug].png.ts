/**
 * Each article's 1200×630 link-preview image. Cards come from a cache keyed
 * by their text (src/lib/og/cache.ts), filled before the build bundles
 * anything (src/integrations/preview-cards.ts); a card that step missed is
 * drawn here, on every core, before the pages are written.
 */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { editionOf, loadContent } from '../../../data/queries.ts';
import { cachedCard, cardKey, openCardCache } from '../../../lib/og/cache.ts';
import { articleCardText } from '../../../lib/og/card-text.ts';
import { describeDraw, drawMissingCards } from '../../../lib/og/pool.ts';
import { renderCard } from '../../../lib/og/render.ts';

// The build runs in the project folder; the worker threads run src/lib/og/ from there.
const projectRoot = process.cwd();

export const getStaticPaths = (async () => {
  const content = await loadContent();
  const cards = content.articles.map((article) => ({
    slug: article.slug,
    text: articleCardText(article.data, editionOf(content, article).name),
  }));
  if (import.meta.env.PROD) {
    const cache = openCardCache(projectRoot);
    const report = await drawMissingCards(cache, cards.map((card) => card.text), { projectRoot, cacheRoot: cache.root });
    console.info(`[og] ${describeDraw(report, cache)}`);
  }
  // The card's own key: Astro copies the last build's image while its text is unchanged.
  return cards.map((card) => ({ params: { slug: card.slug }, props: { text: card.text }, cacheKey: cardKey(card.text) }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = async ({ props: { text } }) => {
  // In `astro dev` nothing was drawn ahead: cachedCard draws this card now and keeps it.
  const png = await cachedCard(openCardCache(projectRoot), text, renderCard);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
