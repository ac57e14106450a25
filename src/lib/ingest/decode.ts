import { IngestError } from './errors.ts';
import { COMMON_SIMPLIFIED, COMMON_TRADITIONAL } from './hanzi.ts';

export type SourceEncoding =
  | 'utf-8'
  | 'utf-8 (BOM)'
  | 'gb18030'
  | 'big5'
  | 'utf-16le'
  | 'utf-16le (BOM)'
  | 'utf-16be'
  | 'utf-16be (BOM)';

export interface DecodedPage {
  text: string;
  encoding: SourceEncoding;
}

/**
 * Turns the bytes of a page into text, naming the encoding it found:
 *
 * - a byte-order mark decides: UTF-8, UTF-16 LE or BE;
 * - NUL bytes mostly on one side of each byte pair are BOM-less UTF-16
 *   (ASCII and many CJK code units have a zero byte); otherwise NULs mean binary;
 * - UTF-8 is tried strictly next: text of another encoding is almost never valid UTF-8;
 * - then the legacy Chinese encodings, GB18030 (and GBK) and Big5. Both decode
 *   many of each other's byte sequences, so each strict decoding is scored by
 *   its share of common Chinese characters and the better one wins: the wrong
 *   decoder turns text into rare characters and symbols;
 * - text that reads as Japanese or Korean, or as nothing, is refused, naming the
 *   likely encoding, rather than parsed as gibberish.
 *
 * Every step is a single pass over the bytes, so time is linear in the page size.
 */
export function decodePage(bytes: Uint8Array, file: string): DecodedPage {
  if (bytes.length === 0) throw new IngestError(file, 'the file is empty');
  const decoded = byBom(bytes, file) ?? byNulPattern(bytes, file) ?? asUtf8(bytes) ?? asLegacy(bytes, file);

  const control = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffd]/u.exec(decoded.text);
  if (control) {
    const line = lineOf(decoded.text, control.index);
    const code = control[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
    throw new IngestError(file, `control or replacement character U+${code} in the text: the file looks binary or damaged`, line);
  }
  if (decoded.text.trim() === '') throw new IngestError(file, 'the file holds only white space');
  return decoded;
}

const BOMS: { bytes: number[]; label: 'utf-8' | 'utf-16le' | 'utf-16be'; encoding: SourceEncoding; name: string }[] = [
  { bytes: [0xef, 0xbb, 0xbf], label: 'utf-8', encoding: 'utf-8 (BOM)', name: 'UTF-8' },
  { bytes: [0xff, 0xfe], label: 'utf-16le', encoding: 'utf-16le (BOM)', name: 'UTF-16 LE' },
  { bytes: [0xfe, 0xff], label: 'utf-16be', encoding: 'utf-16be (BOM)', name: 'UTF-16 BE' },
];

function byBom(bytes: Uint8Array, file: string): DecodedPage | undefined {
  const bom = BOMS.find((b) => b.bytes.every((byte, i) => bytes[i] === byte));
  if (bom === undefined) return undefined;
  const text = strict(bom.label, bytes.subarray(bom.bytes.length));
  if (text === undefined) throw new IngestError(file, `the file starts with a ${bom.name} BOM but is not valid ${bom.name}`);
  return { text, encoding: bom.encoding };
}

/**
 * UTF-16 without a BOM: in LE the high byte of an ASCII code unit (newlines,
 * digits) is a zero at an odd offset, in BE at an even one; U+3000 indents and
 * some CJK code units put zeros on the other side too, so the side alone does
 * not decide. Both byte orders are decoded and the one that reads as text wins:
 * the wrong order turns text into unrelated scripts, and binary data reads as
 * neither. UTF-8 and GB text have no zero bytes at all.
 */
