/**
 * No lost word: the built article pages hold exactly the text of the printed
 * page, checked against a hand-made reading of the raw file (page-labels.ts).
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtPages, loadPage, textOf } from '../support/dist.ts';
import { PAGE_LABELS } from '../support/page-labels.ts';
import { sourcePage } from '../support/paths.ts';

const rawLines = readFileSync(sourcePage, 'utf8').split('\n');
/** The printed text of a 1-based line, without its edge spaces. */
const line = (n: number) => rawLines[n - 1]!.trim();
const CREDIT = /\s*(图片由.+提供)$/u;

type Unit = { kind: 'subhead' | 'paragraph' | 'caption' | 'credit'; text: string };

/** The body of a labelled article in reading order, built from the raw lines and the labels alone. */
function expectedBody(labels: (typeof PAGE_LABELS.articles)[number]): Unit[] {
  const units: Unit[] = [];
  const joinOf = (n: number) => PAGE_LABELS.joins.find((pieces) => (pieces as readonly number[]).includes(n));
  // Captions and credits met inside a split paragraph come right after the joined paragraph.
  let held: Unit[] | undefined;
  for (let n = labels.byline + 1; n <= labels.lastLine; n++) {
    if (line(n) === '') continue;
    const join = joinOf(n);
    const isCaption = (labels.captions as readonly number[]).includes(n);
    if ((labels.subheads as readonly number[]).includes(n)) units.push({ kind: 'subhead', text: line(n) });
    else if (isCaption || (labels.credits as readonly number[]).includes(n)) {
      const credit = CREDIT.exec(line(n))?.[1];
      if (isCaption) (held ?? units).push({ kind: 'caption', text: line(n).replace(CREDIT, '') });
      if (credit) (held ?? units).push({ kind: 'credit', text: credit });
    } else if (join) {
      if (n === join[0]) {
        units.push({ kind: 'paragraph', text: join.map(line).join('') });
        held = [];
      }
      if (n === join.at(-1)) {
        units.push(...held!);
        held = undefined;
      }
    } else units.push({ kind: 'paragraph', text: line(n) });
  }
  return units;
}

/** What the article page shows after its header, in DOM order. */
function renderedBody(doc: Document): Unit[] {
  const units: Unit[] = [];
  for (const element of doc.querySelectorAll('.article-body > *')) {
    if (element.tagName === 'H2') units.push({ kind: 'subhead', text: textOf(element) });
    else if (element.tagName === 'FIGURE') {
      const caption = element.querySelector('figcaption')!.cloneNode(true) as Element;
      const credit = caption.querySelector('.credit');
      credit?.remove();
      if (textOf(caption) !== '') units.push({ kind: 'caption', text: textOf(caption) });
      if (credit) units.push({ kind: 'credit', text: textOf(credit) });
    } else if (element.matches('p.credit')) units.push({ kind: 'credit', text: textOf(element) });
    else if (element.tagName === 'P') units.push({ kind: 'paragraph', text: textOf(element) });
    else throw new Error(`unexpected <${element.tagName.toLowerCase()}> in the article body`);
  }
  return units;
}

const articlePaths = builtPages().filter((path) => path.startsWith('/articles/'));
const pageFor = new Map<number, Document>();

beforeAll(() => {
  for (const path of articlePaths) {
    const doc = loadPage(path);
    const index = PAGE_LABELS.articles.findIndex((labels) => line(labels.headline) === textOf(doc.querySelector('h1')));
    expect(index, `${path} has a headline that is not on the printed page`).toBeGreaterThanOrEqual(0);
    pageFor.set(index, doc);
  }
});

