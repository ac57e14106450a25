import satori from 'satori';
import { describe, expect, it } from 'vitest';
import { articleCard } from '../../src/lib/og/card.ts';
import { glyphCoverage, satoriRuns } from '../../src/lib/og/coverage.ts';
import { subsetFile } from '../../src/lib/og/fonts.ts';
import { breakUnits, headlineLines } from '../../src/lib/og/headline-lines.ts';

const OPENING_AT_END = /[“‘（《「『【]$/u;
const CLOSING_AT_START = /^[”’）》」』】，。、：；！？]/u;

/** The headline's lines as Satori lays them out on the card: its text drawn as text, grouped by baseline. */
async function drawnHeadlineLines(headline: string): Promise<string[]> {
  const text = { siteName: '读报', kicker: '海盐经开区', headline, footer: '沈震勤', label: '第 1 期版面' };
  const subsets = [...new Set(glyphCoverage(Object.values(text).join('')).subsetFor.values())];
  const fonts = subsets.flatMap((s) => s.font.weights.map((weight) => ({ name: s.name, weight: weight as 400 | 700, style: 'normal' as const, data: subsetFile(s, weight) })));
  const tree = articleCard(text, subsets.map((s) => `"${s.name}"`).join(', '), satoriRuns);
  const svg = await satori(tree as Parameters<typeof satori>[0], { width: 1200, height: 630, fonts, embedFont: false });
  const lines = new Map<number, string>();
  for (const [, y, char] of svg.matchAll(/<text[^>]*\by="([\d.]+)"[^>]*>([^<]*)<\/text>/gu)) lines.set(Number(y), (lines.get(Number(y)) ?? '') + char);
  // The headline's lines: between the kicker (the first line at 海盐经开区) and the byline.
  const all = [...lines.entries()].sort(([a], [b]) => a - b).map(([, line]) => line);
  return all.slice(all.indexOf('海盐经开区') + 1, all.indexOf('沈震勤'));
}

describe('preview card headline lines (clreq line breaking)', () => {
  it('keeps an opening quote with the character after it and closing punctuation with the one before', () => {
    expect(breakUnits('从“融得进”向')).toEqual(['从', '“融', '得', '进”', '向']);
    expect(breakUnits('增长5.6%——好')).toEqual(['增', '长', '5.6%', '——', '好']);
  });

  it('draws the third article’s headline between its phrases, with no opening quote at a line’s end', async () => {
    const lines = await drawnHeadlineLines('推动新居民从“融得进”向“过得好”提升');
    expect(lines).toEqual(['推动新居民从“融得进”', '向“过得好”提升']);
  });

  it('breaks the other headlines after their colon or space, where an editor would', () => {
    expect(headlineLines('拱墅开局：以实干争先，以创新致远', 1056 / 72)).toEqual(['拱墅开局：', '以实干争先，以创新致远']);
    expect(headlineLines('禾城农商银行：金融活水润田畴 护航春耕赋能乡村振兴', 1056 / 62)).toEqual(['禾城农商银行：金融活水润田畴', '护航春耕赋能乡村振兴']);
  });

  it('at any width never ends a line with an opening quote or bracket, never starts one with closing punctuation, and fits every line', () => {
    const headline = '“十五五”开局：（杭州）《新规》出台，让城市“轻”下来、更“绿”了！';
    for (let width = 3; width <= 30; width++) {
      const lines = headlineLines(headline, width);
      expect(lines.join('')).toBe(headline);
      for (const line of lines) {
        expect(line, `${width}: ${lines.join(' / ')}`).not.toMatch(OPENING_AT_END);
        expect(line, `${width}: ${lines.join(' / ')}`).not.toMatch(CLOSING_AT_START);
        expect([...line].length).toBeLessThanOrEqual(Math.max(width, 3));
      }
    }
  });
});
