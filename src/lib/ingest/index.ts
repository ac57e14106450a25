import { basename, extname } from 'node:path';
import { stringify } from 'yaml';
import { pinyinSlug, uniqueSlug } from '../slug.ts';
import { toBlocks } from './blocks.ts';
import { decodePage, type SourceEncoding } from './decode.ts';
import { IngestError } from './errors.ts';
import type { PublishedContent } from './existing.ts';
import { toMdx } from './mdx.ts';
import type { Join, ParsedArticle, ParsedPage } from './model.ts';
import { parsePage } from './structure.ts';

export { IngestError } from './errors.ts';
export type { PublishedContent } from './existing.ts';

export interface IngestInput {
  /** The page file's name as the desk gave it, for messages and the edition id. */
  file: string;
  bytes: Uint8Array;
  /** Articles and editions already in the content folder. */
  published: PublishedContent;
  /** The edition's printed title and date (YYYY-MM-DD), when the desk knows them. */
  title?: string;
  date?: string;
}

/** A file to write, relative to the content folder. */
export interface OutputFile {
  path: string;
  content: string | Uint8Array;
}

export interface IngestReport {
  file: string;
  encoding: SourceEncoding;
  edition: string;
  articles: { slug: string; headline: string; paragraphs: number; subheads: number; figures: number; reusedSlug: boolean }[];
  headlinesOnly: string[];
  joins: Join[];
  captions: number;
  credits: number;
  warnings: string[];
}

export interface IngestResult {
  files: OutputFile[];
  report: IngestReport;
}

/**
 * The whole pipeline from a page's bytes to the files the site reads:
 * one MDX file per article, the edition record, and a verbatim copy of the page.
 * Pure: reads nothing from disk and writes nothing; the caller does both.
 */
export function ingestPage({ file, bytes, published, title, date }: IngestInput): IngestResult {
  const { text, encoding } = decodePage(bytes, file);
  const page = parsePage(toBlocks(text), file);
  const edition = editionIdFor(file);
  const warnings = [...page.warnings];

  const slugs = assignSlugs(page, edition, published, warnings);
  const files: OutputFile[] = [];
  const articles: IngestReport['articles'] = [];
  page.items.forEach((item, index) => {
    if (item.type !== 'article') return;
    const { article } = item;
    const { slug, reused } = slugs.get(index)!;
    files.push({ path: `articles/${slug}.mdx`, content: articleMdx(article, slug, edition, index + 1) });
    articles.push({
      slug,
      headline: article.headline,
      paragraphs: article.standfirst.length + article.body.filter((node) => node.kind === 'paragraph').length,
      subheads: article.body.filter((node) => node.kind === 'subhead').length,
      figures: article.body.filter((node) => node.kind === 'figure').length,
      reusedSlug: reused,
    });
  });

  if (date !== undefined && !/^\d{4}-\d{2}-\d{2}$/u.test(date)) throw new IngestError(file, `--date must be YYYY-MM-DD, got “${date}”`);
  const before = published.editions.find((e) => e.id === edition);
  const record: EditionHead = {
    sequence: before?.sequence ?? Math.max(0, ...published.editions.map((e) => e.sequence)) + 1,
    ...((title ?? before?.title) === undefined ? {} : { title: title ?? before?.title }),
    ...((date ?? before?.date) === undefined ? {} : { date: date ?? before?.date }),
  };
  files.push({ path: `editions/${edition}.yaml`, content: editionYaml(page, slugs, file, edition, record) });
  files.push({ path: `source/${edition}${extname(file) || '.txt'}`, content: bytes });

  const stale = published.articles.filter((a) => a.edition === edition && ![...slugs.values()].some((s) => s.slug === a.slug));
  for (const a of stale) warnings.push(`${a.file} belongs to edition ${edition} but this page no longer yields it; it was left in place, remove it if it is gone`);

  const bodies = page.items.flatMap((item) => (item.type === 'article' ? item.article.body : []));
  return {
    files,
    report: {
      file,
      encoding,
      edition,
      articles,
      headlinesOnly: page.items.flatMap((item) => (item.type === 'headline-only' ? [item.item.headline] : [])),
      joins: page.joins,
      captions: bodies.filter((node) => node.kind === 'figure' && node.caption !== undefined).length,
      credits: bodies.filter((node) => node.kind === 'credit' || (node.kind === 'figure' && node.credit !== undefined)).length,
      warnings,
    },
  };
}

