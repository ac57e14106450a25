/**
 * The 繁體 preview cards' text: the Simplified card's, converted field by
 * field (kicker, headline, byline, edition name, site name). Kept outside
 * src/lib/og/ on purpose: that folder's source is the card renderer's
 * fingerprint, and a change there would redraw every cached card.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { editionName } from '../editions.ts';
import { splitMdx } from '../ingest/mdx.ts';
import type { CardText } from '../og/card.ts';
import { articleCardText } from '../og/card-text.ts';

export function hantCardText(text: CardText, convert: (text: string) => string): CardText {
  return {
    siteName: convert(text.siteName),
    kicker: text.kicker === undefined ? undefined : convert(text.kicker),
    headline: convert(text.headline),
    footer: convert(text.footer),
    label: convert(text.label),
  };
}

export interface ArticleCard {
  slug: string;
  /** The Simplified card's text, as the card route computes it. */
  text: CardText;
  /** Sorts newest first: the edition's printed date, then its sequence. */
  order: string;
}

/** Every article's card text with its slug, newest edition first, read from the content files as the drawing step reads them. */
export function articleCardsFromContent(contentDir: string): ArticleCard[] {
  const editions = new Map<string, { title?: string; sequence: number; date?: string }>();
  for (const file of readdirSync(join(contentDir, 'editions')).filter((name) => name.endsWith('.yaml'))) {
    editions.set(file.replace(/\.yaml$/u, ''), parse(readFileSync(join(contentDir, 'editions', file), 'utf8'), { version: '1.1' }) as { title?: string; sequence: number; date?: string });
  }
  const cards: ArticleCard[] = [];
  for (const file of readdirSync(join(contentDir, 'articles')).filter((name) => name.endsWith('.mdx'))) {
    const { data } = splitMdx(readFileSync(join(contentDir, 'articles', file), 'utf8'), file);
    const article = data as { kicker?: string; headline: string; byline?: string; authors: string[]; edition: string };
    const edition = editions.get(article.edition);
    if (!edition) continue;
    cards.push({ slug: file.replace(/\.mdx$/u, ''), text: articleCardText(article, editionName(edition)), order: `${edition.date ?? '0000-00-00'} ${String(edition.sequence).padStart(9, '0')}` });
  }
  return cards.sort((a, b) => (a.order < b.order ? 1 : a.order > b.order ? -1 : a.slug.localeCompare(b.slug)));
}
