/**
 * The feed: the newest articles (FEED_ITEMS, fewer if their text would pass
 * FEED_TEXT_BUDGET), newest edition first, in printed order, with their
 * full text. An item has a date only when its edition states one: RSS 2.0
 * makes pubDate optional, and an invented date would be a false statement.
 */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { authorsOf, editionOf, loadContent } from '../data/queries.ts';
import { articleHtml, FEED_ITEMS, feedSelection } from '../lib/feed.ts';
import { site } from '../site.ts';

export const GET: APIRoute = async () => {
  const content = await loadContent();
  const newest = content.articles.slice(0, FEED_ITEMS).map((article) => ({ article, html: articleHtml(article.data.standfirst ?? [], article.blocks) }));
  return rss({
    title: site.name,
    description: site.description,
    site: site.url,
    xmlns: { dc: 'http://purl.org/dc/elements/1.1/' },
    customData: `<language>${site.lang}</language>`,
    trailingSlash: true,
    items: feedSelection(newest, (item) => item.html).map(({ article, html }) => {
      const edition = editionOf(content, article);
      const date = article.data.date ?? edition.data.date;
      const creators = authorsOf(content, article).map((author) => `<dc:creator>${escapeXml(author.name)}</dc:creator>`);
      return {
        title: article.data.kicker ? `${article.data.kicker}｜${article.data.headline}` : article.data.headline,
        link: article.url,
        description: article.summary,
        content: html,
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
