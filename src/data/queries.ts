/**
 * The content as the pages need it: articles with their derived fields,
 * editions newest first, items in printed order. Checks that articles and
 * edition records agree, so a mismatch fails the build with the file named.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { authorSlugs } from '../lib/authors.ts';
import { compareEditionsNewestFirst, editionName } from '../lib/editions.ts';
import { readMdxBody, type TextBlock } from '../lib/ingest/mdx.ts';
import { readingMinutes } from '../lib/reading-time.ts';
import { deriveSummary } from '../lib/summary.ts';

export interface Article {
  entry: CollectionEntry<'articles'>;
  slug: string;
  url: string;
  data: CollectionEntry<'articles'>['data'];
  editionId: string;
  /** The body as plain text blocks, for summaries, reading time and checks. */
  blocks: TextBlock[];
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
}

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
  const slugs = authorSlugs([...articles].reverse().flatMap((article) => article.data.authors));
  const authors = [...slugs].map(([name, slug]) => ({ name, slug, url: `/authors/${slug}/`, articles: articles.filter((a) => a.data.authors.includes(name)) }));
  return { editions, articles, authors };
}

/** The author pages of an article's people, in byline order. */
export function authorsOf(content: Content, article: Article): Author[] {
  return article.data.authors.map((name) => content.authors.find((author) => author.name === name)!);
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
    blocks,
    summary: entry.data.summary ?? deriveSummary(lead),
    minutes: readingMinutes(allText),
  };
}

/** The article before and after this one in printed order, within its edition. */
export function neighbours(content: Content, article: Article): { previous?: Article; next?: Article } {
  const sameEdition = content.articles.filter((a) => a.editionId === article.editionId);
  const index = sameEdition.indexOf(article);
  return {
    ...(index > 0 ? { previous: sameEdition[index - 1] } : {}),
    ...(index < sameEdition.length - 1 ? { next: sameEdition[index + 1] } : {}),
  };
}

export function editionOf(content: Content, article: Article): Edition {
  return content.editions.find((edition) => edition.id === article.editionId)!;
}
