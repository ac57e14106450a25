/**
 * The feed: every article, newest edition first, in printed order, with its
 * full text. An item has a date only when its edition states one: RSS 2.0
 * makes pubDate optional, and an invented date would be a false statement.
 */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { authorsOf, editionOf, loadContent } from '../data/queries.ts';
import { articleHtml } from '../lib/feed.ts';
import { site } from '../site.ts';

export const GET: APIRoute = async () => {
  const content = await loadContent();
  return rss({
    title: site.name,
    description: site.description,
    site: site.url,
    xmlns: { dc: 'http://purl.org/dc/elements/1.1/' },
    customData: `<language>${site.lang}</language>`,
    trailingSlash: true,
    items: content.articles.map((article) => {
      const edition = editionOf(content, article);
      const date = article.data.date ?? edition.data.date;
      const creators = authorsOf(content, article).map((author) => `<dc:creator>${escapeXml(author.name)}</dc:creator>`);
      return {
        title: article.data.kicker ? `${article.data.kicker}｜${article.data.headline}` : article.data.headline,
        link: article.url,
        description: article.summary,
        content: articleHtml(article.data.standfirst ?? [], article.blocks),
        categories: [edition.name],
        ...(date ? { pubDate: new Date(`${date}T00:00:00+08:00`) } : {}),
        customData: creators.join(''),
      };
    }),
  });
};

function escapeXml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}
