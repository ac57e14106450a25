/** The synthetic archive: deterministic, prefix-stable, in the project's formats, and read back by ingest as written. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { generateArchive, type GeneratedPage } from '../../../src/lib/archive/generate.ts';
import { checkOutDir, MARKER } from '../../../src/lib/archive/output.ts';
import { AuthorPool } from '../../../src/lib/archive/people.ts';
import { ArchiveTally } from '../../../src/lib/archive/stats.ts';
import * as templates from '../../../src/lib/archive/templates.ts';
import { VocabularyBuilder } from '../../../src/lib/archive/vocabulary.ts';
import { articleFrontmatter, editionRecord, slugSchema } from '../../../src/lib/content-schema.ts';
import { ingestPage, type PublishedContent } from '../../../src/lib/ingest/index.ts';
import { readMdxBody, splitMdx } from '../../../src/lib/ingest/mdx.ts';
import { projectRoot } from '../../support/paths.ts';

const CLI = join(projectRoot, 'scripts/archive-generate.ts');
const CONTENT = join(projectRoot, 'content');
const filesOf = (pages: GeneratedPage[]) => pages.flatMap((page) => page.files);
const articlesOf = (pages: GeneratedPage[]) => pages.flatMap((page) => page.articles);
/** One archive of about a thousand articles (ten days) shared by the checks that only read it. */
const archive = generateArchive({ articles: 1000 });

