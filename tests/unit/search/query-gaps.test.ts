/**
 * Tests for the gaps a mutation probe found: rules no test decided, so that
 * breaking any one of them now fails a test. Each names the rule it pins.
 */
import { describe, expect, it } from 'vitest';
import { MAX_TERMS, pagefindPhrase, parseQuery } from '../../../src/lib/search/normalize.ts';
import { HEADLINE_WEIGHT, KICKER_WEIGHT, rankMatches, type Located, type TermMatches } from '../../../src/lib/search/rank.ts';

const runs = (words: number, weight: number, ...at: number[]): Located[] => at.flatMap((start) => Array.from({ length: words }, (_, k) => ({ location: start + k, weight })));
const term = (words: number, pages: [id: string, located: Located[]][]): TermMatches => ({ words, exact: pages.map(([id]) => id), located: new Map(pages) });
const ids = (terms: TermMatches[]) => rankMatches(terms).map((r) => r.id);

describe('a quoted phrase keeps its inner space', () => {
  it('"AI 时代" is one term with its space, and Pagefind is asked for ai then 时 代', () => {
    expect(parseQuery('"AI 时代"').terms).toEqual([{ text: 'ai 时代', quoted: true }]);
    expect(pagefindPhrase(parseQuery('"AI 时代"').terms[0]!)).toBe('"ai 时 代"');
    expect(parseQuery('“AI 时代”').terms).toEqual([{ text: 'ai 时代', quoted: true }]);
  });

  it('unquoted, the same words are two terms', () => {
    expect(parseQuery('AI 时代').terms).toEqual([
      { text: 'ai', quoted: false },
      { text: '时代', quoted: false },
    ]);
  });
});

describe('the cap on terms', () => {
  it(`keeps the first ${MAX_TERMS} terms of a longer query, in order`, () => {
    const words = ['一一', '二二', '三三', '四四', '五五', '六六', '七七', '八八', '九九', '十十'];
    const { terms } = parseQuery(words.join(' '));
    expect(MAX_TERMS).toBe(8);
    expect(terms.map((t) => t.text)).toEqual(words.slice(0, 8));
  });
});

describe('each ranking tier decides, against more occurrences and an earlier first match below it', () => {
  it('tier 0 (every term in the headline) beats tier 1 (kicker and headline)', () => {
    const a = term(2, [
      ['kicker', [...runs(2, KICKER_WEIGHT, 0), ...runs(2, 1, 30, 40, 50)]],
      ['headline', runs(2, HEADLINE_WEIGHT, 9)],
    ]);
    expect(ids([a])).toEqual(['headline', 'kicker']);
  });

  it('tier 1 (every term in kicker or headline) beats tier 2 (only some there)', () => {
    const a = term(2, [
      ['some', [...runs(2, HEADLINE_WEIGHT, 0), ...runs(2, 1, 30, 40, 50)]],
      ['title', runs(2, KICKER_WEIGHT, 8)],
    ]);
    const b = term(2, [
      ['some', runs(2, 1, 2, 60, 70, 80)],
      ['title', runs(2, HEADLINE_WEIGHT, 12)],
    ]);
    expect(rankMatches([a, b]).map((r) => [r.id, r.tier])).toEqual([
      ['title', 1],
      ['some', 2],
    ]);
  });

  it('tier 2 (some term in kicker or headline) beats tier 3 (only in the text)', () => {
    const a = term(2, [
      ['text', runs(2, 1, 0, 20, 40, 60)],
      ['some', runs(2, KICKER_WEIGHT, 3)],
    ]);
    const b = term(2, [
      ['text', runs(2, 1, 5, 25, 45, 65)],
      ['some', runs(2, 1, 90)],
    ]);
    expect(rankMatches([a, b]).map((r) => [r.id, r.tier])).toEqual([
      ['some', 2],
      ['text', 3],
    ]);
  });

  it('then by occurrences: more occurrences beat an earlier first match and a newer page', () => {
    const t = term(2, [
      ['newest-early-once', runs(2, 1, 1)],
      ['older-late-twice', runs(2, 1, 200, 300)],
    ]);
    expect(ids([t])).toEqual(['older-late-twice', 'newest-early-once']);
    expect(rankMatches([t]).map((r) => r.occurrences)).toEqual([2, 1]);
  });

  it('occurrences are added over the terms of a query: 3 + 3 beats 1 + 4', () => {
    const a = term(1, [
      ['even', runs(1, 1, 1, 5, 9)],
      ['one-sided', runs(1, 1, 2)],
    ]);
    const b = term(1, [
      ['even', runs(1, 1, 3, 7, 11)],
      ['one-sided', runs(1, 1, 4, 8, 12, 16)],
    ]);
    expect(rankMatches([a, b]).map((r) => [r.id, r.occurrences])).toEqual([
      ['even', 6],
      ['one-sided', 5],
    ]);
  });
});

describe('words of a split term rank by how close together they stand', () => {
  it('puts a page where they stand within a clause before one where they are paragraphs apart, whatever the counts', () => {
    const spring = term(2, [
      ['far', runs(2, 1, 10, 20, 30)],
      ['near', runs(2, 1, 100)],
    ]);
    const loan = term(2, [
      ['far', runs(2, 1, 500, 600)],
      ['near', runs(2, 1, 104)],
    ]);
    expect(ids([spring, loan])).toEqual(['far', 'near']);
    const grouped = [spring, loan].map((t) => ({ ...t, group: 0 }));
    expect(rankMatches(grouped).map((r) => [r.id, r.distance])).toEqual([
      ['near', 0],
      ['far', 3],
    ]);
  });

  it('sorts by date alone when the reader asks for it', () => {
    const t = term(2, [
      ['newest', runs(2, 1, 90)],
      ['headline', runs(2, HEADLINE_WEIGHT, 0)],
    ]);
    expect(ids([t])).toEqual(['headline', 'newest']);
    expect(rankMatches([t], { byDate: true }).map((r) => r.id)).toEqual(['newest', 'headline']);
  });
});
