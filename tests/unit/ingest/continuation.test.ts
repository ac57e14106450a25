/** An article over two pages becomes one article; a headline printed without its body links to it once the body arrives. */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { carriedPart, findFirstPart, headlinesMatch, joinContinuation, linkBody } from '../../../src/lib/ingest/continuation.ts';
import type { ParsedArticle } from '../../../src/lib/ingest/model.ts';
import { readPublished, writeAll } from '../../../src/lib/ingest/files.ts';
import { ingestPage } from '../../../src/lib/ingest/index.ts';
import { readMdxBody, splitMdx } from '../../../src/lib/ingest/mdx.ts';
import { BACK, FRONT, LATER, WHOLE } from '../../support/jump-pages.ts';
import { encode } from '../../support/pages.ts';

/** Ingests a page into a content folder the way the CLI does, returning that folder. */
function ingestInto(dir: string, text: string, file: string) {
  const result = ingestPage({ file, bytes: encode(text), published: readPublished(dir), readContent: (path) => readFileSync(join(dir, path), 'utf8') });
  writeAll(dir, result.files);
  return result;
}
/** The rest of an article printed under 上接第N版, as the parser gives it. */
const rest = (continuedFrom: string, headline = '城市书房开到家门口'): ParsedArticle => ({ headline, line: 1, authors: [], standfirst: [], body: [], continuedFrom });
const article = (dir: string, slug: string) => readFileSync(join(dir, 'articles', `${slug}.mdx`), 'utf8');
const paragraphs = (mdx: string) => readMdxBody(mdx.split('---\n').slice(2).join('---\n'), 'a.mdx').map((b) => ('text' in b ? b.text : ''));

describe('an article continued on a later page', () => {
  it('joins the rest (上接) to the article begun on the page it names, once, whichever page is ingested again', () => {
    const dir = mkdtempSync(join(tmpdir(), 'continuation-'));
    ingestInto(dir, FRONT, 'front.txt');
    const back = ingestInto(dir, BACK, 'back.txt');
    expect(back.report.articles).toEqual([]);
    expect(back.report.warnings.map((w) => [w.line, w.text, w.weak])).toEqual([
      [9, '“小标题” read as a subhead of the article above (its only one); mark it “# ” if it starts a new article', true],
      [5, '“城市书房开到家门口” (上接第1版) joined to the end of articles/cheng-shi-shu-fang-kai-dao.mdx', false],
    ]);
    expect(paragraphs(article(dir, 'cheng-shi-shu-fang-kai-dao'))).toEqual(WHOLE);
    expect(splitMdx(article(dir, 'cheng-shi-shu-fang-kai-dao'), 'a').data.continuedIn).toEqual({ edition: '2026-03-05-5', fromBlock: 3 });
    expect(readFileSync(join(dir, 'editions', '2026-03-05-5.yaml'), 'utf8')).toContain('  - continuation: cheng-shi-shu-fang-kai-dao\n    headline: 城市书房开到家门口\n    continuedFrom: "1"\n');

    ingestInto(dir, BACK, 'back.txt');
    ingestInto(dir, FRONT, 'front.txt');
    expect(paragraphs(article(dir, 'cheng-shi-shu-fang-kai-dao'))).toEqual(WHOLE);
  });

  it('keeps the rest as an article of its own, and says so, when the first page is not published', () => {
    const dir = mkdtempSync(join(tmpdir(), 'continuation-'));
    const back = ingestInto(dir, BACK, 'back.txt');
    expect(back.report.articles.map((a) => a.headline)).toEqual(['城市书房开到家门口']);
    expect(back.report.warnings.map((w) => w.text).join('\n')).toContain('continues an article from page 1 (上接) that is not published');
  });

  it('links a headline printed without its body to the article a later page brings', () => {
    const dir = mkdtempSync(join(tmpdir(), 'continuation-'));
    ingestInto(dir, FRONT, 'front.txt');
    const later = ingestInto(dir, LATER, 'later.txt');
    expect(later.report.warnings.map((w) => [w.line, w.text, w.weak])).toEqual([[5, 'the headline “让城市“轻”下来” printed without its body in edition 2026-03-05-1 now links to this article', false]]);
    expect(ingestInto(dir, LATER, 'later.txt').report.warnings).toEqual([]);
    expect(readFileSync(join(dir, 'editions', '2026-03-05-1.yaml'), 'utf8')).toContain('    bodyOnPage: false\n    bodyIn: rang-cheng-shi\n');
    expect(readPublished(dir).editions.find((e) => e.id === '2026-03-05-1')?.awaitingBody).toBeUndefined();
  });

  it('matches headlines as text, a shortened one included, punctuation aside', () => {
    expect(headlinesMatch('城市书房开到家门口', '城市书房 开到家门口')).toBe(true);
    expect(headlinesMatch('城市书房开到家门口——记一座城', '城市书房开到家门口')).toBe(true);
    expect(headlinesMatch('城市书房', '乡村公交')).toBe(false);
    expect(headlinesMatch('书房', '城市书房开到家门口')).toBe(false);
  });
});

