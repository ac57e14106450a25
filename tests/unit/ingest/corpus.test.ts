import { isDeepStrictEqual } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { corpusPages, deskMarks, normaliseReading, readingFromIngest, score, weakLines } from '../../support/corpus.ts';

const pages = corpusPages();
const scores: string[] = [];

describe('real pages from many papers come out exactly as read by hand', () => {
  it('holds at least 15 pages from at least 8 papers', () => {
    expect(new Set(pages.map((p) => p.id)).size).toBeGreaterThanOrEqual(15);
    expect(new Set(pages.map((p) => p.reading.paper)).size).toBeGreaterThanOrEqual(8);
  });

  it.each(pages.map((page) => [page.file, page] as const))('%s', (_file, page) => {
    const actual = normaliseReading(readingFromIngest(page.file, deskMarks(page)));
    const expected = normaliseReading(page.reading);
    const { right, total } = score(expected, actual);
    scores.push(`${page.file.padEnd(52)} ${String(right).padStart(3)}/${total}  ${((100 * right) / total).toFixed(0)}%${deskMarks(page).length ? `  (${deskMarks(page).length} desk marks)` : ''}`);
    expect(actual).toEqual(expected);
    expect(isDeepStrictEqual(actual, expected)).toBe(true);
  });

  it('flags with a weak signal every page the desk had to mark: a page the rules misread is never silent', () => {
    const marked = pages.filter((p) => deskMarks(p).length > 0 && !isDeepStrictEqual(normaliseReading(readingFromIngest(p.file)), normaliseReading(p.reading)));
    expect(marked.length).toBeGreaterThan(0);
    for (const page of marked) expect(weakLines(page.file), page.file).not.toEqual([]);
  });
});

afterAll(() => {
  if (scores.length > 0) console.log(`corpus: per-page score (units right / units read by hand)\n${scores.sort().join('\n')}`);
});
