/**
 * Every article's preview-card text, read straight from a content folder's
 * files (article frontmatter and edition records), without Astro: so the
 * cards can be drawn before the build loads and bundles the archive (see
 * src/integrations/preview-cards.ts), when the memory they need does not add
 * to the build's own. It must give the text the card route gives
 * (src/pages/og/articles/[slug].png.ts); a card it misses is drawn there.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { editionName } from '../editions.ts';
import { splitMdx } from '../ingest/mdx.ts';
import type { CardText } from './card.ts';
import { articleCardText } from './card-text.ts';

export interface ArticleCard {
  slug: string;
  /** The card's text, as the card route computes it. */
  text: CardText;
  /** Sorts newest first: the edition's printed date, then its sequence. */
  order: string;
}

/** Every article's card text with its slug, newest edition first. */
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
    // A broken reference is the build's to report, with its own message.
    if (!edition) continue;
    cards.push({ slug: file.replace(/\.mdx$/u, ''), text: articleCardText(article, editionName(edition)), order: `${edition.date ?? '0000-00-00'} ${String(edition.sequence).padStart(9, '0')}` });
  }
  return cards.sort((a, b) => (a.order < b.order ? 1 : a.order > b.order ? -1 : a.slug.localeCompare(b.slug)));
}

/** Every article's card text. */
export function cardTextsFromContent(contentDir: string): CardText[] {
  return articleCardsFromContent(contentDir).map((card) => card.text);
}