function byNulPattern(bytes: Uint8Array, file: string): DecodedPage | undefined {
  const firstNul = bytes.indexOf(0);
  if (firstNul === -1) return undefined;
  if (bytes.length % 2 === 0) {
    const readings = (['utf-16le', 'utf-16be'] as const)
      .map((encoding) => ({ encoding, text: strict(encoding, bytes) }))
      .map((r) => ({ ...r, score: r.text === undefined ? 0 : textLikeShare(r.text) }))
      .sort((x, y) => y.score - x.score);
    const best = readings[0]!;
    if (best.text !== undefined && best.score >= 0.9) return { text: best.text, encoding: best.encoding };
  }
  throw new IngestError(file, 'the file holds NUL bytes: it looks binary, not a text page', lineOfByte(bytes, firstNul));
}

function asUtf8(bytes: Uint8Array): DecodedPage | undefined {
  const text = strict('utf-8', bytes);
  return text === undefined ? undefined : { text, encoding: 'utf-8' };
}

/** Below this share of common characters, a decoding is not read as Chinese. */
const MIN_CHINESE_SHARE = 0.5;
/** With fewer non-ASCII characters than this, a share is a rougher guess, so a lower one is accepted. */
const MIN_SAMPLE = 20;
const MIN_SHARE_OF_FEW = 0.3;

function asLegacy(bytes: Uint8Array, file: string): DecodedPage {
  const chinese = (['gb18030', 'big5'] as const)
    .map((encoding) => ({ encoding, text: strictLegacy(encoding, bytes) }))
    .filter((c): c is { encoding: 'gb18030' | 'big5'; text: string } => c.text !== undefined)
    .map((c) => ({ ...c, ...chineseShare(c.text) }))
    // The higher share wins; on a tie GB18030, the encoding of mainland pages.
    .sort((a, b) => b.share - a.share);
  const best = chinese[0];
  if (best !== undefined && best.share >= (best.sample < MIN_SAMPLE ? MIN_SHARE_OF_FEW : MIN_CHINESE_SHARE)) return { text: best.text, encoding: best.encoding };

  const other = otherLanguage(bytes);
  if (other !== undefined) throw new IngestError(file, `the text looks like ${other}, not Chinese; save it as UTF-8`);
  if (best !== undefined) {
    const as = best.encoding === 'gb18030' ? 'GB18030' : 'Big5';
    throw new IngestError(
      file,
      `the bytes do not read as Chinese text in UTF-8, GB18030 or Big5 (as ${as}, only ${Math.round(best.share * 100)}% of the characters are common ones); save it as UTF-8`,
    );
  }
  throw new IngestError(file, 'the bytes are not UTF-8, UTF-16, GB18030 or Big5 text; save it as UTF-8');
}

/** Japanese or Korean in their legacy encodings: named so the desk knows what to convert. */
function otherLanguage(bytes: Uint8Array): string | undefined {
  const kana = (text: string) => share(text, (c) => (c >= 0x3040 && c <= 0x30ff ? 1 : 0));
  const hangul = (text: string) => share(text, (c) => (c >= 0xac00 && c <= 0xd7a3 ? 1 : 0));
  const candidates: [string, string, (text: string) => number][] = [
    ['shift_jis', 'Shift-JIS (Japanese)', kana],
    ['euc-jp', 'EUC-JP (Japanese)', kana],
    ['euc-kr', 'EUC-KR (Korean)', hangul],
  ];
  let best: { name: string; score: number } | undefined;
  for (const [label, name, score] of candidates) {
    const text = strict(label, bytes);
    const value = text === undefined ? 0 : score(text);
    // Japanese prose is at least a third kana; Korean is mostly Hangul.
    if (value >= 0.3 && (best === undefined || value > best.score)) best = { name, score: value };
  }
  if (best !== undefined) return best.name;
  const latin = strict('windows-1252', bytes);
  // Western text is mostly ASCII, with accented letters (À–ÿ) here and there.
  const accents = latin === undefined ? 0 : share(latin, (c) => (c >= 0xc0 && c <= 0xff ? 1 : 0));
  if (latin !== undefined && accents >= 0.5 && nonAsciiShare(latin) <= 0.3) return 'Windows-1252 / Latin-1 (Western European)';
  return undefined;
}

let commonHanzi: Set<number> | undefined;

