import { describe, expect, it } from 'vitest';
import { editionIdFor, formatWarning, ingestPage, type PublishedContent } from '../../../src/lib/ingest/index.ts';
import { readPublishedArticle } from '../../../src/lib/ingest/existing.ts';
import { formatReport } from '../../../src/lib/ingest/report.ts';
import { encode, page } from '../../support/pages.ts';

const NOTHING: PublishedContent = { articles: [], editions: [] };
const PAGE = page('城市书房开到家门口', '■ 王小明', '第一段，被分', '开了。', '垃圾分类', '让城市“轻”下来');
const fileAt = (result: ReturnType<typeof ingestPage>, path: string) => result.files.find((f) => f.path === path)?.content;

describe('ingestPage', () => {
  it('writes one MDX file per article, the edition record and a verbatim copy of the page', () => {
    const bytes = encode(PAGE);
    const result = ingestPage({ file: 'pages/2026-03-05-A3.txt', bytes, published: NOTHING });
    expect(result.files.map((f) => f.path)).toEqual(['articles/cheng-shi-shu-fang-kai-dao.mdx', 'editions/2026-03-05-a3.yaml', 'source/2026-03-05-a3.txt']);
    expect(fileAt(result, 'source/2026-03-05-a3.txt')).toBe(bytes);
    const mdx = String(fileAt(result, 'articles/cheng-shi-shu-fang-kai-dao.mdx'));
    expect(mdx).toContain('edition: 2026-03-05-a3\nposition: 1\n');
    expect(mdx).toContain('\n第一段，被分开了。\n');
    const edition = String(fileAt(result, 'editions/2026-03-05-a3.yaml'));
    expect(edition).toContain('sequence: 1\n');
    expect(edition).toContain('  - article: cheng-shi-shu-fang-kai-dao\n  - kicker: 垃圾分类\n    headline: 让城市“轻”下来\n    bodyOnPage: false\n');
  });

  it('reports articles, joins, headlines without body and warnings', () => {
    const { report } = ingestPage({ file: 'p.txt', bytes: encode(PAGE), published: NOTHING });
    expect(report.articles).toEqual([{ slug: 'cheng-shi-shu-fang-kai-dao', headline: '城市书房开到家门口', paragraphs: 1, subheads: 0, figures: 0, reusedSlug: false }]);
    expect(report.headlinesOnly).toEqual(['让城市“轻”下来']);
    expect(report.joins).toEqual([{ lines: [5, 7], across: [] }]);
    const text = formatReport(report, 'done');
    expect(text).toContain('1 article:');
    expect(text).toContain('lines 5 + 7');
    expect(text).toContain('headline only, body not on this page: 让城市“轻”下来');
  });

  it('gives the same bytes for the same input', () => {
    const a = ingestPage({ file: 'p.txt', bytes: encode(PAGE), published: NOTHING });
    const b = ingestPage({ file: 'p.txt', bytes: encode(PAGE), published: NOTHING });
    expect(a.files).toEqual(b.files);
  });

  it('adds a second page as the next edition', () => {
    const published: PublishedContent = { articles: [], editions: [{ id: 'first', sequence: 1 }] };
    const result = ingestPage({ file: 'second.txt', bytes: encode(PAGE), published });
    expect(String(fileAt(result, 'editions/second.yaml'))).toContain('sequence: 2\n');
  });

  it('keeps the title and date the desk set when the page is ingested again', () => {
    const published: PublishedContent = { articles: [], editions: [{ id: 'p', sequence: 4, title: '第3版 要闻', date: '2026-03-05' }] };
    const edition = String(fileAt(ingestPage({ file: 'p.txt', bytes: encode(PAGE), published }), 'editions/p.yaml'));
    expect(edition).toContain('sequence: 4\ntitle: 第3版 要闻\ndate: "2026-03-05"\n');
    expect(() => ingestPage({ file: 'p.txt', bytes: encode(PAGE), published: NOTHING, date: '5 March' })).toThrow('p.txt: --date must be a real day as YYYY-MM-DD');
  });

  it('never gives a new article a slug another edition published: it adds a suffix and says so', () => {
    const published: PublishedContent = {
      articles: [{ file: 'articles/cheng-shi-shu-fang-kai-dao.mdx', slug: 'cheng-shi-shu-fang-kai-dao', edition: 'older', position: 1, headline: '城市书房开到家门口' }],
      editions: [{ id: 'older', sequence: 1 }],
    };
    const result = ingestPage({ file: 'newer.txt', bytes: encode(PAGE), published });
    expect(result.files[0]!.path).toBe('articles/cheng-shi-shu-fang-kai-dao-2.mdx');
    expect(result.report.warnings.map(formatWarning).join('\n')).toContain('slug “cheng-shi-shu-fang-kai-dao” is already used by articles/cheng-shi-shu-fang-kai-dao.mdx; “城市书房开到家门口” gets “cheng-shi-shu-fang-kai-dao-2”');
  });

  it('keeps published slugs when the same page is ingested again, even hand-chosen ones', () => {
    const published: PublishedContent = {
      articles: [{ file: 'articles/library.mdx', slug: 'library', edition: 'p', position: 1, headline: '城市书房开到家门口' }],
      editions: [{ id: 'p', sequence: 1 }],
    };
    const result = ingestPage({ file: 'p.txt', bytes: encode(PAGE), published });
    expect(result.files[0]!.path).toBe('articles/library.mdx');
    expect(result.report.articles[0]!.reusedSlug).toBe(true);
  });

  it('warns about a published article of this edition that the page no longer yields', () => {
    const published: PublishedContent = {
      articles: [{ file: 'articles/gone.mdx', slug: 'gone', edition: 'p', position: 2, headline: '已删除的文章' }],
      editions: [{ id: 'p', sequence: 1 }],
    };
    const { report } = ingestPage({ file: 'p.txt', bytes: encode(PAGE), published });
    expect(report.warnings.map(formatWarning).join('\n')).toContain('articles/gone.mdx belongs to edition p but this page no longer yields it');
  });
});

describe('editionIdFor', () => {
  it.each([
    ['2026-03-05-A3.txt', '2026-03-05-a3'],
    ['/some/where/Newspaper Page.TXT', 'newspaper-page'],
    ['第三版.txt', 'di-san-ban'],
  ])('%s → %s', (file, id) => expect(editionIdFor(file)).toBe(id));

  it('refuses a name it cannot turn into an id', () => expect(() => editionIdFor('！！.txt')).toThrow('cannot make an edition id'));
});

describe('readPublishedArticle', () => {
  it('reads the fields ingest needs and names the file when one is missing', () => {
    expect(readPublishedArticle('articles/a.mdx', '---\nslug: a\nheadline: 标题\nauthors: []\nedition: e\nposition: 2\n---\n正文。\n')).toEqual({ file: 'articles/a.mdx', slug: 'a', headline: '标题', edition: 'e', position: 2 });
    expect(() => readPublishedArticle('articles/a.mdx', '---\nslug: a\n---\n')).toThrow(/^articles\/a\.mdx: headline: .*; .*edition: /u);
  });
});
