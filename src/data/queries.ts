/**
 * The content as the pages need it: articles with their derived fields,
 * editions newest first, items in printed order. Checks that articles and
 * edition records agree, so a mismatch fails the build with the file named.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { groupArchive, type Archive } from '../lib/archive-calendar.ts';
import { authorSlugs } from '../lib/authors.ts';
import { compareEditionsNewestFirst, editionName, formatEditionDate } from '../lib/editions.ts';
import type { EditionPlan, PageLink } from '../lib/offline.ts';
import { readMdxBody, type TextBlock } from '../lib/ingest/mdx.ts';
import { readingMinutes } from '../lib/reading-time.ts';
import { deriveSummary } from '../lib/summary.ts';

export interface Article {
  entry: CollectionEntry<'articles'>;
  slug: string;
  url: string;
  data: CollectionEntry<'articles'>['data'];
  editionId: string;
  /**
   * The body as plain text blocks, read from the entry each time it is asked
   * for: kept for every article, they would hold a second copy of the whole
   * archive's text for the length of the build.
   */
  readonly blocks: TextBlock[];
  summary: string;
  minutes: number;
}

export interface Edition {
  id: string;
  url: string;
  name: string;
  data: CollectionEntry<'editions'>['data'];
  items: EditionItem[];
}

export type EditionItem =
  | { type: 'article'; position: number; article: Article }
  | { type: 'headline-only'; position: number; kicker?: string | undefined; headline: string; subtitle?: string | undefined; bodyIn?: Article | undefined }
  /** The rest of an article begun on an earlier page (上接), joined to it: a link to the whole article. */
  | { type: 'continuation'; position: number; kicker?: string | undefined; headline: string; subtitle?: string | undefined; continuedFrom: string; article: Article };

export interface Author {
  name: string;
  slug: string;
  url: string;
  /** In reading order, newest edition first. */
  articles: Article[];
}

export interface Content {
  /** Newest first. */
  editions: Edition[];
  /** In reading order: newest edition first, then printed order within it. */
  articles: Article[];
  /** Everyone named in a byline, by the order they first appeared. */
  authors: Author[];
  /** The 往期 archive: dated editions by year, month and day (front page first), and the undated ones. */
  archive: Archive<Edition>;
  /** Built once in load(), so what a page asks of the content costs the same at 100,000 articles as at 3. */
  lookup: {
    edition: Map<string, Edition>;
    author: Map<string, Author>;
    /** Article slug → its neighbours in printed order within its edition. */
    siblings: Map<string, { previous?: Article; next?: Article }>;
    /** Every printed date with pages, oldest first, and each date's place in it: the 版面's previous and next day. */
    dates: { list: string[]; index: Map<string, number> };
  };
}

/**
 * Edition ids share /editions/<id>/ with the year pages (/editions/2026/) and
 * the undated list (/editions/undated/); ingest never makes such an id, but a
 * page file named 2026.txt or undated.txt would.
 */
const RESERVED_EDITION_ID = /^(?:\d{4}|undated)$/u;

let cached: Promise<Content> | undefined;

/** All content, loaded and checked once per build. */
export function loadContent(): Promise<Content> {
  cached ??= load();
  return cached;
}

async function load(): Promise<Content> {
  const [articleEntries, editionEntries] = await Promise.all([getCollection('articles'), getCollection('editions')]);
  const bySlug = new Map(articleEntries.map((entry) => [entry.id, toArticle(entry)]));
  const listed = new Set<string>();

  const editions = editionEntries
    .map((entry): Edition => {
      if (RESERVED_EDITION_ID.test(entry.id)) {
        throw new Error(`${entry.filePath ?? entry.id}: the edition id “${entry.id}” is taken by the archive's own pages (/editions/${entry.id}/); rename the file`);
      }
      const items = entry.data.items.map((item, index): EditionItem => {
        const position = index + 1;
        const where = `${entry.filePath ?? entry.id}, items[${index}]`;
        const linked = (id: string) => {
          const found = bySlug.get(id);
          if (!found) throw new Error(`${where}: no article with slug “${id}”`);
          return found;
        };
        if ('continuation' in item) {
          const { kicker, headline, subtitle, continuedFrom } = item;
          return { type: 'continuation', position, kicker, headline, subtitle, continuedFrom, article: linked(item.continuation.id) };
        }
        if (!('article' in item)) {
          return { type: 'headline-only', position, kicker: item.kicker, headline: item.headline, subtitle: item.subtitle, bodyIn: item.bodyIn ? linked(item.bodyIn.id) : undefined };
        }
        const article = bySlug.get(item.article.id);
        if (!article) throw new Error(`${where}: no article with slug “${item.article.id}”`);
        if (article.editionId !== entry.id || article.data.position !== position) {
          throw new Error(`${where}: lists “${article.slug}” at position ${position}, but ${article.entry.filePath} says edition “${article.editionId}”, position ${article.data.position}`);
        }
        listed.add(article.slug);
        return { type: 'article', position, article };
      });
      return { id: entry.id, url: `/editions/${entry.id}/`, name: editionName(entry.data), data: entry.data, items };
    })
    .sort((a, b) => compareEditionsNewestFirst(a.data, b.data));

  const unlisted = [...bySlug.values()].find((article) => !listed.has(article.slug));
  if (unlisted) throw new Error(`${unlisted.entry.filePath}: edition “${unlisted.editionId}” does not list this article`);

  const articles = editions.flatMap((edition) => edition.items.flatMap((item) => (item.type === 'article' ? [item.article] : [])));
  const authors = groupAuthors(articles);
  const archive = groupArchive(editions, (edition) => edition.data.date);
  const dates = [...archive.byDate.keys()].sort();
  return {
    editions,
    articles,
    authors,
    archive,
    lookup: {
      edition: new Map(editions.map((edition) => [edition.id, edition])),
      author: new Map(authors.map((author) => [author.name, author])),
      siblings: siblingsInPrintedOrder(editions),
      dates: { list: dates, index: new Map(dates.map((date, i) => [date, i])) },
    },
  };
}

