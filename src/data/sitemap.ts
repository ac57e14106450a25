/**
 * What the sitemaps list, in chunks: one per year for editions and articles
 * (by their printed date), one for those without a date, and one for every
 * other page; then the same chunks for the 繁體 edition (`zh-hant-2026`…).
 * Built from the same content and pagination rules as the routes;
 * tests/build/sharing.test.ts checks the sitemaps list exactly the built pages.
 */
import { AUTHOR_PAGE_SIZE, UNDATED_PAGE_SIZE, pageUrls } from '../lib/pagination.ts';
import { hantPath } from '../lib/hant/paths.ts';
import type { SitemapChunk } from '../lib/sitemap.ts';
import type { Content } from './queries.ts';

const UNDATED = 'undated';

export function sitemapChunks(content: Content): SitemapChunk[] {
  const { archive, authors, editions } = content;
  const pages = [
    '/',
    '/editions/',
    ...archive.years.flatMap((year) => [year.url, ...year.months.map((month) => month.url)]),
    ...(archive.undated.length > 0 ? pageUrls('/editions/undated/', archive.undated.length, UNDATED_PAGE_SIZE) : []),
    ...authors.flatMap((author) => pageUrls(author.url, author.articles.length, AUTHOR_PAGE_SIZE)),
  ];
  const byYear = new Map<string, string[]>();
  const add = (date: string | undefined, path: string) => {
    const key = date?.slice(0, 4) ?? UNDATED;
    const paths = byYear.get(key) ?? [];
    paths.push(path);
    byYear.set(key, paths);
  };
  for (const edition of editions) {
    add(edition.data.date, edition.url);
    for (const item of edition.items) {
      // An article's own date, set by the desk, wins over its page's, as in the feed.
      if (item.type === 'article') add(item.article.data.date ?? edition.data.date, item.article.url);
    }
  }
  const years = [...byYear.keys()].filter((key) => key !== UNDATED).sort().reverse();
  const simplified = [
    { name: 'pages', paths: pages },
    ...years.map((year) => ({ name: year, paths: byYear.get(year)! })),
    ...(byYear.has(UNDATED) ? [{ name: UNDATED, paths: byYear.get(UNDATED)! }] : []),
  ];
  // The 繁體 edition's twins (written after the build, src/integrations/hant-edition.ts), in files of their own.
  return [...simplified, ...simplified.map(({ name, paths }) => ({ name: `zh-hant-${name}`, paths: paths.map(hantPath) }))];
}