describe('finding the first part', () => {
  const published = {
    editions: [
      { id: 'a', sequence: 1, date: '2026-03-05', page: '01' },
      { id: 'b', sequence: 2, date: '2026-03-06', page: '1' },
      { id: 'c', sequence: 3, date: '2026-03-05', page: '2' },
    ],
    articles: [
      { file: 'articles/x.mdx', slug: 'x', edition: 'a', position: 1, headline: '城市书房开到家门口', continuesOn: '5' },
      { file: 'articles/y.mdx', slug: 'y', edition: 'a', position: 2, headline: '乡村公交通到村口' },
      { file: 'articles/z.mdx', slug: 'z', edition: 'b', position: 1, headline: '城市书房开到家门口' },
      { file: 'articles/w.mdx', slug: 'w', edition: 'c', position: 1, headline: '城市书房开到家门口' },
    ],
  };

  it('looks on the page the jump names (01 is page 1), of the same date, by headline', () => {
    expect(findFirstPart(rest('1', '城市书房开到家门口'), { date: '2026-03-05', page: '5' }, published)?.slug).toBe('x');
    expect(findFirstPart(rest('1', '城市书房开到家门口'), { date: '2026-03-06', page: '5' }, published)?.slug).toBe('z');
    expect(findFirstPart(rest('2', '城市书房开到家门口'), { date: '2026-03-05', page: '5' }, published)?.slug).toBe('w');
  });

  it('falls back to the only article there jumping to this page, and gives up when none or several fit', () => {
    expect(findFirstPart(rest('1', '书房续'), { date: '2026-03-05', page: '5' }, published)?.slug).toBe('x');
    expect(findFirstPart(rest('1', '书房续'), { date: '2026-03-05', page: '6' }, published)).toBeUndefined();
    expect(findFirstPart(rest('1', '城市书房开到家门口'), {}, published)).toBeUndefined();
    expect(findFirstPart({ ...rest('1', '城市书房开到家门口'), continuedFrom: undefined } as ParsedArticle, { date: '2026-03-05' }, published)).toBeUndefined();
  });
});