/** The edition id: the page file's name as an ASCII slug (2026-03-05-A3.txt → 2026-03-05-a3). */
export function editionIdFor(file: string): string {
  const name = basename(file, extname(file));
  const ascii = name.toLowerCase().replace(/[^a-z0-9]+/gu, '-').replace(/^-+|-+$/gu, '');
  const id = /[\p{Script=Han}]/u.test(name) ? pinyinSlug(name, 12) : ascii;
  if (id === '') throw new IngestError(file, 'cannot make an edition id from this file name; rename it with letters or digits');
  return id;
}

/**
 * Published slugs never change: an article already published from this
 * edition (same headline, else same position) keeps its slug. A new slug that
 * another article holds gets a suffix, and the report says so.
 */
function assignSlugs(page: ParsedPage, edition: string, published: PublishedContent, warnings: string[]) {
  const slugs = new Map<number, { slug: string; reused: boolean }>();
  const fromThisEdition = published.articles.filter((a) => a.edition === edition);
  const taken = new Set(published.articles.filter((a) => a.edition !== edition).map((a) => a.slug));
  const claimed = new Set<string>();

  page.items.forEach((item, index) => {
    if (item.type !== 'article') return;
    const previous =
      fromThisEdition.find((a) => a.headline === item.article.headline && !claimed.has(a.slug)) ??
      fromThisEdition.find((a) => a.position === index + 1 && !claimed.has(a.slug));
    if (previous) {
      claimed.add(previous.slug);
      slugs.set(index, { slug: previous.slug, reused: true });
    }
  });
  page.items.forEach((item, index) => {
    if (item.type !== 'article' || slugs.has(index)) return;
    const base = pinyinSlug(item.article.headline) || `article-${index + 1}`;
    const slug = uniqueSlug(base, new Set([...taken, ...claimed, ...fromThisEdition.map((a) => a.slug)]));
    if (slug !== base) {
      const holder = published.articles.find((a) => a.slug === base);
      warnings.push(`slug “${base}” is already used${holder ? ` by ${holder.file}` : ' on this page'}; “${item.article.headline}” gets “${slug}”`);
    }
    claimed.add(slug);
    slugs.set(index, { slug, reused: false });
  });
  return slugs;
}

function articleMdx(article: ParsedArticle, slug: string, edition: string, position: number): string {
  const subheadIds: string[] = [];
  for (const node of article.body) {
    if (node.kind === 'subhead') subheadIds.push(uniqueSlug(pinyinSlug(node.text) || `section-${subheadIds.length + 1}`, new Set(subheadIds)));
  }
  const frontmatter: Record<string, unknown> = {
    slug,
    ...(article.kicker === undefined ? {} : { kicker: article.kicker }),
    headline: article.headline,
    ...(article.subtitle === undefined ? {} : { subtitle: article.subtitle }),
    byline: article.byline,
    authors: article.authors,
    edition,
    position,
    ...(article.standfirst.length === 0 ? {} : { standfirst: article.standfirst.map((p) => p.text) }),
  };
  return toMdx({ frontmatter, body: article.body, subheadIds });
}

interface EditionHead {
  sequence: number;
  title?: string;
  date?: string;
}

function editionYaml(page: ParsedPage, slugs: Map<number, { slug: string }>, file: string, edition: string, head: EditionHead): string {
  const items = page.items.map((item, index) =>
    item.type === 'article'
      ? { article: slugs.get(index)!.slug }
      : {
          ...(item.item.kicker === undefined ? {} : { kicker: item.item.kicker }),
          headline: item.item.headline,
          ...(item.item.subtitle === undefined ? {} : { subtitle: item.item.subtitle }),
          bodyOnPage: false,
        },
  );
  const record = {
    ...head,
    source: `source/${edition}${extname(file) || '.txt'}`,
    items,
    ...(page.unplaced.length === 0 ? {} : { unplaced: page.unplaced }),
  };
  return `# What printed page ${basename(file)} holds, in printed order. Written by \`npm run ingest\`.\n${stringify(record, { lineWidth: 0 })}`;
}
