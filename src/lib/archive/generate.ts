/**
 * A synthetic but realistic newspaper archive in exactly the project's
 * formats (articles/*.mdx, editions/*.yaml, source/*.txt), for measuring
 * build time, memory and search at 1,000 to 30,000 articles.
 *
 * - Deterministic: one seeded stream, no clock, no Math.random; the same
 *   options give byte-identical files.
 * - Prefix-stable: days, pages and articles are drawn in printed order from
 *   that stream and nothing earlier depends on the count asked for, so
 *   N + k articles are the N articles' files plus new ones. Generation stops
 *   at the end of the printed page that reaches the count.
 * - Written by the project's own writers (composeMdx, mdxBlocks, YAML_OPTIONS,
 *   editionTitle, editionIdFor, pinyinSlug) and checked against the content
 *   schemas before anything is returned, so it cannot drift from what the
 *   site reads.
 */
import { stringify } from 'yaml';
import { articleFrontmatter, describeIssues, editionRecord, type ArticleFrontmatter, type EditionRecord } from '../content-schema.ts';
import { editionTitle, isValidIsoDate } from '../ingest/header.ts';
import { editionIdFor } from '../ingest/index.ts';
import { composeMdx, mdxBlocks, YAML_OPTIONS } from '../ingest/mdx.ts';
import type { BodyNode } from '../ingest/model.ts';
import { pinyinSlug, slugAllocator } from '../slug.ts';
import { PAPER, type Domain } from './lexicon.ts';
import { planDay, type PagePlan } from './paper.ts';
import { AuthorPool, personName } from './people.ts';
import { ArticleWriter, type Day, type DraftArticle, type Length, type Titles } from './prose.ts';
import { Random, seedOf } from './random.ts';
import { printPage, type PrintedItem } from './source.ts';
import { VocabularyBuilder } from './vocabulary.ts';

export const DEFAULT_SEED = 11;
export const DEFAULT_START = '2026-01-01';
/** Bumped whenever the output for the same options changes, so an archive is never extended by a different generator. */
export const GENERATOR_VERSION = 1;

export interface ArchiveOptions {
  /** At least this many articles: the last printed page is completed, so a few more may come. */
  articles: number;
  seed?: number;
  /** The first day, YYYY-MM-DD. */
  start?: string;
}

/** A file to write, relative to the archive folder. */
export interface ArchiveFile {
  path: string;
  content: string;
}

export interface GeneratedArticle {
  frontmatter: ArticleFrontmatter;
  /** The body as MDX blocks, one line each (what follows the frontmatter). */
  blocks: string[];
  /** The reading text: standfirst, paragraphs, subheads, captions. */
  text: string;
}

/** One printed page: its edition record, its articles and the three kinds of file it makes. */
export interface GeneratedPage {
  id: string;
  day: Day;
  record: EditionRecord;
  articles: GeneratedArticle[];
  /** The page's raw text (source/<id>.txt). */
  source: string;
  files: ArchiveFile[];
}

const SOURCE_NOTE = (id: string) => `# What printed page ${id}.txt holds, in printed order. Written by \`npm run archive:generate\` (a synthetic archive).\n`;

/** Checks options and fills in the defaults. */
export function resolveOptions(options: ArchiveOptions): Required<ArchiveOptions> {
  const { articles, seed = DEFAULT_SEED, start = DEFAULT_START } = options;
  if (!Number.isSafeInteger(articles) || articles < 1) throw new Error(`--articles must be a whole number of at least 1, got ${articles}`);
  if (!Number.isSafeInteger(seed) || seed < 0 || seed > 0xffffffff) throw new Error(`--seed must be a whole number from 0 to 4294967295, got ${seed}`);
  if (!isValidIsoDate(start)) throw new Error(`--start must be a real day as YYYY-MM-DD, got “${start}”`);
  return { articles, seed, start };
}

