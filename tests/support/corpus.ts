/**
 * The real-page corpus (tests/corpus/pages): each page's text with a reading
 * made by hand, and the same reading taken from what ingest parses, so the
 * two can be compared field by field.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { toBlocks } from '../../src/lib/ingest/blocks.ts';
import { decodePage } from '../../src/lib/ingest/decode.ts';
import type { BodyNode, ParsedPage } from '../../src/lib/ingest/model.ts';
import { parsePage } from '../../src/lib/ingest/structure.ts';

export const corpusDir = fileURLToPath(new URL('../corpus/pages/', import.meta.url));

export type ReadingNode = { p: string } | { h: string } | { caption?: string; credit?: string };

export interface ReadingItem {
  kicker?: string;
  headline: string;
  subtitle?: string;
  authors?: string[];
  standfirst?: string[];
  body?: ReadingNode[];
  continuedFrom?: string;
  continuesOn?: string;
  bodyOnPage?: false;
}

export interface Reading {
  source: string;
  paper: string;
  conventions?: string[];
  header?: { paper?: string; date?: string; page?: string; section?: string };
  items: ReadingItem[];
  /**
   * Desk marks (README: "Desk overrides") a web editor adds where the page gives
   * no signal to read by: applied to the page text before ingest, each with why.
   */
  desk?: { line: number; mark: string; why: string; file?: 'broken' }[];
}

/** The desk marks for one page file: those with `file: 'broken'` belong to the broken variant. */
export function deskMarks(page: CorpusPage): NonNullable<Reading['desk']> {
  const broken = page.file.endsWith('.broken.txt');
  return (page.reading.desk ?? []).filter((mark) => (mark.file === 'broken') === broken);
}

export interface CorpusPage {
  id: string;
  /** The page text file: `<id>.txt` or `<id>.broken.txt`. */
  file: string;
  reading: Reading;
}

/** Every page text in the corpus with its reading (a broken variant shares its page's reading). */
export function corpusPages(): CorpusPage[] {
  const names = readdirSync(corpusDir).sort();
  return names
    .filter((name) => name.endsWith('.txt'))
    .map((name) => {
      const id = name.replace(/(\.broken)?\.txt$/u, '');
      const reading = JSON.parse(readFileSync(`${corpusDir}${id}.reading.json`, 'utf8')) as Reading;
      return { id, file: name, reading };
    });
}

/** What ingest reads from a page, in the corpus's reading format. */
export function readingFromIngest(file: string, desk: Reading['desk'] = []): Pick<Reading, 'header' | 'items'> {
  const { text } = decodePage(readFileSync(`${corpusDir}${file}`), file);
  const lines = text.split('\n');
  for (const { line, mark } of desk) lines[line - 1] = mark + lines[line - 1]!.trim();
  const page = parsePage(toBlocks(lines.join('\n')), file);
  return { header: { ...page.header }, items: page.items.map(toReadingItem) };
}

/** The lines ingest flags as resting on a weak signal when it reads the page unmarked. */
export function weakLines(file: string): number[] {
  const { text } = decodePage(readFileSync(`${corpusDir}${file}`), file);
  return parsePage(toBlocks(text), file).warnings.flatMap((w) => (w.weak && w.line !== undefined ? [w.line] : []));
}

function toReadingItem(item: ParsedPage['items'][number]): ReadingItem {
  if (item.type === 'headline-only') {
    const { kicker, headline, subtitle, continuesOn } = item.item;
    return { ...(kicker ? { kicker } : {}), headline, ...(subtitle ? { subtitle } : {}), bodyOnPage: false, ...(continuesOn ? { continuesOn } : {}) };
  }
  const a = item.article;
  return {
    ...(a.kicker ? { kicker: a.kicker } : {}),
    headline: a.headline,
    ...(a.subtitle ? { subtitle: a.subtitle } : {}),
    authors: a.authors,
    ...(a.standfirst.length ? { standfirst: a.standfirst.map((p) => p.text) } : {}),
    body: a.body.map(toReadingNode),
    ...(a.continuedFrom ? { continuedFrom: a.continuedFrom } : {}),
    ...(a.continuesOn ? { continuesOn: a.continuesOn } : {}),
  };
}

function toReadingNode(node: BodyNode): ReadingNode {
  switch (node.kind) {
    case 'paragraph':
      return { p: node.text };
    case 'subhead':
      return { h: node.text };
    case 'figure':
      return { ...(node.caption === undefined ? {} : { caption: node.caption }), ...(node.credit === undefined ? {} : { credit: node.credit }) };
    case 'credit':
      return { credit: node.text };
  }
}

/** Normalises a hand reading to the shape ingest gives (defaults filled in), for an exact comparison. */
export function normaliseReading(reading: Pick<Reading, 'header' | 'items'>): Pick<Reading, 'header' | 'items'> {
  return {
    header: { ...reading.header },
    items: reading.items.map((item) =>
      item.bodyOnPage === false
        ? item
        : { ...item, authors: item.authors ?? [], body: item.body ?? [], ...(item.standfirst?.length ? {} : { standfirst: undefined }) },
    ).map((item) => JSON.parse(JSON.stringify(item)) as ReadingItem),
  };
}

/**
 * The share of the reading's units (header fields, each item's titles and
 * authors, each paragraph, subhead and figure) that ingest got exactly right,
 * items paired in printed order.
 */
export function score(expected: Pick<Reading, 'header' | 'items'>, actual: Pick<Reading, 'header' | 'items'>): { right: number; total: number } {
  let right = 0;
  let total = 0;
  const unit = (a: unknown, b: unknown) => {
    total++;
    if (JSON.stringify(a) === JSON.stringify(b)) right++;
  };
  for (const key of ['paper', 'date', 'page', 'section'] as const) if (expected.header?.[key] !== undefined) unit(expected.header[key], actual.header?.[key]);
  expected.items.forEach((item, index) => {
    const got = actual.items[index];
    unit([item.kicker, item.headline, item.subtitle], [got?.kicker, got?.headline, got?.subtitle]);
    if (item.bodyOnPage === false) return unit(true, got?.bodyOnPage === false);
    unit(item.authors ?? [], got?.authors);
    unit(item.standfirst ?? [], got?.standfirst ?? []);
    unit([item.continuedFrom, item.continuesOn], [got?.continuedFrom, got?.continuesOn]);
    const gotBody = JSON.stringify(got?.body ?? []);
    for (const node of item.body ?? []) {
      total++;
      if (gotBody.includes(JSON.stringify(node))) right++;
    }
  });
  // Items ingest found beyond the reading count against it.
  total += Math.max(0, actual.items.length - expected.items.length);
  return { right, total };
}
