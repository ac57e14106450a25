/**
 * Each article's 1200×630 link-preview image. Cards come from a cache keyed
 * by their text (src/lib/og/cache.ts): a build draws only the cards of new or
 * changed articles, on every core, before the pages are written.
 */
import { readFile } from 'node:fs/promises';
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { editionOf, loadContent } from '../../../data/queries.ts';
import { bylineText } from '../../../lib/authors.ts';
import { cardKey, openCardCache } from '../../../lib/og/cache.ts';
import type { CardText } from '../../../lib/og/card.ts';
import { drawMissingCards } from '../../../lib/og/pool.ts';
import { renderCard } from '../../../lib/og/render.ts';
import { site } from '../../../site.ts';

// The build runs in the project folder; the worker threads run src/lib/og/ from there.
const projectRoot = process.cwd();

export const getStaticPaths = (async () => {
  const content = await loadContent();
  const cards = content.articles.map((article) => ({
    slug: article.slug,
    text: { siteName: site.name, kicker: article.data.kicker, headline: article.data.headline, footer: bylineText(article.data), label: editionOf(content, article).name } satisfies CardText,
  }));
  if (import.meta.env.PROD) {
    const cache = openCardCache(projectRoot);
    const report = await drawMissingCards(cache, cards.map((card) => card.text), { projectRoot, cacheRoot: cache.root });
    console.info(`[og] ${report.cards} preview cards: ${report.cards - report.drawn} from the cache in ${cache.dir}, ${report.drawn} drawn in ${(report.ms / 1000).toFixed(1)} s on ${report.workers} threads`);
  }
  // The card's own key: Astro copies the last build's image while its text is unchanged.
  return cards.map((card) => ({ params: { slug: card.slug }, props: { text: card.text }, cacheKey: cardKey(card.text) }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = async ({ props: { text } }) => {
  const cache = openCardCache(projectRoot);
  // In `astro dev` nothing was drawn ahead: draw this card now and keep it.
  const png = cache.has(text) ? await readFile(cache.pathFor(text)) : await readFile(cache.put(text, await renderCard(text)));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
