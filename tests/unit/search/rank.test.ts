import { describe, expect, it } from 'vitest';
import { excerptParts } from '../../../src/lib/search/excerpt.ts';
import { parseQuery } from '../../../src/lib/search/normalize.ts';
import { rankCandidates, readerText } from '../../../src/lib/search/rank.ts';

/** A candidate as Pagefind gives it: the indexed text opens with kicker and headline. */
const page = (url: string, headline: string, content: string, order = 0, kicker?: string) => ({ url, headline, content: `${kicker ? `${kicker}. ` : ''}${headline}. ${content}`, order, kicker });
const rank = (query: string, pages: ReturnType<typeof page>[]) => rankCandidates(pages, parseQuery(query).terms).map((r) => r.candidate.url);

describe('rankCandidates', () => {
  const pages = [
    page('/innovate/', '以创新致远', '创新是第一动力，新城建设加快。居民生活改善。', 1),
    page('/residents/', '推动新居民融入', '新居民占比超过六成，新居民志愿者参与治理。', 2, '海盐经开区'),
    page('/body-only/', '社区治理新路径', '这里的新居民很多。', 3),
  ];

  it('keeps only pages that hold the query exactly, not its characters scattered', () => {
    expect(rank('新居民', pages)).toEqual(['/residents/', '/body-only/']);
    expect(rank('量子计算机', pages)).toEqual([]);
  });

  it('ranks a match in the headline above one in the kicker above one in the text, then by occurrences', () => {
    expect(rank('新居民', pages)[0]).toBe('/residents/');
    const more = [...pages, page('/headline/', '海盐之外', '没有。', 9), page('/text/', '别处', '海盐海盐海盐。', 0)];
    expect(rank('海盐', more)).toEqual(['/headline/', '/residents/', '/text/']);
    expect(rank('居民', pages)).toEqual(['/residents/', '/body-only/', '/innovate/']);
  });

  it('requires every space-separated term', () => {
    expect(rank('新居民 志愿者', pages)).toEqual(['/residents/']);
    expect(rank('新居民 台风', pages)).toEqual([]);
  });

  it('breaks ties by printed order', () => {
    const twins = [page('/b/', '甲', '乙丙。', 2), page('/a/', '甲', '乙丙。', 1)];
    expect(rank('乙丙', twins)).toEqual(['/a/', '/b/']);
  });

  it('reads text carrying index separators as the reader sees it', () => {
    expect(readerText('新\u200b居\u200b民')).toBe('新居民');
    expect(rank('新居民', [page('/z/', '标题', '新\u200b居\u200b民。')])).toEqual(['/z/']);
  });
});

describe('excerptParts', () => {
  const terms = parseQuery('新居民').terms;

  it('marks every match near the first one', () => {
    expect(excerptParts('他们是新居民，新居民很多。', terms)).toEqual([
      { text: '他们是', hit: false },
      { text: '新居民', hit: true },
      { text: '，', hit: false },
      { text: '新居民', hit: true },
      { text: '很多。', hit: false },
    ]);
  });

  it('starts shortly before a late first match and ends with an ellipsis when cut', () => {
    const text = `${'前'.repeat(100)}新居民${'后'.repeat(100)}`;
    const parts = excerptParts(text, terms, 40);
    expect(parts[0]).toEqual({ text: '…', hit: false });
    expect(parts.find((p) => p.hit)?.text).toBe('新居民');
    expect(parts.at(-1)).toEqual({ text: '…', hit: false });
    expect(parts.map((p) => p.text).join('').length).toBe(42);
  });

  it('matches full-width and traditional forms against the original text', () => {
    expect(excerptParts('武林ＣＢＤ连续三年', parseQuery('cbd').terms).filter((p) => p.hit)).toEqual([{ text: 'ＣＢＤ', hit: true }]);
    expect(excerptParts('禾城农商银行', parseQuery('銀行', { 銀: '银' }).terms, 90, { 銀: '银' }).filter((p) => p.hit)).toEqual([{ text: '银行', hit: true }]);
  });
});
