/** Reading published content back through the site's schemas, and the small rules around it. */
import { describe, expect, it } from 'vitest';
import { toBlocks } from '../../../src/lib/ingest/blocks.ts';
import { readPublishedArticle, readPublishedEdition } from '../../../src/lib/ingest/existing.ts';
import { headerFields, isFurniture, isoDate } from '../../../src/lib/ingest/header.ts';

const article = (extra: string) => `---\nslug: a\nheadline: 标题\nauthors: []\nedition: e\nposition: 2\n${extra}---\n正文。\n`;

describe('readPublishedArticle', () => {
  it('returns the jump and the joined part when an article has them', () => {
    expect(readPublishedArticle('articles/a.mdx', article('continuesOn: "5"\ncontinuedIn:\n  edition: "e5"\n  fromBlock: 3\n'))).toEqual({
      file: 'articles/a.mdx', slug: 'a', headline: '标题', edition: 'e', position: 2, continuesOn: '5', continuedIn: { edition: 'e5', fromBlock: 3 },
    });
  });

  it('names the file when the frontmatter is missing or wrong', () => {
    expect(() => readPublishedArticle('articles/a.mdx', '正文。\n')).toThrow('articles/a.mdx: no frontmatter (--- … ---) at the top; fix it before ingesting more pages');
    expect(() => readPublishedArticle('articles/a.mdx', `x\n${article('')}`)).toThrow('articles/a.mdx: no frontmatter');
    expect(() => readPublishedArticle('articles/a.mdx', article('date: 2026-03-05\n'))).toThrow(/^articles\/a\.mdx: date: .*; fix it before ingesting more pages$/u);
  });
});

describe('readPublishedEdition', () => {
  const record = (extra: string) => `sequence: 3\nsource: source/e.txt\n${extra}items:\n  - article: a\n  - headline: 标题\n    bodyOnPage: false\n  - headline: 链接\n    bodyOnPage: false\n    bodyIn: b\n`;

  it('returns sequence, source, the optional fields, and headlines still waiting for their body', () => {
    expect(readPublishedEdition('e', record('title: 第3版\ndate: "2026-03-05"\npage: "3"\n'), 'abc')).toEqual({
      id: 'e', sequence: 3, source: 'source/e.txt', title: '第3版', date: '2026-03-05', page: '3', sourceDigest: 'abc', awaitingBody: [{ index: 1, headline: '标题' }],
    });
    expect(readPublishedEdition('e', record(''))).toEqual({ id: 'e', sequence: 3, source: 'source/e.txt', awaitingBody: [{ index: 1, headline: '标题' }] });
  });

  it('reads YAML as the site does: an unquoted date is a date, not text, and is refused naming the file and field', () => {
    expect(() => readPublishedEdition('e', record('date: 2026-03-05\n'))).toThrow(/^editions\/e\.yaml: date: .*; fix it before ingesting more pages$/u);
  });
});

describe('header details', () => {
  it('reads Chinese numerals of ten and beyond', () => {
    expect(headerFields('二〇二六年十月十日')).toEqual({ date: '2026-10-10' });
    expect(headerFields('二○二六年十一月二十日')).toEqual({ date: '2026-11-20' });
  });

  it('takes header lines up to 60 characters and furniture anywhere', () => {
    expect(headerFields(`第3版：要闻${' '.repeat(54)}`)).toEqual({ page: '3', section: '要闻' });
    expect(headerFields(`第3版：要闻${' '.repeat(55)}`)).toBeUndefined();
    expect(headerFields('责任编辑：张三')).toEqual({});
    expect(isFurniture(`责任编辑：${'张'.repeat(55)}`)).toBe(true);
    expect(isFurniture(`责任编辑：${'张'.repeat(56)}`)).toBe(false);
  });

  it('keeps a weekday out of the section', () => expect(headerFields('第3版 星期四')).toEqual({ page: '3' }));

  it('knows the calendar’s edges', () => {
    expect(isoDate(1800, 1, 1)).toBe('1800-01-01');
    expect(isoDate(2200, 12, 31)).toBe('2200-12-31');
    expect(isoDate(2201, 1, 1)).toBeUndefined();
  });
});

describe('blocks', () => {
  it('takes the smaller gap as the page’s usual one when two are equally common', () => {
    expect(toBlocks('a\n\nb\n\n\nc\n').usualGap).toBe(1);
    expect(toBlocks('a\n\n\nb\n\nc\n').usualGap).toBe(1);
    expect(toBlocks('a\nb\nc\n\nd\n').usualGap).toBe(0);
  });

  it('drops a byte-order mark only at the start', () => {
    expect(toBlocks('\ufeff标题\n正\ufeff文').blocks.map((b) => b.text)).toEqual(['标题', '正\ufeff文']);
  });
});

describe('header and date details', () => {
  it('reads full-width page numbers and only whole ISO dates', async () => {
    const { isValidIsoDate } = await import('../../../src/lib/ingest/header.ts');
    expect(headerFields('第１３版：要闻')).toEqual({ page: '13', section: '要闻' });
    expect(headerFields('Ａ３版')).toEqual({ page: 'A3' });
    expect([isValidIsoDate('x2026-03-05'), isValidIsoDate('2026-03-05x'), isValidIsoDate('2026-02-29')]).toEqual([false, false, false]);
    expect(headerFields('日期：2026年3月5日')).toEqual({ date: '2026-03-05' });
    expect(headerFields('截止日期：2026年3月5日')).toBeUndefined();
    expect(headerFields('发布日期：2026年3月5日')).toEqual({ date: '2026-03-05' });
    expect(headerFields('第3版 周四')).toEqual({ page: '3' });
  });
});
