/**
 * The 繁體 preview cards' text: the Simplified card's, converted field by
 * field (kicker, headline, byline, edition name, site name); the articles'
 * cards are read by src/lib/og/from-content.ts. Kept outside src/lib/og/ on
 * purpose: that folder's source is the card renderer's fingerprint, and a
 * change there would redraw every cached card.
 */
import type { CardText } from '../og/card.ts';

export function hantCardText(text: CardText, convert: (text: string) => string): CardText {
  return {
    siteName: convert(text.siteName),
    kicker: text.kicker === undefined ? undefined : convert(text.kicker),
    headline: convert(text.headline),
    footer: convert(text.footer),
    label: convert(text.label),
  };
}
