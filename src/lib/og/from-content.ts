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

export function cardTextsFromContent(contentDir: string): CardText[] {
  const editions = new Map<string, { title?: string; sequence: number }>();
  for (const file of readdirSync(join(contentDir, 'editions')).filter((name) => name.endsWith('.yaml'))) {
    const record = parse(readFileSync(join(contentDir, 'editions', file), 'utf8'), { version: '1.1' }) as { title?: string; sequence: number };
    editions.set(file.replace(/\.yaml$/u, ''), record);
  }
  const texts: CardText[] = [];
  for (const file of readdirSync(join(contentDir, 'articles')).filter((name) => name.endsWith('.mdx'))) {
    const { data } = splitMdx(readFileSync(join(contentDir, 'articles', file), 'utf8'), file);
    const article = data as { kicker?: string; headline: string; byline?: string; authors: string[]; edition: string };
    const edition = editions.get(article.edition);
    // A broken reference is the build's to report, with its own message.
    if (!edition) continue;
    texts.push(articleCardText(article, editionName(edition)));
  }
  return texts;
}
