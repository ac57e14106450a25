import { crc32, inflateSync } from 'node:zlib';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { indexedPng } from '../../src/lib/og/png.ts';
import { cardSvg, renderCard } from '../../src/lib/og/render.ts';

/** The chunks of a PNG by type (IDAT joined), after checking the signature and every chunk's CRC. */
function chunks(png: Buffer): Map<string, Buffer> {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const found = new Map<string, Buffer>();
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    expect(png.readUInt32BE(at + 8 + length), `${type} CRC`).toBe(crc32(png.subarray(at + 4, at + 8 + length)));
    found.set(type, Buffer.concat([found.get(type) ?? Buffer.alloc(0), png.subarray(at + 8, at + 8 + length)]));
    at += 12 + length;
  }
  return found;
}

/** An indexed PNG (8-bit, no filters, as indexedPng writes it) back to RGBA pixels. */
function decodeIndexed(png: Buffer): { width: number; height: number; rgba: Buffer } {
  const parts = chunks(png);
  const header = parts.get('IHDR')!;
  const [width, height] = [header.readUInt32BE(0), header.readUInt32BE(4)];
  expect([...header.subarray(8)]).toEqual([8, 3, 0, 0, 0]);
  expect(parts.has('IEND')).toBe(true);
  const palette = parts.get('PLTE')!;
  const rows = inflateSync(parts.get('IDAT')!);
  expect(rows.length).toBe(height * (width + 1));
  const rgba = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y++) {
    expect(rows[y * (width + 1)]).toBe(0);
    for (let x = 0; x < width; x++) {
      const index = rows[y * (width + 1) + 1 + x]!;
      expect(index * 3).toBeLessThan(palette.length);
      palette.copy(rgba, (y * width + x) * 4, index * 3, index * 3 + 3);
      rgba[(y * width + x) * 4 + 3] = 255;
    }
  }
  return { width, height, rgba };
}

const svg = (body: string) => `<svg xmlns="http://www.w3.org/2000/svg" width="120" height="63"><rect width="120" height="63" fill="#fdfcf9"/>${body}</svg>`;

describe('indexedPng', () => {
  it('keeps every pixel of an anti-aliased drawing', () => {
    const image = new Resvg(svg('<circle cx="40" cy="30" r="21.3" fill="#a31d1d"/><path d="M70 5 L115 58 L64 50 Z" fill="#1d1d1f"/>'), { font: { loadSystemFonts: false } }).render();
    const png = indexedPng(image.pixels, image.width, image.height)!;
    const decoded = decodeIndexed(png);
    expect([decoded.width, decoded.height]).toEqual([120, 63]);
    expect(decoded.rgba.equals(image.pixels)).toBe(true);
  });

  it('keeps every pixel of a preview card, in fewer bytes than resvg’s RGBA PNG', async () => {
    const text = { siteName: '读报', kicker: '春耕', headline: '禾城农商银行：金融活水润田畴 护航春耕赋能乡村振兴🎉𠮷', footer: '张焕楠', label: '2026年3月5日 第2版' };
    const card = await renderCard(text);
    const image = new Resvg(await cardSvg(text), { fitTo: { mode: 'width', value: 1200 }, font: { loadSystemFonts: false } }).render();
    const decoded = decodeIndexed(card);
    expect([decoded.width, decoded.height]).toEqual([1200, 630]);
    expect(decoded.rgba.equals(image.pixels)).toBe(true);
    expect(card.length).toBeLessThan(image.asPng().length * 0.7);
    // Loading satori and resvg and drawing twice: seconds on a busy machine, and this test is about pixels, not time.
  }, 30_000);

  it('gives up on transparency and on more than 256 colours, for the caller to write RGBA', () => {
    const clear = new Resvg('<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"><rect width="4" height="8" fill="#000"/></svg>', { font: { loadSystemFonts: false } }).render();
    expect(indexedPng(clear.pixels, 8, 8)).toBeUndefined();
    const many = Buffer.alloc(20 * 20 * 4, 255);
    for (let i = 0; i < 400; i++) many.writeUInt16BE(i, i * 4);
    expect(indexedPng(many, 20, 20)).toBeUndefined();
    expect(decodeIndexed(indexedPng(many.subarray(0, 256 * 4), 16, 16)!).rgba.equals(many.subarray(0, 256 * 4))).toBe(true);
  });

  it('reads pixels that do not start on a 4-byte boundary', () => {
    const pixels = Buffer.alloc(1 + 3 * 2 * 4, 255).subarray(1);
    pixels.set([200, 10, 10], 4);
    expect(decodeIndexed(indexedPng(pixels, 3, 2)!).rgba.equals(pixels)).toBe(true);
  });
});
