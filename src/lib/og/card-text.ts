import { site } from '../../site.ts';
import { bylineText } from '../authors.ts';
import type { CardText } from './card.ts';

/**
 * What an article's preview card shows: the one rule for both places that
 * compute it (the card route, from the content collections, and the drawing
 * step before the build, from the content files), so their cache keys agree.
 */
export function articleCardText(article: { kicker?: string | undefined; headline: string; byline?: string | undefined; authors: readonly string[] }, editionLabel: string): CardText {
  return { siteName: site.name, kicker: article.kicker, headline: article.headline, footer: bylineText(article), label: editionLabel };
}
