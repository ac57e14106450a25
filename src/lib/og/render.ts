import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { CARD_HEIGHT, CARD_WIDTH, articleCard, type CardText } from './card.ts';
import { subsetsFor } from './unicode-ranges.ts';

const FONT_PACKAGE = '@fontsource/noto-sans-sc';
const WEIGHTS = [400, 700] as const;

const subsets = JSON.parse(readFileSync(fileURLToPath(import.meta.resolve(`${FONT_PACKAGE}/unicode.json`)), 'utf8')) as Record<string, string>;

/** "[12]" → "12", "latin" → "latin": how Fontsource names a subset's files. */
const fileKey = (key: string) => key.replace(/^\[(\d+)\]$/u, '$1');

/**
 * Draws an article's preview card as PNG. Only the Noto Sans SC subsets that
 * hold the card's characters are loaded, each under a name of its own (under
 * one shared name Satori draws every glyph as a box), and all names are listed
 * in the font family. A character no subset holds is an error, not a box.
 */
export async function renderCard(text: CardText): Promise<Buffer> {
  const all = [text.siteName, text.kicker ?? '', text.headline, text.footer, text.label].join('');
  const { keys, missing } = subsetsFor(all, subsets);
  if (missing.length > 0) throw new Error(`preview card for “${text.headline}”: no font subset holds ${missing.map((c) => `“${c}”`).join(' ')}`);
  const fonts = keys.flatMap((key) =>
    WEIGHTS.map((weight) => ({
      name: `Noto Sans SC ${fileKey(key)}`,
      weight,
      style: 'normal' as const,
      data: readFileSync(fileURLToPath(import.meta.resolve(`${FONT_PACKAGE}/files/noto-sans-sc-${fileKey(key)}-${weight}-normal.woff`))),
    })),
  );
  const family = keys.map((key) => `"Noto Sans SC ${fileKey(key)}"`).join(', ');
  const svg = await satori(articleCard(text, family) as Parameters<typeof satori>[0], { width: CARD_WIDTH, height: CARD_HEIGHT, fonts });
  return new Resvg(svg, { fitTo: { mode: 'width', value: CARD_WIDTH } }).render().asPng();
}
