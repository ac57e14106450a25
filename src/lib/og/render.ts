import { CARD_HEIGHT, CARD_WIDTH, articleCard, type CardText } from './card.ts';
import { drawableText, glyphCoverage, satoriRuns } from './coverage.ts';
import { subsetFile, type FontSubset } from './fonts.ts';
import { indexedPng } from './png.ts';

/**
 * Draws an article's preview card as PNG. Only the font subsets that hold
 * the card's characters are loaded (see coverage.ts for which font draws
 * what), each under a name of its own (under one shared name Satori draws
 * every glyph as a box), all listed in the font family in try order. A
 * character no font holds is drawn as the substitute mark 〓, never as a box
 * and never as a failed build; `undrawable` reports it at ingest.
 * The drawing packages are loaded on the first card drawn (satori alone
 * takes 0.3 s to load), so a build whose cards are all cached never loads them.
 */
export async function renderCard(text: CardText): Promise<Buffer> {
  const { Resvg } = await import('@resvg/resvg-js');
  // Satori draws text as paths, so resvg needs no font: left to its default it loads every system font for each card (20 ms a card with 52 fonts).
  const image = new Resvg(await cardSvg(text), { fitTo: { mode: 'width', value: CARD_WIDTH }, font: { loadSystemFonts: false } }).render();
  // The same pixels as resvg's own RGBA PNG, in half the bytes and less than half the time (see png.ts).
  return indexedPng(image.pixels, image.width, image.height) ?? image.asPng();
}

/** The card as Satori draws it: an SVG with every glyph as a path. */
export async function cardSvg(text: CardText): Promise<string> {
  const drawn: CardText = {
    siteName: drawableText(text.siteName),
    kicker: text.kicker === undefined ? undefined : drawableText(text.kicker),
    headline: drawableText(text.headline),
    footer: drawableText(text.footer),
    label: drawableText(text.label),
  };
  const all = [drawn.siteName, drawn.kicker ?? '', drawn.headline, drawn.footer, drawn.label].join('');
  const subsets = [...new Set(glyphCoverage(all).subsetFor.values())].sort((a, b) => a.rank - b.rank);
  const fonts = subsets.flatMap((subset: FontSubset) =>
    subset.font.weights.map((weight) => ({ name: subset.name, weight: weight as 400 | 700, style: 'normal' as const, data: subsetFile(subset, weight) })),
  );
  const family = subsets.map((subset) => `"${subset.name}"`).join(', ');
  const { default: satori } = await import('satori');
  return satori(articleCard(drawn, family, satoriRuns) as Parameters<typeof satori>[0], { width: CARD_WIDTH, height: CARD_HEIGHT, fonts });
}