/** Author pages in one pass over the articles (reading order), each listing its articles newest edition first. */
function groupAuthors(articles: Article[]): Author[] {
  const slugs = authorSlugs([...articles].reverse().flatMap((article) => article.data.authors));
  const byName = new Map([...slugs].map(([name, slug]): [string, Author] => [name, { name, slug, url: `/authors/${slug}/`, articles: [] }]));
  for (const article of articles) {
    // A name printed twice in one byline still lists the article once.
    for (const name of new Set(article.data.authors)) byName.get(name)!.articles.push(article);
  }
  return [...byName.values()];
}

function siblingsInPrintedOrder(editions: Edition[]): Content['lookup']['siblings'] {
  const siblings: Content['lookup']['siblings'] = new Map();
  for (const edition of editions) {
    const onPage = edition.items.flatMap((item) => (item.type === 'article' ? [item.article] : []));
    onPage.forEach((article, index) => {
      const previous = onPage[index - 1];
      const next = onPage[index + 1];
      siblings.set(article.slug, { ...(previous ? { previous } : {}), ...(next ? { next } : {}) });
    });
  }
  return siblings;
}

/** The author pages of an article's people, in byline order. */
export function authorsOf(content: Content, article: Article): Author[] {
  return article.data.authors.map((name) => content.lookup.author.get(name)!);
}

function toArticle(entry: CollectionEntry<'articles'>): Article {
  const blocks = readMdxBody(entry.body ?? '', entry.filePath ?? entry.id);
  const paragraphs = blocks.flatMap((block) => (block.kind === 'paragraph' ? [block.text] : []));
  const lead = entry.data.standfirst?.[0] ?? paragraphs[0] ?? entry.data.headline;
  const allText = [...(entry.data.standfirst ?? []), ...blocks.map((block) => ('text' in block ? block.text : (block.caption ?? '')))].join('\n');
  return {
    entry,
    slug: entry.id,
    url: `/articles/${entry.id}/`,
    data: entry.data,
    editionId: entry.data.edition.id,
    get blocks() {
      return readMdxBody(entry.body ?? '', entry.filePath ?? entry.id);
    },
    summary: entry.data.summary ?? deriveSummary(lead),
    minutes: readingMinutes(allText),
  };
}

/** The article before and after this one in printed order, within its edition. */
export function neighbours(content: Content, article: Article): { previous?: Article; next?: Article } {
  return content.lookup.siblings.get(article.slug) ?? {};
}

export function editionOf(content: Content, article: Article): Edition {
  return content.lookup.edition.get(article.editionId)!;
}

/** Every page printed on the same day as this edition, front page first; just this one when it has no date. */
export function sameDay(content: Content, edition: Edition): Edition[] {
  return (edition.data.date === undefined ? undefined : content.archive.byDate.get(edition.data.date)) ?? [edition];
}

/**
 * Turning the paper: the page before and after this one on its day, and the
 * front page of the day before and after. Dated pages only; an undated page
 * has no day to turn from.
 */
export function turnPages(content: Content, edition: Edition): { previousPage?: Edition; nextPage?: Edition; previousDay?: Edition; nextDay?: Edition } {
  const date = edition.data.date;
  if (date === undefined) return {};
  const day = sameDay(content, edition);
  const at = day.indexOf(edition);
  const { list, index } = content.lookup.dates;
  const dayAt = index.get(date)!;
  const frontOf = (other: string | undefined) => (other === undefined ? undefined : content.archive.byDate.get(other)?.[0]);
  const found = { previousPage: day[at - 1], nextPage: day[at + 1], previousDay: frontOf(list[dayAt - 1]), nextDay: frontOf(list[dayAt + 1]) };
  return Object.fromEntries(Object.entries(found).filter(([, value]) => value !== undefined));
}

/**
 * 本期, what 离线阅读本期 saves: the pages printed on the latest day (what the
 * home page shows and indexes) and every article they hold or link to.
 */
export function latestEditionPlan(content: Content): EditionPlan {
  const latest = content.editions[0]!;
  const day = sameDay(content, latest);
  const articles = new Map<string, PageLink>();
  for (const item of day.flatMap((edition) => edition.items)) {
    const article = item.type === 'headline-only' ? item.bodyIn : item.article;
    if (article) articles.set(article.url, { url: article.url, title: article.data.headline });
  }
  return {
    name: latest.data.date ? formatEditionDate(latest.data.date) : latest.name,
    date: latest.data.date,
    pages: day.map((edition) => ({ url: edition.url, title: edition.name })),
    articles: [...articles.values()],
  };
}
