/**
 * The 繁體 edition's preview cards: each article's card, and the site's,
 * drawn from the converted text by the same pipeline and kept in the same
 * content-keyed cache as the Simplified ones (src/lib/og/), then copied to
 * /og/zh-hant/…png. A rebuild draws only cards whose text is new.
 *
 * Every article gets one: since the cards are written as indexed PNGs by
 * a resvg that loads no system fonts, a card costs some 20 ms of CPU, not 47,
 * and the second edition's cards fit the 10,000-article cold build's 600 s
 * budget (docs/scale.md). HANT_CARDS=<n> limits them to the newest n articles
 * (an older article's 繁體 page then keeps the Simplified card); a rebuild
 * draws only the new day's.
 */
import { copyFileSync, constants, existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createConverter } from '../lib/hant/converter.ts';
import { hantCardText } from '../lib/hant/cards.ts';
import { articleCardsFromContent } from '../lib/og/from-content.ts';
import { openCardCache } from '../lib/og/cache.ts';
import type { CardText } from '../lib/og/card.ts';
import { describeDraw, drawMissingCards } from '../lib/og/pool.ts';
import { siteCardText } from '../lib/site-card.ts';

export const DEFAULT_HANT_CARDS = Number.POSITIVE_INFINITY;

export interface HantCardsOptions {
  root: string;
  outDir: string;
  contentDir: string;
  /** Articles, newest first, that get a 繁體 card (HANT_CARDS, or DEFAULT_HANT_CARDS). */
  limit?: number;
  logger: { info(message: string): void };
}

/** Draws and writes the cards; returns the Simplified card paths (`/og/articles/x.png`) that now have a 繁體 twin. */
export async function buildHantCards({ root, outDir, contentDir, limit = cardLimit(), logger }: HantCardsOptions): Promise<Set<string>> {
  const convert = createConverter();
  const wanted: { path: string; text: CardText }[] = [{ path: '/og/site.png', text: hantCardText(siteCardText, convert) }];
  for (const card of articleCardsFromContent(contentDir).slice(0, limit)) {
    const path = `/og/articles/${card.slug}.png`;
    // An article the build left out (a broken reference fails the build anyway) has no card to pair.
    if (existsSync(join(outDir, path))) wanted.push({ path, text: hantCardText(card.text, convert) });
  }
  const cache = openCardCache(root);
  const report = await drawMissingCards(cache, wanted.map((card) => card.text), { projectRoot: root, cacheRoot: cache.root });
  const drawn = new Set<string>();
  for (const { path, text } of wanted) {
    const target = join(outDir, 'og/zh-hant', path.slice('/og/'.length));
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(cache.pathFor(text), target, constants.COPYFILE_FICLONE);
    drawn.add(path);
  }
  logger.info(`繁體 ${describeDraw(report, cache)}`);
  return drawn;
}

function cardLimit(): number {
  const value = process.env.HANT_CARDS;
  if (value === 'all') return Number.POSITIVE_INFINITY;
  return value && /^\d+$/u.test(value) ? Number(value) : DEFAULT_HANT_CARDS;
}
