/** An article over two pages becomes one article; a headline printed without its body links to it once the body arrives. */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { headlinesMatch } from '../../../src/lib/ingest/continuation.ts';
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
const article = (dir: string, slug: string) => readFileSync(join(dir, 'articles', `${slug}.mdx`), 'utf8');
const paragraphs = (mdx: string) => readMdxBody(mdx.split('---\n').slice(2).join('---\n'), 'a.mdx').map((b) => ('text' in b ? b.text : ''));

describe('an article continued on a later page', () => {
  it('joins the rest (上接) to the article begun on the page it names, once, whichever page is ingested again', () => {
    const dir = mkdtempSync(join(tmpdir(), 'continuation-'));
    ingestInto(dir, FRONT, 'front.txt');
    const back = ingestInto(dir, BACK, 'back.txt');
    expect(back.report.articles).toEqual([]);
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
    ingestInto(dir, LATER, 'later.txt');
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