describe('joining parts', () => {
  const first = '---\nslug: x\nheadline: 标题\n---\n\n第一段。\n\n## 小标题 {#xiao-biao-ti}\n\n第二段。\n';
  const body = [
    { kind: 'paragraph' as const, text: '第三段。', lines: [1] },
    { kind: 'subhead' as const, text: '小标题', line: 2 },
    { kind: 'paragraph' as const, text: '第四段。', lines: [3] },
  ];

  it('appends the rest with subhead ids kept unique, and records where it begins', () => {
    const joined = joinContinuation(first, 'x.mdx', 'e5', body);
    expect(joined).toBe('---\nslug: x\nheadline: 标题\ncontinuedIn:\n  edition: "e5"\n  fromBlock: 4\n---\n\n第一段。\n\n## 小标题 {#xiao-biao-ti}\n\n第二段。\n\n第三段。\n\n## 小标题 {#xiao-biao-ti-2}\n\n第四段。\n');
    expect(joinContinuation(joined, 'x.mdx', 'e5', body)).toBe(joined);
    expect(carriedPart(joined, 'x.mdx')).toEqual({ edition: 'e5', blocks: ['第三段。', '## 小标题 {#xiao-biao-ti-2}', '第四段。'] });
    expect(carriedPart(first, 'x.mdx')).toBeUndefined();
  });

  it('links a headline-only item, keeping the record’s comment line', () => {
    const yaml = '# What printed page p.txt holds\nsequence: 1\nitems:\n  - article: a\n  - headline: 标题\n    bodyOnPage: false\n';
    expect(linkBody(yaml, 1, 'b')).toBe('# What printed page p.txt holds\nsequence: 1\nitems:\n  - article: a\n  - headline: 标题\n    bodyOnPage: false\n    bodyIn: b\n');
  });
});

describe('page labels and headlines, compared', () => {
  const published = (page: string) => ({
    editions: [{ id: 'a', sequence: 1, date: '2026-03-05', page }],
    articles: [{ file: 'articles/x.mdx', slug: 'x', edition: 'a', position: 1, headline: '城市书房开到家门口' }],
  });

  it('reads a3, A03 and A3 as one page, and 10 apart from 1', () => {
    expect(findFirstPart(rest('A3'), { date: '2026-03-05' }, published('a03'))?.slug).toBe('x');
    expect(findFirstPart(rest('1'), { date: '2026-03-05' }, published('10'))).toBeUndefined();
    expect(findFirstPart(rest('1'), {}, published('01'))?.slug).toBe('x');
  });

  it('never matches empty or punctuation-only headlines, and needs four characters to match a part', () => {
    expect(headlinesMatch('——', '——')).toBe(false);
    expect(headlinesMatch('', '城市')).toBe(false);
    expect(headlinesMatch('城市书房', '城市书房开到家门口')).toBe(true);
    expect(headlinesMatch('城市书', '城市书房开到家门口')).toBe(false);
    expect(headlinesMatch('城市', '城市')).toBe(true);
  });
});

describe('continuation details', () => {
  const art = (slug: string, edition: string, headline: string, continuesOn?: string) => ({ file: `articles/${slug}.mdx`, slug, edition, position: 1, headline, ...(continuesOn ? { continuesOn } : {}) });

  it('tells 103 from 13 and reads 003 as 3, skipping editions with no page', () => {
    const published = (page: string) => ({ editions: [{ id: 'n', sequence: 1 }, { id: 'a', sequence: 2, page }], articles: [art('x', 'a', '城市书房开到家门口')] });
    expect(findFirstPart(rest('13'), {}, published('A103'))).toBeUndefined();
    expect(findFirstPart(rest('3'), {}, published('003'))?.slug).toBe('x');
  });

  it('gives up when two articles share the headline, even if one jumps here', () => {
    const published = { editions: [{ id: 'a', sequence: 1, page: '1' }], articles: [art('x', 'a', '城市书房开到家门口', '5'), art('y', 'a', '城市书房开到家门口')] };
    expect(findFirstPart(rest('1'), { page: '5' }, published)).toBeUndefined();
  });

  it('numbers a symbol subhead of the rest after the first part’s blocks, and links a record with no comment line', () => {
    const joined = joinContinuation('---\nslug: x\n---\n\n第一段。\n', 'x.mdx', 'e', [{ kind: 'subhead', text: '★★', line: 1 }]);
    expect(joined).toContain('\n## ★★ {#section-2}\n');
    expect(linkBody('sequence: 1\nitems:\n  - headline: 标题\n    bodyOnPage: false\n', 0, 'b')).toBe('sequence: 1\nitems:\n  - headline: 标题\n    bodyOnPage: false\n    bodyIn: b\n');
  });
});