/**
 * The archive's pages in printed order, day by day, until at least
 * `articles` articles are out. Lazy, so a caller can write each page as it comes.
 */
export function* generatePages(options: ArchiveOptions): Generator<GeneratedPage> {
  const { articles: wanted, seed, start } = resolveOptions(options);
  const random = new Random(seedOf(seed, 'archive', start));
  const vocabulary = new VocabularyBuilder(seed);
  const authors = new AuthorPool(seed);
  const editors = editorPool(seed);
  const allocateSlug = slugAllocator();
  let sequence = 0;
  let made = 0;
  for (let index = 0; made < wanted; index++) {
    const day = dayAt(start, index);
    const vocab = vocabulary.forDay(index);
    for (const plan of planDay(random, weekdayOf(day))) {
      sequence++;
      const used = new Set<string>();
      const writer = (domain: Domain) => new ArticleWriter(random, vocab, day, domain, used, plan.district);
      const items = pageItems(random, plan, (domain, length, extras) => writer(domain).article(authors, length, extras), (domain) => writer(domain).titles());
      const furniture = [`责任编辑：${random.pick(editors)}`];
      const page = buildPage(day, plan, sequence, items, furniture, allocateSlug);
      made += page.articles.length;
      yield page;
      if (made >= wanted) return;
    }
  }
}

/** The whole archive at once (tests, small archives); the CLI streams generatePages instead. */
export function generateArchive(options: ArchiveOptions): GeneratedPage[] {
  return [...generatePages(options)];
}

type WriteArticle = (domain: Domain, length: Length, extras: { standfirst: boolean; figures: boolean }) => DraftArticle;

/** What one page prints: 4–8 items, the first the page's main report, sometimes a headline whose body is elsewhere at the end. */
function pageItems(random: Random, plan: PagePlan, write: WriteArticle, titles: (domain: Domain) => Titles): PrintedItem[] {
  // A literary supplement or a world page carries fewer, shorter pieces than a news page; a news page
  // leans to the full end of 4–8 (the larger of two draws), so a day holds about a hundred articles.
  const count = plan.front ? random.int(5, 8) : plan.domains.includes('essay') || plan.domains.includes('world') ? random.int(4, 6) : Math.max(random.int(4, 8), random.int(4, 8));
  const withHeadlineOnly = random.chance(plan.front ? 0.4 : 0.1);
  const items: PrintedItem[] = [];
  for (let i = 0; i < count - (withHeadlineOnly ? 1 : 0); i++) {
    const domain = random.pick(plan.domains);
    const length = lengthOf(random, domain, i === 0);
    const standfirst = length === 'long' ? random.chance(0.4) : length === 'medium' ? random.chance(0.1) : false;
    const figures = random.chance(length === 'long' ? 0.5 : length === 'medium' ? 0.35 : 0.2);
    items.push({ article: write(domain, length, { standfirst, figures }) });
  }
  if (withHeadlineOnly) {
    items.push({ headlineOnly: titles(random.pick(plan.domains)) });
  }
  return items;
}

/** 新华社 items and essays are mostly short, commentaries middling; a page's first report is its longest. */
function lengthOf(random: Random, domain: Domain, lead: boolean): Length {
  if (domain === 'world' || domain === 'essay') return random.chance(0.7) ? 'short' : 'medium';
  if (lead) return random.chance(0.5) ? 'long' : 'medium';
  if (domain === 'opinion') return 'medium';
  return random.chance(0.55) ? 'short' : random.chance(0.78) ? 'medium' : 'long';
}