describe('article pages hold the printed text exactly', () => {
  it('builds one page per article on the page', () => {
    expect(articlePaths).toHaveLength(PAGE_LABELS.articles.length);
    expect([...pageFor.keys()].sort()).toEqual([0, 1, 2]);
  });

  PAGE_LABELS.articles.forEach((labels, index) => {
    describe(`article ${index + 1}: ${line(labels.headline)}`, () => {
      it('shows the kicker, headline and byline as printed', () => {
        const doc = pageFor.get(index)!;
        expect(textOf(doc.querySelector('h1'))).toBe(line(labels.headline));
        const kicker = 'kicker' in labels ? line(labels.kicker) : '';
        expect(textOf(doc.querySelector('hgroup .kicker'))).toBe(kicker);
        expect(textOf(doc.querySelector('.byline')).replace(/^■\s*/u, '')).toBe(line(labels.byline).replace(/^■\s*/u, ''));
      });

      // The opening reads headline, one meta line (byline, edition, reading time), then the standfirst as 导语.
      it('shows the standfirst printed above the byline, whole, as the 导语 before the body', () => {
        const doc = pageFor.get(index)!;
        const standfirst = [...doc.querySelectorAll('.standfirst p')].map(textOf);
        expect(standfirst).toEqual(labels.standfirst.map(line));
        if (standfirst.length > 0) {
          const html = doc.documentElement.outerHTML;
          expect(textOf(doc.querySelector('.standfirst-label'))).toBe('导语');
          expect(html.indexOf('class="standfirst"')).toBeLessThan(html.indexOf('class="article-body"'));
        }
      });

      it('shows every subhead, paragraph, caption and credit in printed order, split paragraphs whole', () => {
        expect(renderedBody(pageFor.get(index)!)).toEqual(expectedBody(labels));
      });

      it('sets subheads as <h2> with ids and captions in <figure>/<figcaption>', () => {
        const doc = pageFor.get(index)!;
        const subheads = [...doc.querySelectorAll('.article-body h2')];
        expect(subheads.map(textOf)).toEqual(labels.subheads.map(line));
        for (const h2 of subheads) expect(h2.id).toMatch(/^[a-z0-9-]+$/u);
        const captions = [...doc.querySelectorAll('figure figcaption')].map((c) => textOf(c));
        expect(captions).toHaveLength(labels.captions.length);
      });
    });
  });
});

describe('every paragraph is whole in exactly one <p>', () => {
  const allParagraphs = () => [...pageFor.values()].flatMap((doc) => [...doc.querySelectorAll('p')].map(textOf));

  it('finds each of the twelve page-break splits joined in one paragraph, and no half on its own', () => {
    const paragraphs = allParagraphs();
    expect(PAGE_LABELS.joins).toHaveLength(12);
    for (const pieces of PAGE_LABELS.joins) {
      const whole = pieces.map(line).join('');
      expect(paragraphs.filter((p) => p === whole), whole.slice(0, 20)).toHaveLength(1);
      for (const piece of pieces) expect(paragraphs).not.toContain(line(piece));
    }
  });

  it('finds every body and standfirst paragraph exactly once across the site', () => {
    const paragraphs = allParagraphs();
    const expected = PAGE_LABELS.articles.flatMap((labels) => [
      ...labels.standfirst.map(line),
      ...expectedBody(labels).flatMap((unit) => (unit.kind === 'paragraph' ? [unit.text] : [])),
    ]);
    expect(expected.length).toBe(36);
    for (const paragraph of expected) expect(paragraphs.filter((p) => p === paragraph), paragraph.slice(0, 20)).toHaveLength(1);
  });

  it('keeps captions out of every paragraph', () => {
    const paragraphs = allParagraphs();
    const captions = PAGE_LABELS.articles.flatMap((labels) => labels.captions.map((n) => line(n).replace(CREDIT, '')));
    expect(captions).toHaveLength(3);
    for (const caption of captions) expect(paragraphs.some((p) => p.includes(caption))).toBe(false);
  });

  it('loses no character of the page: rendered units add up to the raw text', () => {
    const raw = rawLines.join('').replace(/\s+/gu, '');
    const units = [...pageFor.entries()]
      .sort(([a], [b]) => a - b)
      .map(([, doc]) => {
        const head = [textOf(doc.querySelector('hgroup .kicker')), textOf(doc.querySelector('h1'))];
        const standfirst = [...doc.querySelectorAll('.standfirst p')].map(textOf);
        return [...head, ...standfirst, textOf(doc.querySelector('.byline')), ...renderedBody(doc).map((u) => u.text)].join('');
      })
      .join('')
      .replace(/\s+/gu, '');
    const tail = line(PAGE_LABELS.headlineOnly.kicker) + line(PAGE_LABELS.headlineOnly.headline);
    expect([...units + tail].sort().join('')).toBe([...raw].sort().join(''));
  });
});