describe('generateArchive', () => {
  it('is deterministic: the same options give the same files, byte for byte; another seed gives others', () => {
    expect(filesOf(generateArchive({ articles: 300 }))).toEqual(filesOf(generateArchive({ articles: 300 })));
    const other = filesOf(generateArchive({ articles: 300, seed: 12 }));
    expect(other.find((f) => f.path.startsWith('editions/'))!.content).not.toBe(filesOf(archive).find((f) => f.path.startsWith('editions/'))!.content);
  });

  it('is prefix-stable: N + k articles are the N articles’ files, unchanged, plus new ones', () => {
    const small = filesOf(generateArchive({ articles: 240 }));
    const large = filesOf(generateArchive({ articles: 700 }));
    expect(large.slice(0, small.length)).toEqual(small);
    expect(large.length).toBeGreaterThan(small.length);
    const smallPaths = new Set(small.map((f) => f.path));
    expect(large.slice(small.length).every((f) => !smallPaths.has(f.path))).toBe(true);
  });

  it('stops at the end of the printed page that reaches the count', () => {
    const pages = generateArchive({ articles: 100 });
    const count = articlesOf(pages).length;
    expect(count).toBeGreaterThanOrEqual(100);
    expect(count - pages.at(-1)!.articles.length).toBeLessThan(100);
  });

  it('writes records every schema accepts: frontmatter, body blocks, edition records with quoted dates', () => {
    for (const file of filesOf(archive)) {
      if (file.path.startsWith('articles/')) {
        const { data, blocks } = splitMdx(file.content, file.path);
        const frontmatter = articleFrontmatter.parse(data);
        expect(file.path).toBe(`articles/${frontmatter.slug}.mdx`);
        expect(readMdxBody(blocks.join('\n'), file.path).length).toBe(blocks.length);
      } else if (file.path.startsWith('editions/')) {
        // Parsed as YAML 1.1, as Astro reads it: the date must stay a string.
        const record = editionRecord.parse(parse(file.content, { version: '1.1' }));
        expect(file.content).toContain(`\ndate: "${record.date}"\n`);
        expect(file.path).toBe(`editions/${record.source.replace(/^source\/|\.txt$/gu, '')}.yaml`);
      } else {
        expect(file.path).toMatch(/^source\/\d{4}-\d{2}-\d{2}-\d{2}\.txt$/u);
      }
    }
  });

  it('gives every article a slug of its own, ASCII, across the whole archive', () => {
    const slugs = articlesOf(archive).map((a) => a.frontmatter.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const slug of slugs) expect(slugSchema.safeParse(slug).success).toBe(true);
  });

  it('lists every article in its edition at the position the article gives, and each article once', () => {
    const listed = new Map<string, { edition: string; position: number }>();
    for (const page of archive) {
      page.record.items.forEach((item, index) => {
        if ('article' in item) listed.set(item.article, { edition: page.id, position: index + 1 });
      });
      expect(page.record.items.length).toBeGreaterThanOrEqual(4);
      expect(page.record.items.length).toBeLessThanOrEqual(8);
    }
    const articles = articlesOf(archive);
    expect(listed.size).toBe(articles.length);
    for (const { frontmatter } of articles) expect(listed.get(frontmatter.slug)).toEqual({ edition: frontmatter.edition, position: frontmatter.position });
  });

  it('prints a daily paper: about a hundred articles a day on dated, numbered pages with sections and titles', () => {
    const days = new Map<string, GeneratedPage[]>();
    for (const page of archive) days.set(page.day.iso, [...(days.get(page.day.iso) ?? []), page]);
    const whole = [...days.values()].slice(0, -1);
    const perDay = articlesOf(whole.flat()).length / whole.length;
    expect(perDay).toBeGreaterThan(80);
    expect(perDay).toBeLessThan(120);
    for (const pages of whole) {
      expect(pages.length).toBeGreaterThanOrEqual(8);
      expect(pages.length).toBeLessThanOrEqual(20);
      expect(pages.map((p) => p.record.page)).toEqual(pages.map((_, i) => String(i + 1).padStart(2, '0')));
    }
    const first = archive[0]!;
    expect(first.id).toBe('2026-01-01-01');
    expect(first.record).toMatchObject({ sequence: 1, date: '2026-01-01', page: '01', section: '要闻', paper: '禾城日报', title: '2026年1月1日 第01版 要闻', source: 'source/2026-01-01-01.txt' });
    expect(archive.map((p) => p.record.sequence)).toEqual(archive.map((_, i) => i + 1));
    expect(archive.some((p) => p.record.items.some((item) => 'bodyOnPage' in item))).toBe(true);
  });

  it('writes articles the size and shape of real ones: headlines, kickers, subtitles, standfirsts, subheads, figures', () => {
    const articles = articlesOf(archive);
    const share = (test: (a: (typeof articles)[number]) => boolean) => articles.filter(test).length / articles.length;
    for (const { frontmatter, text } of articles) {
      const han = frontmatter.headline.match(/\p{Script=Han}/gu)?.length ?? 0;
      expect(han).toBeGreaterThanOrEqual(8);
      expect(han).toBeLessThanOrEqual(28);
      const body = text.length - (frontmatter.standfirst?.join('\n').length ?? 0);
      expect(body).toBeGreaterThanOrEqual(400);
      expect(body).toBeLessThanOrEqual(3400); // 3,000 of paragraphs and subheads, plus captions
      expect(frontmatter).not.toHaveProperty('date');
    }
    expect(share((a) => a.frontmatter.kicker !== undefined)).toBeCloseTo(0.3, 1);
    expect(share((a) => a.frontmatter.subtitle !== undefined)).toBeGreaterThan(0.04);
    expect(share((a) => a.frontmatter.subtitle !== undefined)).toBeLessThan(0.15);
    expect(share((a) => a.frontmatter.standfirst !== undefined)).toBeGreaterThan(0.03);
    expect(share((a) => a.blocks.some((b) => b.startsWith('<Figure caption=')))).toBeCloseTo(0.3, 1);
    expect(share((a) => a.blocks.some((b) => /^## .+ \{#[a-z0-9-]+\}$/u.test(b)))).toBeGreaterThan(0.1);
  });

  it('signs every article with one to three writers from a pool of a few hundred, some far busier than others', () => {
    const pool = new AuthorPool(11).names;
    expect(new Set(pool).size).toBe(pool.length);
    expect(pool.length).toBeGreaterThanOrEqual(200);
    expect(pool.length).toBeLessThanOrEqual(500);
    const counts = new Map<string, number>();
    for (const { frontmatter } of articlesOf(archive)) {
      expect(frontmatter.authors.length).toBeGreaterThanOrEqual(1);
      expect(frontmatter.authors.length).toBeLessThanOrEqual(3);
      expect(new Set(frontmatter.authors).size).toBe(frontmatter.authors.length);
      for (const name of frontmatter.authors) {
        expect(pool).toContain(name);
        counts.set(name, (counts.get(name) ?? 0) + 1);
      }
      if (frontmatter.byline !== undefined) for (const name of frontmatter.authors) expect(frontmatter.byline).toContain(name);
    }
    const sorted = [...counts.values()].sort((a, b) => b - a);
    const total = sorted.reduce((a, b) => a + b, 0);
    // The busiest tenth of the writers sign well over a tenth of the bylines.
    expect(sorted.slice(0, Math.round(pool.length / 10)).reduce((a, b) => a + b, 0) / total).toBeGreaterThan(0.3);
  });

  it('grows its vocabulary: later weeks print words the first week never did', () => {
    const vocabulary = new VocabularyBuilder(11);
    const third = vocabulary.forDay(14);
    // Words that only the vocabulary brings (停车难 is also in a template's 解决停车难问题, so it could appear earlier).
    const templateText = JSON.stringify(templates);
    const newWords = third.added.filter((word) => !templateText.includes(word));
    expect(newWords.length).toBeGreaterThan(10);
    const pages = generateArchive({ articles: 1650 });
    const textOf = (from: number, to: number) => pages.filter((p) => p.day.index >= from && p.day.index < to).map((p) => p.source).join('\n');
    const week1 = textOf(0, 7);
    const week3 = textOf(14, 17);
    const arrived = newWords.filter((word) => week3.includes(word));
    expect(arrived.length).toBeGreaterThan(3);
    for (const word of arrived) expect(week1).not.toContain(word);
  });

  it('prints pages ingest reads back into exactly the generated articles and edition records', () => {
    const published: PublishedContent = { articles: [], editions: [] };
    for (const page of generateArchive({ articles: 300 })) {
      const result = ingestPage({ file: `${page.id}.txt`, bytes: new TextEncoder().encode(page.source), published });
      expect(result.report.warnings.filter((w) => w.weak)).toEqual([]);
      const ingested = result.files.map((f) => ({ path: f.path, content: typeof f.content === 'string' ? f.content.replace(/^# .*\n/u, '') : new TextDecoder().decode(f.content) }));
      expect(ingested).toEqual(page.files.map((f) => ({ path: f.path, content: f.content.replace(/^# .*\n/u, '') })).sort((a, b) => ingestOrder(a.path) - ingestOrder(b.path)));
      for (const a of page.articles) published.articles.push({ file: `articles/${a.frontmatter.slug}.mdx`, slug: a.frontmatter.slug, edition: page.id, position: a.frontmatter.position, headline: a.frontmatter.headline });
      published.editions.push({ id: page.id, sequence: page.record.sequence });
    }
  });

  it('compresses like real Chinese news, not like one sentence repeated', () => {
    const tally = new ArchiveTally();
    for (const page of archive) tally.add(page);
    const summary = tally.summary();
    expect(summary.gzipRatio).toBeGreaterThan(1.8);
    expect(summary.gzipRatio).toBeLessThan(2.7);
    expect(summary).toMatchObject({ articles: articlesOf(archive).length, editions: archive.length, firstDay: '2026-01-01' });
  });
});

/** Ingest lists a page's files as articles, then the edition, then the source; the generator does the same. */
function ingestOrder(path: string): number {
  return path.startsWith('articles/') ? 0 : path.startsWith('editions/') ? 1 : 2;
}

describe('where an archive may be written', () => {
  const options = { seed: 11, start: '2026-01-01' };

  it('refuses a folder inside the project’s content/, also through a relative path', () => {
    expect(() => checkOutDir(join(CONTENT, 'archive'), CONTENT, options)).toThrow(/inside the project's content folder/u);
    expect(() => checkOutDir(CONTENT, CONTENT, options)).toThrow(/inside the project's content folder/u);
    expect(() => checkOutDir(join(CONTENT, 'articles', '..', 'x', 'y'), CONTENT, options)).toThrow(/inside the project's content folder/u);
  });

  it('refuses a non-empty folder that holds no archive, or an archive of another seed or start', () => {
    const work = mkdtempSync(join(tmpdir(), 'archive-out-'));
    expect(checkOutDir(join(work, 'new'), CONTENT, options)).toBeUndefined();
    writeFileSync(join(work, 'notes.txt'), 'mine');
    expect(() => checkOutDir(work, CONTENT, options)).toThrow(/not empty and holds no generated archive/u);
    const other = join(work, 'other');
    mkdirSync(other);
    writeFileSync(join(other, MARKER), JSON.stringify({ generator: 'archive:generate', version: 1, seed: 5, start: '2026-01-01', articles: 10, editions: 2, days: 1 }));
    expect(() => checkOutDir(other, CONTENT, options)).toThrow(/--seed 5/u);
    expect(checkOutDir(other, CONTENT, { ...options, seed: 5 })).toMatchObject({ seed: 5, articles: 10 });
  });
});

describe('npm run archive:generate', () => {
  const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd: projectRoot });

  it('refuses --out inside content/ with exit 1 and writes nothing there', () => {
    const result = run('--articles', '10', '--out', 'content/archive-test');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("inside the project's content folder");
    expect(readdirSync(CONTENT)).not.toContain('archive-test');
  });

  it('writes an archive, then adds only the new files when asked for more, leaving the first ones untouched', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'archive-cli-')), 'archive');
    const first = run('--articles', '20', '--out', out);
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/^archive: \d+ articles, \d+ editions, 1 days .*gzip ratio \d\.\d\d×.* s; \d+ files written, 0 already there/mu);
    const before = readdirSync(join(out, 'articles')).map((name) => [name, statSync(join(out, 'articles', name)).mtimeMs] as const);
    const second = run('--articles', '60', '--out', out);
    expect(second.status).toBe(0);
    const firstWritten = /(\d+) files written/u.exec(first.stdout)![1];
    expect(second.stdout).toMatch(new RegExp(`[1-9]\\d* files written, ${firstWritten} already there`, 'u'));
    for (const [name, mtime] of before) expect(statSync(join(out, 'articles', name)).mtimeMs).toBe(mtime);
    expect(readdirSync(join(out, 'articles')).length).toBeGreaterThan(before.length);
    expect(JSON.parse(readFileSync(join(out, MARKER), 'utf8'))).toMatchObject({ generator: 'archive:generate', seed: 11, start: '2026-01-01', articles: readdirSync(join(out, 'articles')).length });
    expect(run('--articles', '20', '--out', out, '--seed', '2').status).toBe(1);
  });
});