/** Share of the non-ASCII characters that are common Hanzi or CJK punctuation. */
function chineseShare(text: string): { share: number; sample: number } {
  commonHanzi ??= new Set([...COMMON_SIMPLIFIED, ...COMMON_TRADITIONAL].map((c) => c.codePointAt(0)!));
  const table = commonHanzi;
  let sample = 0;
  for (const char of text) if (char.charCodeAt(0) >= 0x80) sample++;
  return { share: share(text, (c) => (table.has(c) || isCjkPunctuation(c) ? 1 : 0)), sample };
}

/** Share of text-like characters, for telling UTF-16 text from binary. */
function textLikeShare(text: string): number {
  let all = 0;
  let good = 0;
  for (const char of text) {
    const c = char.codePointAt(0)!;
    all++;
    if ((c >= 0x20 && c < 0x7f) || c === 0x09 || c === 0x0a || c === 0x0d || (c >= 0x4e00 && c <= 0x9fff) || isCjkPunctuation(c)) good++;
  }
  return all === 0 ? 0 : good / all;
}

/** Full-width and CJK punctuation, quotes, dashes, the ■ of bylines. */
function isCjkPunctuation(c: number): boolean {
  return (c >= 0x3000 && c <= 0x303f) || (c >= 0xff01 && c <= 0xff5e) || (c >= 0x2010 && c <= 0x2027) || (c >= 0x25a0 && c <= 0x25ff) || c === 0xb7;
}

/** Weighted share of the non-ASCII characters of `text` (0 when there are none). */
function share(text: string, weight: (codePoint: number) => number): number {
  let all = 0;
  let sum = 0;
  for (const char of text) {
    const c = char.codePointAt(0)!;
    if (c < 0x80) continue;
    all++;
    sum += weight(c);
  }
  return all === 0 ? 0 : sum / all;
}

function nonAsciiShare(text: string): number {
  let nonAscii = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x80) nonAscii++;
  return text.length === 0 ? 0 : nonAscii / text.length;
}

/** Decodes with a fatal decoder: undefined when the bytes are not valid in that encoding. */
function strict(label: string, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * Node's fatal decoders (ICU) accept more than the WHATWG Encoding standard:
 * Big5 turns a lone 80 or FF byte into U+0080 or U+F8F8 instead of failing.
 * So the bytes must also follow the encoding's byte structure. (Unassigned
 * pairs decode to private-use characters, which count as uncommon in the score.)
 */
function strictLegacy(label: 'gb18030' | 'big5', bytes: Uint8Array): string | undefined {
  const wellFormed = label === 'gb18030' ? isGb18030(bytes) : isBig5(bytes);
  return wellFormed ? strict(label, bytes) : undefined;
}

const inRange = (b: number | undefined, low: number, high: number) => b !== undefined && b >= low && b <= high;

/** GB18030 byte structure: ASCII, 80 (€), two-byte pairs, four-byte sequences. */
function isGb18030(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    if (b <= 0x80) i += 1;
    else if (b === 0xff) return false;
    else if (inRange(bytes[i + 1], 0x30, 0x39) && inRange(bytes[i + 2], 0x81, 0xfe) && inRange(bytes[i + 3], 0x30, 0x39)) i += 4;
    else if (inRange(bytes[i + 1], 0x40, 0x7e) || inRange(bytes[i + 1], 0x80, 0xfe)) i += 2;
    else return false;
  }
  return true;
}

/** Big5 byte structure: ASCII and two-byte pairs, lead 81–FE, trail 40–7E or A1–FE. */
function isBig5(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i += 1;
      continue;
    }
    const trail = bytes[i + 1];
    if (!inRange(b, 0x81, 0xfe) || !(inRange(trail, 0x40, 0x7e) || inRange(trail, 0xa1, 0xfe))) return false;
    i += 2;
  }
  return true;
}

/** 1-based line of a character offset, counting LF (a CR alone is counted by the parser, not here). */
function lineOf(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

function lineOfByte(bytes: Uint8Array, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (bytes[i] === 0x0a) line++;
  return line;
}
