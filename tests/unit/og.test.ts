import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { headlineSize } from '../../src/lib/og/card.ts';
import { SUBSTITUTE, cardText, glyphCoverage, satoriRuns, undrawable } from '../../src/lib/og/coverage.ts';
import { renderCard } from '../../src/lib/og/render.ts';
import { parseUnicodeRange, subsetsFor } from '../../src/lib/og/unicode-ranges.ts';

const subsets = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('@fontsource/noto-sans-sc/unicode.json'), 'utf8')) as Record<string, string>;
const card = (headline: string) => renderCard({ siteName: '读报', headline, footer: '沈震勤', label: '第 1 期版面' });
const pngSize = (png: Buffer) => [png.readUInt32BE(16), png.readUInt32BE(20)];

describe('font subsets for preview cards', () => {
  it('reads Fontsource unicode ranges', () => {
    expect(parseUnicodeRange('U+4e00-4e10,U+20')).toEqual([
      [0x4e00, 0x4e10],
      [0x20, 0x20],
    ]);
  });

  it('finds a subset for every character of the articles’ headlines, kickers, bylines and the site’s labels', () => {
    const text = '拱墅开局：以实干争先，以创新致远禾城农商银行：金融活水润田畴 护航春耕赋能乡村振兴海盐经开区推动新居民从“融得进”向“过得好”提升詹丽华 柳景春张焕楠沈震勤读报第 1 期版面逐字忠于版面的中文报纸阅读dubao.example.cn';
    const { keys, missing } = subsetsFor(text, subsets);
    expect(missing).toEqual([]);
    expect(keys.length).toBeLessThan(Object.keys(subsets).length / 2);
  });

  it('reports a character no subset of one font holds', () => {
    expect(subsetsFor('新\u{10FFFD}', subsets).missing).toEqual(['\u{10FFFD}']);
  });
});

/** Characters a real paper prints that Noto Sans SC's subsets lack or that once failed the build. */
const RARE = ['㉜', 'Ⅲ', '𠮷', '䶮', '🎉', '①', '②', '℃', '※', '㎡', 'é', 'Ω', 'α', 'Ж', 'ж', '𠀋', '〓', '❤️', 'Zoë', 'e\u0301'];

describe('glyph coverage of the preview-card fonts', () => {
  it('finds a font for every character in the list, each from the font meant for it', () => {
    const { fontFor, missing } = glyphCoverage(RARE.join(''));
    expect(missing).toEqual([]);
    expect(fontFor.get('新') ?? fontFor.get('①')).toBe('Noto Sans SC');
    expect(fontFor.get('Ω')).toBe('Noto Sans');
    expect(fontFor.get('𠮷')).toBe('Noto Sans JP');
    expect(fontFor.get('🎉')).toBe('Noto Emoji');
    expect(fontFor.get('䶮')).toBe('UnifontEX');
  });

  it('reports characters no font holds, once each, and never white space', () => {
    expect(undrawable('新居民\u{10FFFD}与\u{10FFFD}\u{F0000}　 ')).toEqual(['\u{10FFFD}', '\u{F0000}']);
    expect(undrawable('拱墅开局：以实干争先，以创新致远 第 1 期')).toEqual([]);
  });

  it('ignores what has no glyph of its own: joiners, variation selectors, and decomposed accents', () => {
    expect(cardText('❤\uFE0F👨\u200D👩 e\u0301')).toBe('❤👨👩 é');
    expect(undrawable('葛\u{E0100}❤\uFE0F')).toEqual([]);
  });

  it('cuts text where Satori would draw a character beyond the BMP with the font of another that shares its high surrogate', () => {
    // 𠀡 is in Noto Sans HK only, 𠀋 in Noto Sans JP; both start with \uD840.
    expect(satoriRuns('甲𠀡乙𠀋丙')).toEqual(['甲𠀡乙', '𠀋丙']);
    expect(satoriRuns('新居民𠮷🎉')).toEqual(['新居民𠮷🎉']);
  });
});

describe('renderCard', () => {
  it('draws a 1200×630 PNG', async () => {
    expect(pngSize(await card('推动新居民从“融得进”向“过得好”提升'))).toEqual([1200, 630]);
  });

  it('draws real glyphs: two headlines of the same length give different images (missing-glyph boxes would not)', async () => {
    const [a, b] = await Promise.all([card('新居民融入社区'), card('老城区焕发新生')]);
    expect(a.equals(b)).toBe(false);
  });

  it.each(RARE)('draws %s without throwing', async (char) => {
    expect(pngSize(await card(`新居民${char}提升`))).toEqual([1200, 630]);
  });

  it('draws 𠮷 as its own glyph, not as 吉 or a box', async () => {
    const [rare, plain, box] = await Promise.all([card('新居民𠮷'), card('新居民吉'), card('新居民\u{10FFFD}')]);
    expect(rare.equals(plain)).toBe(false);
    expect(rare.equals(box)).toBe(false);
  });

  it('draws emoji', async () => {
    const [party, plain] = await Promise.all([card('新居民🎉'), card('新居民')]);
    expect(party.equals(plain)).toBe(false);
  });

  it(`draws a character no font holds as ${SUBSTITUTE}, not a box or an error`, async () => {
    const [missing, substitute] = await Promise.all([card('新居民\u{10FFFD}'), card(`新居民${SUBSTITUTE}`)]);
    expect(pngSize(missing)).toEqual([1200, 630]);
    expect(missing.equals(substitute)).toBe(true);
    expect(undrawable('新居民\u{10FFFD}')).toEqual(['\u{10FFFD}']);
  });

  it('draws two characters beyond the BMP that share a high surrogate but not a font each with its own glyph', async () => {
    // 𠀋 and 𠂉 are in Noto Sans JP only: drawn with 𠀡's font (Noto Sans HK) both would be the same box.
    const [one, other] = await Promise.all([card('𠀡𠀋'), card('𠀡𠂉')]);
    expect(one.equals(other)).toBe(false);
  });

  it('sizes the headline by its length so it stays within three lines', () => {
    expect(headlineSize('短标题')).toBe(84);
    expect(headlineSize('禾城农商银行：金融活水润田畴 护航春耕赋能乡村振兴')).toBe(62);
    expect(headlineSize('长'.repeat(40))).toBe(52);
  });
});

