/**
 * 听新闻 on the built articles: the reading plan (src/lib/listen/plan.ts) run
 * on each built page reads every numbered paragraph and subhead in order,
 * after the headline group, and no caption, credit or byline; and what the
 * voice is given has every number and abbreviation written out.
 */
import { describe, expect, it } from 'vitest';
import { readingPlan, sentences } from '../../src/lib/listen/plan.ts';
import { speakable } from '../../src/lib/listen/speakable.ts';
import { builtPages, loadPage } from '../support/dist.ts';

const articles = builtPages().filter((path) => /^\/articles\/[^/]+\/$/u.test(path));

describe('听新闻 on the built articles', () => {
  it('covers the three articles', () => {
    expect(articles).toHaveLength(3);
  });

  it.each(articles)('%s: headline group, then every paragraph and subhead in printed order, nothing else', (path) => {
    const doc = loadPage(path);
    const plan = readingPlan(doc);
    const titles = [...doc.querySelectorAll('.article > header hgroup > *')];
    const text = [...doc.querySelectorAll('.article [id^="p-"], .article-body > h2')];
    expect(plan.map((item) => item.element)).toEqual([...titles, ...text]);
    // Paragraph numbers in order, none skipped.
    const ids = plan.map((item) => item.element.id).filter((id) => id.startsWith('p-'));
    expect(ids).toEqual(ids.map((_id, index) => `p-${index + 1}`));
    for (const skipped of doc.querySelectorAll('.article figcaption, .article .credit, .article .byline')) {
      expect(plan.some((item) => item.element.contains(skipped) || skipped.contains(item.element)), skipped.textContent ?? '').toBe(false);
    }
  });

  it.each(articles)('%s: the voice is given no digit and no unspelt abbreviation, in sentences of 80 characters at most', (path) => {
    for (const item of readingPlan(loadPage(path))) {
      const chunks = sentences(speakable(item.text));
      expect(chunks.join('')).toBe(speakable(item.text));
      for (const chunk of chunks) {
        expect(chunk).not.toMatch(/\d|[A-Z]{2}/u);
        expect(chunk.length).toBeLessThanOrEqual(80);
      }
    }
  });
});
