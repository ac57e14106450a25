import { parse } from 'yaml';

/** What ingest must respect of content already published. */
export interface PublishedArticle {
  /** File name inside the articles folder, for messages. */
  file: string;
  slug: string;
  edition: string;
  position: number;
  headline: string;
}

export interface PublishedEdition {
  id: string;
  sequence: number;
  /** Set by hand (or --title/--date) and kept when the page is ingested again. */
  title?: string;
  date?: string;
}

export interface PublishedContent {
  articles: PublishedArticle[];
  editions: PublishedEdition[];
}

/** Reads the frontmatter fields ingest needs from an article's MDX text. */
export function readPublishedArticle(file: string, mdx: string): PublishedArticle {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/u.exec(mdx);
  const data: unknown = match ? parse(match[1]!) : undefined;
  if (!isRecord(data) || typeof data.slug !== 'string' || typeof data.edition !== 'string' || typeof data.position !== 'number' || typeof data.headline !== 'string') {
    throw new Error(`${file}: frontmatter lacks slug, edition, position or headline; fix it before ingesting more pages`);
  }
  return { file, slug: data.slug, edition: data.edition, position: data.position, headline: data.headline };
}

/** Reads the fields ingest needs from an edition record's YAML text. */
export function readPublishedEdition(id: string, yamlText: string): PublishedEdition {
  const data: unknown = parse(yamlText);
  if (!isRecord(data) || typeof data.sequence !== 'number') {
    throw new Error(`editions/${id}.yaml: no numeric sequence; fix it before ingesting more pages`);
  }
  return {
    id,
    sequence: data.sequence,
    ...(typeof data.title === 'string' ? { title: data.title } : {}),
    ...(typeof data.date === 'string' ? { date: data.date } : {}),
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
