/**
 * The link-preview card of an article (1200×630) as a Satori element tree:
 * site name, kicker, headline large enough to read at thumbnail size, byline.
 */
import { headlineLines } from './headline-lines.ts';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

export interface CardText {
  siteName: string;
  kicker?: string | undefined;
  headline: string;
  /** Under the headline: byline, or the site's description on the site card. */
  footer: string;
  /** Top right: the edition's name, or the site's address. */
  label: string;
}

/** A Satori node: a plain object, so no JSX runtime is needed at build time. */
export interface CardNode {
  type: string;
  props: { style?: Record<string, string | number>; children?: (CardNode | string)[] | CardNode | string };
}

/** The headline's measure: the card less its side padding (72 px each side). */
const HEADLINE_WIDTH = CARD_WIDTH - 2 * 72;

const node = (type: string, style: Record<string, string | number>, children: CardNode['props']['children']): CardNode => ({ type, props: { style, children } });

/** Headline size by length: short headlines fill the card, long ones still fit in three lines. */
export function headlineSize(headline: string): number {
  const length = [...headline].length;
  if (length <= 12) return 84;
  if (length <= 20) return 72;
  if (length <= 30) return 62;
  return 52;
}

/** A text as Satori children: one string, or inline spans where `runs` cuts it in several. */
const inline = (text: string, runs: (text: string) => string[]): CardNode['props']['children'] => {
  const parts = runs(text);
  return parts.length === 1 ? text : parts.map((part) => node('span', {}, part));
};

/** `runs` cuts a text into runs each drawn as a text node of its own (see satoriRuns in coverage.ts). */
export function articleCard(text: CardText, fontFamily: string, runs: (text: string) => string[] = (whole) => [whole]): CardNode {
  return node(
    'div',
    {
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      boxSizing: 'border-box',
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: '56px 72px',
      backgroundColor: '#fdfcf9',
      borderTop: '18px solid #a31d1d',
      fontFamily,
      color: '#1d1d1f',
    },
    [
      node('div', { display: 'flex', justifyContent: 'space-between', alignItems: 'center', fontSize: 34, color: '#55534e' }, [
        node('div', { fontWeight: 700, fontSize: 44, color: '#a31d1d', letterSpacing: 6 }, inline(text.siteName, runs)),
        node('div', {}, inline(text.label, runs)),
      ]),
      node('div', { display: 'flex', flexDirection: 'column' }, [
        ...(text.kicker ? [node('div', { fontSize: 40, fontWeight: 700, color: '#a31d1d', marginBottom: 12 }, inline(text.kicker, runs))] : []),
        // Lines chosen by the rules of Chinese line setting (headline-lines.ts), each drawn as a line of its own;
        // break-all only as a safety net, should a line's planned width be short of the real one.
        node(
          'div',
          { display: 'flex', flexDirection: 'column', fontSize: headlineSize(text.headline), fontWeight: 700, lineHeight: 1.25, wordBreak: 'break-all' },
          headlineLines(text.headline, HEADLINE_WIDTH / headlineSize(text.headline)).map((line) => node('div', {}, inline(line, runs))),
        ),
      ]),
      node('div', { fontSize: 34, color: '#55534e', borderTop: '2px solid #d9d4c7', paddingTop: 20 }, inline(text.footer, runs)),
    ],
  );
}
