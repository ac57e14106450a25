/**
 * Articles that run over two pages. The rest printed on a later page under
 * 上接第N版 is joined to the article begun on page N, so the reader gets one
 * whole article; a headline printed without its body links to the article
 * once a later page brings that body.
 */
import { stringify, parse } from 'yaml';
import { slugAllocator, pinyinSlug } from '../slug.ts';
import type { PublishedArticle, PublishedContent, PublishedEdition } from './existing.ts';
import type { PageHeader } from './header.ts';
import { composeMdx, mdxBlocks, splitMdx, subheadIdsIn, YAML_OPTIONS } from './mdx.ts';
import type { BodyNode, ParsedArticle } from './model.ts';

/** Headlines as the same text: punctuation and spaces aside; a continuation often repeats a shortened headline. */
export function headlinesMatch(a: string, b: string): boolean {
  const bare = (text: string) => text.replace(/[\p{P}\p{S}\s]/gu, '');
  const [x, y] = [bare(a), bare(b)];
  if (x === '' || y === '') return false;
  return x === y || (Math.min(x.length, y.length) >= 4 && (x.includes(y) || y.includes(x)));
}

/**
 * The published first part of a continued article: on the page the jump
 * names, of the same date, with a matching headline (or, failing that, the
 * only article there that jumps to this page).
 */
export function findFirstPart(article: ParsedArticle, header: PageHeader, published: PublishedContent): PublishedArticle | undefined {
  const from = article.continuedFrom;
  if (from === undefined) return undefined;
  const editions = new Set(
    published.editions.filter((e: PublishedEdition) => e.page !== undefined && samePage(e.page, from) && (header.date === undefined || e.date === header.date)).map((e) => e.id),
  );
  const there = published.articles.filter((a) => editions.has(a.edition));
  const byHeadline = there.filter((a) => headlinesMatch(a.headline, article.headline));
  if (byHeadline.length === 1) return byHeadline[0];
  const jumping = there.filter((a) => a.continuesOn !== undefined && header.page !== undefined && samePage(a.continuesOn, header.page));
  return byHeadline.length === 0 && jumping.length === 1 ? jumping[0] : undefined;
}

/** 5 and 05 and 第五 name one page. */
function samePage(a: string, b: string): boolean {
  const norm = (label: string) => label.toUpperCase().replace(/^([A-Z]?)0+(?=\d)/u, '$1');
  return norm(a) === norm(b);
}

/**
 * The first part's MDX with a later page's part joined at its end. A part
 * joined before is replaced, not added twice; subhead ids stay unique.
 */
export function joinContinuation(firstMdx: string, file: string, edition: string, rest: BodyNode[]): string {
  const { data, blocks } = splitMdx(firstMdx, file);
  const joinedBefore = data.continuedIn as { edition: string; fromBlock: number } | undefined;
  const own = joinedBefore === undefined ? blocks : blocks.slice(0, joinedBefore.fromBlock - 1);
  const allocate = slugAllocator(subheadIdsIn(own));
  const ids = rest.flatMap((node, i) => (node.kind === 'subhead' ? [allocate(pinyinSlug(node.text) || `section-${own.length + i + 1}`)] : []));
  return composeMdx({ ...data, continuedIn: { edition, fromBlock: own.length + 1 } }, [...own, ...mdxBlocks(rest, ids)]);
}

/**
 * When the first page is ingested again, its article is written afresh: the
 * part a later page joined to it (from the old file) is carried over.
 */
export function carriedPart(oldMdx: string, file: string): { edition: string; blocks: string[] } | undefined {
  const { data, blocks } = splitMdx(oldMdx, file);
  const joined = data.continuedIn as { edition: string; fromBlock: number } | undefined;
  return joined === undefined ? undefined : { edition: joined.edition, blocks: blocks.slice(joined.fromBlock - 1) };
}

/** An edition record with one headline-only item linked to the article that brings its body. */
export function linkBody(yamlText: string, index: number, slug: string): string {
  const comment = yamlText.startsWith('#') ? yamlText.slice(0, yamlText.indexOf('\n') + 1) : '';
  const record = parse(yamlText, { version: '1.1' }) as { items: Record<string, unknown>[] };
  record.items[index] = { ...record.items[index], bodyIn: slug };
  return `${comment}${stringify(record, YAML_OPTIONS)}`;
}
