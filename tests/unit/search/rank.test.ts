import { describe, expect, it } from 'vitest';
import { excerptParts } from '../../../src/lib/search/excerpt.ts';
import { parseQuery } from '../../../src/lib/search/normalize.ts';
import { HEADLINE_WEIGHT, KICKER_WEIGHT, holdsEvery, rankMatches, readerText, searchOrder, type Located, type TermMatches } from '../../../src/lib/search/rank.ts';

/** Locations of a term's words in one page: `at` the run starts, each run `words` long, in the part given. */
const runs = (words: number, weight: number, ...at: number[]): Located[] => at.flatMap((start) => Array.from({ length: words }, (_, k) => ({ location: start + k, weight })));
/** A term as the index reports it: pages (newest first) with their located words. */
const term = (words: number, pages: [id: string, located: Located[]][]): TermMatches => ({ words, exact: pages.map(([id]) => id), located: new Map(pages) });
const ids = (terms: TermMatches[]) => rankMatches(terms).map((r) => r.id);

describe('rankMatches', () => {
  it('ranks a match in the headline first, then in the kicker, then in the text', () => {
    const t = term(2, [
      ['text', runs(2, 1, 40)],
      ['kicker', runs(2, KICKER_WEIGHT, 0)],
      ['headline', runs(2, HEADLINE_WEIGHT, 5)],
    ]);
    expect(ids([t])).toEqual(['headline', 'kicker', 'text']);
    expect(rankMatches([t]).map((r) => r.tier)).toEqual([0, 1, 3]);
  });

  it('puts a page with every term in the title before one with some, before one with none', () => {
    const a = term(2, [
      ['none', runs(2, 1, 50)],
      ['some', runs(2, HEADLINE_WEIGHT, 3)],
      ['kicker-and-headline', runs(2, KICKER_WEIGHT, 0)],
    ]);
    const b = term(1, [
      ['none', runs(1, 1, 60)],
      ['some', runs(1, 1, 90)],
      ['kicker-and-headline', runs(1, HEADLINE_WEIGHT, 6)],
    ]);
    expect(rankMatches([a, b]).map((r) => [r.id, r.tier])).toEqual([
      ['kicker-and-headline', 1],
      ['some', 2],
      ['none', 3],
    ]);
  });

  it('within a tier, ranks more occurrences first, then an earlier first one, then the newest', () => {
    const t = term(2, [
      ['newest-late', runs(2, 1, 90)],
      ['once-early', runs(2, 1, 10)],
      ['three-times', runs(2, 1, 300, 400, 500)],
      ['older-late', runs(2, 1, 90)],
    ]);
    expect(ids([t])).toEqual(['three-times', 'once-early', 'newest-late', 'older-late']);
    expect(rankMatches([t]).find((r) => r.id === 'three-times')?.occurrences).toBe(3);
  });

  it('counts a term only where its words stand together, not the same words scattered', () => {
    const scattered: Located[] = [
      { location: 3, weight: HEADLINE_WEIGHT },
      { location: 9, weight: HEADLINE_WEIGHT },
      ...runs(2, 1, 80),
    ];
    const [ranked] = rankMatches([term(2, [['p', scattered]])]);
    expect(ranked).toMatchObject({ tier: 3, occurrences: 1, firstAt: 80 });
  });

  it('keeps only the pages every term was found in exactly', () => {
    const a = term(1, [
      ['both', runs(1, 1, 1)],
      ['a-only', runs(1, 1, 1)],
    ]);
    const b = term(1, [
      ['b-only', runs(1, 1, 1)],
      ['both', runs(1, 1, 7)],
    ]);
    expect(ids([a, b])).toEqual(['both']);
    expect(ids([])).toEqual([]);
  });
});

describe('searchOrder', () => {
  it('orders newer days first, then the front page, then printed order; undated pages by ingest order', () => {
    const orders = [searchOrder('2026-03-05', '2', 9, 1), searchOrder('2026-03-06', '13', 10, 4), searchOrder('2026-03-05', '1', 8, 3), searchOrder('2026-03-05', '1', 8, 1)];
    expect([...orders].sort((a, b) => a - b)).toEqual([orders[1], orders[3], orders[2], orders[0]]);
    expect(searchOrder(undefined, undefined, 2, 1)).toBeLessThan(searchOrder(undefined, undefined, 1, 1));
    expect(searchOrder('2026-03-05', 'A03', 1, 1)).toBeLessThan(searchOrder('2026-03-05', 'A04', 1, 1));
  });
});

describe('holdsEvery', () => {
  it('checks the text as the reader sees it, folding traditional characters', () => {
    expect(readerText('新\u200b居\u200b民')).toBe('新居民');
    expect(holdsEvery('新\u200b居\u200b民，融入', parseQuery('新居民 融入').terms)).toBe(true);
    expect(holdsEvery('春耕，贷款', parseQuery('耕贷').terms)).toBe(false);
    expect(holdsEvery('禾城农商银行', parseQuery('銀行', { 銀: '银' }).terms, { 銀: '银' })).toBe(true);
  });

  it('reads a space between two Chinese characters as the query does, as no break, but never joins two blocks', () => {
    // The byline as printed, 詹丽华 柳景春: the query drops the space, so the text check must too.
    expect(holdsEvery('詹\u200b丽\u200b华 \u200b柳\u200b景\u200b春\u200b\u2063', parseQuery('詹丽华柳景春').terms)).toBe(true);
    expect(holdsEvery('润\u200b田\u200b畴 \u200b护\u200b航', parseQuery('润田畴 护航').terms)).toBe(true);
    expect(holdsEvery('詹\u200b丽\u200b华\u200b\u2063 \u200b柳\u200b景\u200b春', parseQuery('詹丽华柳景春').terms)).toBe(false);
    // A space beside Latin stays a space.
    expect(holdsEvery('武林 cbd', parseQuery('"武林cbd"').terms)).toBe(false);
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

  it('marks a match across a space between two Chinese characters, the space the query dropped, but not across a line break', () => {
    const marked = (text: string) => excerptParts(text, parseQuery('詹丽华柳景春').terms).filter((p) => p.hit).map((p) => p.text);
    expect(marked('詹丽华 柳景春')).toEqual(['詹丽华 柳景春']);
    expect(marked('詹丽华\n柳景春')).toEqual([]);
  });

  it('matches full-width and traditional forms against the original text', () => {
    expect(excerptParts('武林ＣＢＤ连续三年', parseQuery('cbd').terms).filter((p) => p.hit)).toEqual([{ text: 'ＣＢＤ', hit: true }]);
    expect(excerptParts('禾城农商银行', parseQuery('銀行', { 銀: '银' }).terms, 90, { 銀: '银' }).filter((p) => p.hit)).toEqual([{ text: '银行', hit: true }]);
  });
});
