import { inflateSync } from 'node:zlib';

/**
 * The code points a font file maps to a glyph, read from its `cmap` table.
 * Reads TrueType/OpenType and WOFF 1 (the format Satori takes); the unicode
 * ranges Fontsource publishes only say which subset file to open, this says
 * whether the glyph is really there.
 */
export function fontCodePoints(data: Uint8Array): Set<number> {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const cmap = cmapTable(data, view);
  const codes = new Set<number>();
  if (!cmap) return codes;
  const table = new DataView(cmap.buffer, cmap.byteOffset, cmap.byteLength);
  const count = table.getUint16(2);
  // Prefer a full-repertoire table (format 12), else the BMP one (format 4).
  const records = Array.from({ length: count }, (_, i) => ({ platform: table.getUint16(4 + i * 8), offset: table.getUint32(4 + i * 8 + 4) }))
    .filter(({ platform }) => platform === 0 || platform === 3)
    .map(({ offset }) => ({ offset, format: table.getUint16(offset) }));
  const best = records.find((r) => r.format === 12) ?? records.find((r) => r.format === 4);
  if (!best) return codes;
  const at = best.offset;
  if (best.format === 12) {
    const groups = table.getUint32(at + 12);
    for (let g = 0; g < groups; g++) {
      const start = table.getUint32(at + 16 + g * 12);
      const end = table.getUint32(at + 16 + g * 12 + 4);
      const glyph = table.getUint32(at + 16 + g * 12 + 8);
      for (let c = start; c <= end; c++) if (glyph + (c - start) !== 0) codes.add(c);
    }
  } else {
    const segments = table.getUint16(at + 6) / 2;
    const ends = at + 14;
    const starts = ends + segments * 2 + 2;
    const deltas = starts + segments * 2;
    const rangeOffsets = deltas + segments * 2;
    for (let s = 0; s < segments; s++) {
      const end = table.getUint16(ends + s * 2);
      const start = table.getUint16(starts + s * 2);
      const delta = table.getInt16(deltas + s * 2);
      const rangeOffset = table.getUint16(rangeOffsets + s * 2);
      for (let c = start; c <= end && c !== 0xffff; c++) {
        let glyph: number;
        if (rangeOffset === 0) glyph = (c + delta) & 0xffff;
        else {
          const where = rangeOffsets + s * 2 + rangeOffset + (c - start) * 2;
          glyph = table.getUint16(where);
          if (glyph !== 0) glyph = (glyph + delta) & 0xffff;
        }
        if (glyph !== 0) codes.add(c);
      }
    }
  }
  return codes;
}

function cmapTable(data: Uint8Array, view: DataView): Uint8Array | undefined {
  const woff = view.getUint32(0) === 0x774f4646; // 'wOFF'
  const tables = view.getUint16(woff ? 12 : 4);
  for (let i = 0; i < tables; i++) {
    const entry = woff ? 44 + i * 20 : 12 + i * 16;
    if (view.getUint32(entry) !== 0x636d6170) continue; // 'cmap'
    if (!woff) return data.subarray(view.getUint32(entry + 8), view.getUint32(entry + 8) + view.getUint32(entry + 12));
    const offset = view.getUint32(entry + 4);
    const compressed = view.getUint32(entry + 8);
    const original = view.getUint32(entry + 12);
    const raw = data.subarray(offset, offset + compressed);
    return compressed < original ? new Uint8Array(inflateSync(raw)) : raw;
  }
  return undefined;
}
