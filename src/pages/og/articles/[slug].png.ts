/** Each article's 1200×630 link-preview image, drawn at build time. */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { editionOf, loadContent } from '../../../data/queries.ts';
import { renderCard } from '../../../lib/og/render.ts';
import { bylineText } from '../../../lib/authors.ts';
import { site } from '../../../site.ts';

export const getStaticPaths = (async () => {
  const content = await loadContent();
  return content.articles.map((article) => ({ params: { slug: article.slug }, props: { article, edition: editionOf(content, article) } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = async ({ props: { article, edition } }) => {
  const png = await renderCard({ siteName: site.name, kicker: article.data.kicker, headline: article.data.headline, footer: bylineText(article.data), label: edition.name });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
