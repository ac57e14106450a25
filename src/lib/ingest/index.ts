import { createHash } from 'node:crypto';
import { basename, extname } from 'node:path';
import { pinyin } from 'pinyin-pro';
import { stringify } from 'yaml';
import { articleFrontmatter, describeIssues, editionRecord, type ArticleFrontmatter, type EditionRecord } from '../content-schema.ts';
import { undrawable } from '../og/coverage.ts';
import { pinyinSlug, slugAllocator, uniqueSlug } from '../slug.ts';
import { toBlocks } from './blocks.ts';
import { decodePage, type SourceEncoding } from './decode.ts';
import { IngestError } from './errors.ts';
import { carriedPart, findFirstPart, headlinesMatch, joinContinuation, linkBody } from './continuation.ts';
import type { PublishedArticle, PublishedContent } from './existing.ts';
import { editionTitle, isValidIsoDate, type PageHeader } from './header.ts';
import { composeMdx, mdxBlocks, toMdx, YAML_OPTIONS } from './mdx.ts';
import type { Join, ParsedArticle, ParsedPage, Warning } from './model.ts';
import { parsePage } from './structure.ts';

export { IngestError } from './errors.ts';
export type { PublishedContent } from './existing.ts';

export interface IngestInput {
  /** The page file's name as the desk gave it, for messages and (when the header gives no date and page) the edition id. */
  file: string;
  bytes: Uint8Array;
  /** Articles and editions already in the content folder. */
  published: PublishedContent;
  /** The edition's printed title and date (YYYY-MM-DD), when the desk knows them; they win over the page header. */
  title?: string;
  date?: string;
  /** Replace an edition of the same id that holds a different page (else refused). */
  replace?: boolean;
  /** Refuse the page when any decision rests on a weak signal. */
  strict?: boolean;
  /**
   * Reads a published file (path relative to the content folder), for the
   * files a page changes beyond its own: an article it continues, an edition
   * whose headline it brings the body of. Without it those links are not made.
   */
  readContent?: (path: string) => string;
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
  /** The edition's metadata as read from the header and the desk's options. */
  header: PageHeader & { title?: string };
  articles: { slug: string; headline: string; paragraphs: number; subheads: number; figures: number; reusedSlug: boolean }[];
  headlinesOnly: string[];
  joins: Join[];
  captions: number;
  credits: number;
  warnings: Warning[];
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
export function ingestPage({ file, bytes, published, title, date, replace = false, strict = false, readContent }: IngestInput): IngestResult {
  if (date !== undefined && !isValidIsoDate(date)) throw new IngestError(file, `--date must be a real day as YYYY-MM-DD, got “${date}”`);
  const { text, encoding } = decodePage(bytes, file);
  const page = parsePage(toBlocks(text), file);
  const warnings = [...page.warnings];
  if (date !== undefined && page.header.date !== undefined && page.header.date !== date) {
    warnings.push({ text: `--date ${date} differs from the date the page header prints (${page.header.date}); --date is used`, weak: false });
  }
  const header = { ...page.header, ...(date === undefined ? {} : { date }) };
  const edition = editionIdFor(file, header);

  const before = published.editions.find((e) => e.id === edition);
  if (before?.sourceDigest !== undefined && before.sourceDigest !== digest(bytes) && !replace) {
    throw new IngestError(
      file,
      `edition ${edition} already exists (${before.source ?? 'editions/' + edition + '.yaml'}) and holds a different page; give --replace to replace it, or check the page's date and number`,
    );
  }
  if (strict) {
    const weak = warnings.filter((w) => w.weak);
    if (weak.length > 0) throw new IngestError(file, `--strict: ${weak.length} decision${weak.length === 1 ? '' : 's'} rest on weak signals; mark the lines (see README) or drop --strict: ${weak.map(formatWarning).join('; ')}`);
  }

  // 上接第N版: the rest of an article published from page N is joined to it.
  const joined = new Map<number, PublishedArticle>();
  page.items.forEach((item, index) => {
    if (item.type !== 'article' || item.article.continuedFrom === undefined) return;
    const first = readContent ? findFirstPart(item.article, header, published) : undefined;
    if (first) joined.set(index, first);
    else {
      warnings.push({ line: item.article.line, text: `“${item.article.headline}” continues an article from page ${item.article.continuedFrom} (上接) that is not published; kept as an article of its own (ingest that page first to join them)`, weak: false });
    }
  });

  const slugs = assignSlugs(page, edition, published, warnings, new Set(joined.keys()));
  const files: OutputFile[] = [];
  const articles: IngestReport['articles'] = [];
  const editionTexts = new Map<string, string>();
  page.items.forEach((item, index) => {
    if (item.type !== 'article') return;
    const { article } = item;
    const first = joined.get(index);
    if (first) {
      const rest = [...article.standfirst, ...article.body];
      files.push({ path: first.file, content: joinContinuation(readContent!(first.file), first.file, edition, rest) });
      warnings.push({ line: article.line, text: `“${article.headline}” (上接第${article.continuedFrom}版) joined to the end of ${first.file}`, weak: false });
      return;
    }
    const { slug, reused } = slugs.get(index)!;
    const old = reused ? published.articles.find((a) => a.slug === slug) : undefined;
    const carry = old?.continuedIn && readContent ? carriedPart(readContent(old.file), old.file) : undefined;
    if (!reused && readContent) {
      // A headline printed earlier without its body (正文见…) now links to this article.
      for (const e of published.editions) {
        for (const waiting of e.awaitingBody ?? []) {
          if (e.id === edition || !headlinesMatch(waiting.headline, article.headline)) continue;
          const path = `editions/${e.id}.yaml`;
          editionTexts.set(path, linkBody(editionTexts.get(path) ?? readContent(path), waiting.index, slug));
          warnings.push({ line: article.line, text: `the headline “${waiting.headline}” printed without its body in edition ${e.id} now links to this article`, weak: false });
        }
      }
    }
    for (const [field, value] of [['headline', article.headline], ['kicker', article.kicker], ['byline', article.byline]] as const) {
      const missing = value === undefined ? [] : undrawable(value);
      if (missing.length > 0) {
        warnings.push({ line: article.line, text: `the preview image of “${article.headline}” has no font for ${missing.map((c) => `“${c}” U+${c.codePointAt(0)!.toString(16).toUpperCase()}`).join(', ')} in its ${field}; it shows 〓 there`, weak: false });
      }
    }
    files.push({ path: `articles/${slug}.mdx`, content: articleMdx(article, slug, edition, index + 1, file, carry) });
    articles.push({
      slug,
      headline: article.headline,
      paragraphs: article.standfirst.length + article.body.filter((node) => node.kind === 'paragraph').length,
      subheads: article.body.filter((node) => node.kind === 'subhead').length,
      figures: article.body.filter((node) => node.kind === 'figure').length,
      reusedSlug: reused,
    });
  });

  const metadata = {
    ...((title ?? before?.title ?? editionTitle(header)) === undefined ? {} : { title: title ?? before?.title ?? editionTitle(header) }),
    ...((header.date ?? before?.date) === undefined ? {} : { date: header.date ?? before?.date }),
    ...(header.paper === undefined ? {} : { paper: header.paper }),
    ...(header.page === undefined ? {} : { page: header.page }),
    ...(header.section === undefined ? {} : { section: header.section }),
  };
  const record = {
    sequence: before?.sequence ?? Math.max(0, ...published.editions.map((e) => e.sequence)) + 1,
    ...metadata,
  };
  const sourcePath = `source/${edition}${sourceExtension(file)}`;
  files.push({ path: `editions/${edition}.yaml`, content: editionYaml(page, slugs, joined, file, sourcePath, record) });
  for (const [path, content] of editionTexts) files.push({ path, content });
  files.push({ path: sourcePath, content: bytes });

  const stale = published.articles.filter((a) => a.edition === edition && ![...slugs.values()].some((s) => s.slug === a.slug));
  for (const a of stale) warnings.push({ text: `${a.file} belongs to edition ${edition} but this page no longer yields it; it was left in place, remove it if it is gone`, weak: false });

  const bodies = page.items.flatMap((item) => (item.type === 'article' ? item.article.body : []));
  return {
    files,
    report: {
      file,
      encoding,
      edition,
      header: metadata,
      articles,
      headlinesOnly: page.items.flatMap((item) => (item.type === 'headline-only' ? [item.item.headline] : [])),
      joins: page.joins,
      captions: bodies.filter((node) => node.kind === 'figure' && node.caption !== undefined).length,
      credits: bodies.filter((node) => node.kind === 'credit' || (node.kind === 'figure' && node.credit !== undefined)).length,
      warnings,
    },
  };
}

/** A warning as one line for the desk: `line 12: … (weak signal)`. */
export function formatWarning(warning: Warning): string {
  return `${warning.line === undefined ? '' : `line ${warning.line}: `}${warning.text}${warning.weak ? ' (weak signal)' : ''}`;
}

/** The digest that tells whether a page was ingested before, byte for byte. */
export function digest(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The extension of the project's copy of the page: the file's own, lower case, .txt when it has none. */
function sourceExtension(file: string): string {
  const ext = extname(file).toLowerCase();
  return /^\.[a-z0-9]{1,8}$/u.test(ext) ? ext : '.txt';
}

const MAX_ID_LENGTH = 64;

/**
 * The edition id: the printed date and page when the header gives both
 * (2026-03-05-13), so two file names for one page cannot make two editions;
 * otherwise the file's name as an ASCII slug (2026-03-05-A3.txt → 2026-03-05-a3),
 * Chinese names spelt in full pinyin, with a short hash when cut to length.
 */
export function editionIdFor(file: string, header: PageHeader = {}): string {
  if (header.date !== undefined && header.page !== undefined) return `${header.date}-${header.page.toLowerCase()}`;
  const name = basename(file, extname(file)).normalize('NFKC');
  const spelt = /[\p{Script=Han}]/u.test(name) ? pinyin(name, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true }).join('-') : name;
  const id = spelt.toLowerCase().replace(/[^a-z0-9]+/gu, '-').replace(/^-+|-+$/gu, '');
  if (id === '') throw new IngestError(file, 'cannot make an edition id from this file name; rename it with letters or digits');
  if (id.length <= MAX_ID_LENGTH) return id;
  return `${id.slice(0, MAX_ID_LENGTH - 9).replace(/-+$/u, '')}-${createHash('sha256').update(name).digest('hex').slice(0, 8)}`;
}

/**
 * Published slugs never change: an article already published from this
 * edition (same headline, else same position) keeps its slug. A new slug that
 * another article holds gets a suffix, and the report says so.
 */
function assignSlugs(page: ParsedPage, edition: string, published: PublishedContent, warnings: Warning[], joined: ReadonlySet<number>) {
  const slugs = new Map<number, { slug: string; reused: boolean }>();
  const fromThisEdition = published.articles.filter((a) => a.edition === edition);
  const taken = new Set(published.articles.filter((a) => a.edition !== edition).map((a) => a.slug));
  const claimed = new Set<string>();

  // Same headline first, for every article, then same position: an earlier article's fallback never takes a later one's own slug.
  const keep = (match: (published: PublishedArticle, index: number, headline: string) => boolean) =>
    page.items.forEach((item, index) => {
      if (item.type !== 'article' || joined.has(index) || slugs.has(index)) return;
      const previous = fromThisEdition.find((a) => match(a, index, item.article.headline) && !claimed.has(a.slug));
      if (previous) {
        claimed.add(previous.slug);
        slugs.set(index, { slug: previous.slug, reused: true });
      }
    });
  keep((a, _index, headline) => a.headline === headline);
  keep((a, index) => a.position === index + 1);
  page.items.forEach((item, index) => {
    if (item.type !== 'article' || slugs.has(index) || joined.has(index)) return;
    const base = pinyinSlug(item.article.headline) || `article-${index + 1}`;
    const slug = uniqueSlug(base, new Set([...taken, ...claimed, ...fromThisEdition.map((a) => a.slug)]));
    if (slug !== base) {
      const holder = published.articles.find((a) => a.slug === base);
      warnings.push({ text: `slug “${base}” is already used${holder ? ` by ${holder.file}` : ' on this page'}; “${item.article.headline}” gets “${slug}”`, weak: false });
    }
    claimed.add(slug);
    slugs.set(index, { slug, reused: false });
  });
  return slugs;
}

function articleMdx(article: ParsedArticle, slug: string, edition: string, position: number, file: string, carry?: { edition: string; blocks: string[] }): string {
  const subheadIds: string[] = [];
  const allocate = slugAllocator();
  for (const node of article.body) {
    if (node.kind === 'subhead') subheadIds.push(allocate(pinyinSlug(node.text) || `section-${subheadIds.length + 1}`));
  }
  const frontmatter: ArticleFrontmatter = {
    slug,
    ...(article.kicker === undefined ? {} : { kicker: article.kicker }),
    headline: article.headline,
    ...(article.subtitle === undefined ? {} : { subtitle: article.subtitle }),
    ...(article.byline === undefined ? {} : { byline: article.byline }),
    authors: article.authors,
    edition,
    position,
    ...(article.standfirst.length === 0 ? {} : { standfirst: article.standfirst.map((p) => p.text) }),
    ...(article.continuedFrom === undefined ? {} : { continuedFrom: article.continuedFrom }),
    ...(article.continuesOn === undefined ? {} : { continuesOn: article.continuesOn }),
  };
  // What is written is what the site will read back: checked here against the same schema.
  const checked = articleFrontmatter.safeParse(frontmatter);
  if (!checked.success) throw new IngestError(file, describeIssues(`article “${article.headline}” (line ${article.line})`, checked.error));
  if (!carry) return toMdx({ frontmatter, body: article.body, subheadIds });
  // The part a later page joined to this article is kept when this page is ingested again.
  const own = mdxBlocks(article.body, subheadIds);
  return composeMdx({ ...frontmatter, continuedIn: { edition: carry.edition, fromBlock: own.length + 1 } }, [...own, ...carry.blocks]);
}

function editionYaml(page: ParsedPage, slugs: Map<number, { slug: string }>, joined: Map<number, PublishedArticle>, file: string, source: string, head: Pick<EditionRecord, 'sequence' | 'title' | 'date' | 'paper' | 'page' | 'section'>): string {
  const items = page.items.map((item, index) =>
    item.type === 'article'
      ? joined.has(index)
        ? {
            continuation: joined.get(index)!.slug,
            ...(item.article.kicker === undefined ? {} : { kicker: item.article.kicker }),
            headline: item.article.headline,
            ...(item.article.subtitle === undefined ? {} : { subtitle: item.article.subtitle }),
            continuedFrom: item.article.continuedFrom!,
          }
        : { article: slugs.get(index)!.slug }
      : {
          ...(item.item.kicker === undefined ? {} : { kicker: item.item.kicker }),
          headline: item.item.headline,
          ...(item.item.subtitle === undefined ? {} : { subtitle: item.item.subtitle }),
          bodyOnPage: false as const,
          ...(item.item.continuesOn === undefined ? {} : { continuesOn: item.item.continuesOn }),
        },
  );
  const record: EditionRecord = {
    ...head,
    source,
    ...(page.headerLines.length === 0 ? {} : { header: page.headerLines }),
    ...(page.furniture.length === 0 ? {} : { furniture: page.furniture }),
    items,
    ...(page.unplaced.length === 0 ? {} : { unplaced: page.unplaced }),
  };
  const checked = editionRecord.safeParse(record);
  if (!checked.success) throw new IngestError(file, describeIssues('edition record', checked.error));
  return `# What printed page ${basename(file)} holds, in printed order. Written by \`npm run ingest\`.\n${stringify(record, YAML_OPTIONS)}`;
}
