import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { headlineSize } from '../../src/lib/og/card.ts';
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

  it('reports a character no subset holds instead of drawing a box', async () => {
    expect(subsetsFor('新\u{10FFFD}', subsets).missing).toEqual(['\u{10FFFD}']);
    await expect(card('新居民\u{10FFFD}')).rejects.toThrow('no font subset holds');
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

  it('sizes the headline by its length so it stays within three lines', () => {
    expect(headlineSize('短标题')).toBe(84);
    expect(headlineSize('禾城农商银行：金融活水润田畴 护航春耕赋能乡村振兴')).toBe(62);
    expect(headlineSize('长'.repeat(40))).toBe(52);
  });
});

