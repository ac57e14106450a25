import { parse } from 'yaml';
import { articleFrontmatter, describeIssues, editionRecord } from '../content-schema.ts';

/** What ingest must respect of content already published. */
export interface PublishedArticle {
  /** File name inside the articles folder, for messages. */
  file: string;
  slug: string;
  edition: string;
  position: number;
  headline: string;
  continuesOn?: string;
  /** The edition whose part was joined to this article, and where that part begins. */
  continuedIn?: { edition: string; fromBlock: number };
}

export interface PublishedEdition {
  id: string;
  sequence: number;
  /** Set by hand (or --title/--date, or the page header) and kept when the page is ingested again. */
  title?: string;
  date?: string;
  /** The project's copy of the page, relative to the content folder. */
  source?: string;
  /** SHA-256 of that copy, to tell a re-run of the same page from a different page under the same id. */
  sourceDigest?: string;
  /** The page label, when the header gave it. */
  page?: string;
  /** Headline-only items not yet linked to the article that brings their body, by item index. */
  awaitingBody?: { index: number; headline: string }[];
}

export interface PublishedContent {
  articles: PublishedArticle[];
  editions: PublishedEdition[];
}

/** Reads an article's frontmatter through the site's own schema, so ingest and the build agree on what is valid. */
export function readPublishedArticle(file: string, mdx: string): PublishedArticle {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/u.exec(mdx);
  if (!match) throw new Error(`${file}: no frontmatter (--- … ---) at the top; fix it before ingesting more pages`);
  const checked = articleFrontmatter.safeParse(parse(match[1]!, { version: '1.1' }));
  if (!checked.success) throw new Error(`${describeIssues(file, checked.error)}; fix it before ingesting more pages`);
  const { slug, edition, position, headline, continuesOn, continuedIn } = checked.data;
  return { file, slug, edition, position, headline, ...(continuesOn === undefined ? {} : { continuesOn }), ...(continuedIn === undefined ? {} : { continuedIn }) };
}

/** Reads an edition record through the site's own schema. */
export function readPublishedEdition(id: string, yamlText: string, sourceDigest?: string): PublishedEdition {
  const checked = editionRecord.safeParse(parse(yamlText, { version: '1.1' }));
  if (!checked.success) throw new Error(`${describeIssues(`editions/${id}.yaml`, checked.error)}; fix it before ingesting more pages`);
  const { sequence, title, date, source, page, items } = checked.data;
  const awaitingBody = items.flatMap((item, index) => ('bodyOnPage' in item && item.bodyIn === undefined ? [{ index, headline: item.headline }] : []));
  return {
    id,
    sequence,
    source,
    ...(page === undefined ? {} : { page }),
    ...(awaitingBody.length === 0 ? {} : { awaitingBody }),
    ...(title === undefined ? {} : { title }),
    ...(date === undefined ? {} : { date }),
    ...(sourceDigest === undefined ? {} : { sourceDigest }),
  };
}