function buildPage(day: Day, plan: PagePlan, sequence: number, items: PrintedItem[], furniture: string[], allocateSlug: (base: string) => string): GeneratedPage {
  const id = editionIdFor(`${day.iso}-${plan.label}.txt`, { date: day.iso, page: plan.label });
  const printed = printPage({ paper: PAPER, date: day.iso, label: plan.label, section: plan.section }, furniture, items);
  const articles: GeneratedArticle[] = [];
  const listed: EditionRecord['items'] = items.map((item, index) => {
    if (!('article' in item)) return { ...item.headlineOnly, bodyOnPage: false as const };
    const article = articleOf(item.article, allocateSlug(pinyinSlug(item.article.headline) || `article-${sequence}-${index + 1}`), id, index + 1);
    articles.push(article);
    return { article: article.frontmatter.slug };
  });
  const title = editionTitle({ date: day.iso, page: plan.label, section: plan.section });
  const record: EditionRecord = {
    sequence,
    ...(title === undefined ? {} : { title }),
    date: day.iso,
    paper: PAPER,
    page: plan.label,
    section: plan.section,
    source: `source/${id}.txt`,
    header: printed.header,
    furniture: printed.furniture,
    items: listed,
  };
  const checked = editionRecord.safeParse(record);
  if (!checked.success) throw new Error(describeIssues(`editions/${id}.yaml`, checked.error));
  const files: ArchiveFile[] = [
    ...articles.map((article) => ({ path: `articles/${article.frontmatter.slug}.mdx`, content: composeMdx(article.frontmatter, article.blocks) })),
    { path: `editions/${id}.yaml`, content: SOURCE_NOTE(id) + stringify(record, YAML_OPTIONS) },
    { path: `source/${id}.txt`, content: printed.text },
  ];
  return { id, day, record, articles, source: printed.text, files };
}

/** An article's frontmatter and MDX body, as ingest would write them for this page; schema-checked. */
function articleOf(draft: DraftArticle, slug: string, edition: string, position: number): GeneratedArticle {
  const frontmatter: ArticleFrontmatter = {
    slug,
    ...(draft.kicker === undefined ? {} : { kicker: draft.kicker }),
    headline: draft.headline,
    ...(draft.subtitle === undefined ? {} : { subtitle: draft.subtitle }),
    ...(draft.byline === undefined ? {} : { byline: draft.byline }),
    authors: draft.authors,
    edition,
    position,
    ...(draft.standfirst.length === 0 ? {} : { standfirst: draft.standfirst }),
  };
  const checked = articleFrontmatter.safeParse(frontmatter);
  if (!checked.success) throw new Error(describeIssues(`articles/${slug}.mdx`, checked.error));
  // Subhead ids as ingest makes them: the subhead's pinyin, unique within the article.
  const allocate = slugAllocator();
  const subheadIds: string[] = [];
  // mdxBlocks reads only kind and text; the source line numbers ingest keeps are not part of the MDX.
  const nodes: BodyNode[] = draft.body.map((block) => {
    if (block.kind === 'paragraph') return { kind: 'paragraph', text: block.text, lines: [] };
    if (block.kind === 'subhead') {
      subheadIds.push(allocate(pinyinSlug(block.text) || `section-${subheadIds.length + 1}`));
      return { kind: 'subhead', text: block.text, line: 0 };
    }
    return { kind: 'figure', caption: block.caption, credit: block.credit, line: 0 };
  });
  const text = [...draft.standfirst, ...draft.body.map((block) => (block.kind === 'figure' ? block.caption : block.text))].join('\n');
  return { frontmatter, blocks: mdxBlocks(nodes, subheadIds), text };
}

/** The desk's editors, named in each page's 责任编辑 line (not authors). */
function editorPool(seed: number): string[] {
  const random = new Random(seedOf(seed, 'editors'));
  return Array.from({ length: 16 }, () => personName(random));
}

/** The `index`-th day from `start` (UTC calendar arithmetic: no time zone can shift a day). */
export function dayAt(start: string, index: number): Day {
  const [year, month, day] = start.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day + index));
  const iso = date.toISOString().slice(0, 10);
  return { index, iso, year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

function weekdayOf(day: Day): number {
  return new Date(Date.UTC(day.year, day.month - 1, day.day)).getUTCDay();
}
