import { IngestError } from './errors.ts';

export type SourceEncoding = 'utf-8' | 'utf-8 (BOM)' | 'gb18030';

export interface DecodedPage {
  text: string;
  encoding: SourceEncoding;
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/**
 * Turns the bytes of a page into text. Pages arrive as UTF-8 (with or without
 * a BOM) or as GB18030/GBK, the usual encodings of Chinese text files. UTF-8 is
 * tried strictly first: GB18030 accepts almost any byte sequence, so it is only
 * the fallback, and a page that is neither is refused rather than guessed.
 */
export function decodePage(bytes: Uint8Array, file: string): DecodedPage {
  if (bytes.length === 0) throw new IngestError(file, 'the file is empty');
  const hasBom = UTF8_BOM.every((byte, i) => bytes[i] === byte);
  const body = hasBom ? bytes.subarray(UTF8_BOM.length) : bytes;
  if (body.includes(0)) {
    throw new IngestError(file, 'the file holds NUL bytes: it looks binary, not a text page', lineOfByte(body, body.indexOf(0)));
  }

  let decoded: DecodedPage;
  try {
    decoded = { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: hasBom ? 'utf-8 (BOM)' : 'utf-8' };
  } catch {
    if (hasBom) throw new IngestError(file, 'the file starts with a UTF-8 BOM but is not valid UTF-8');
    try {
      decoded = { text: new TextDecoder('gb18030', { fatal: true }).decode(body), encoding: 'gb18030' };
    } catch {
      throw new IngestError(file, 'the bytes are neither UTF-8 nor GB18030 text');
    }
  }

  const control = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffd]/u.exec(decoded.text);
  if (control) {
    const line = decoded.text.slice(0, control.index).split('\n').length;
    const code = control[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
    throw new IngestError(file, `control or replacement character U+${code} in the text: the file looks binary or damaged`, line);
  }
  if (decoded.text.trim() === '') throw new IngestError(file, 'the file holds only white space');
  return decoded;
}

function lineOfByte(bytes: Uint8Array, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (bytes[i] === 0x0a) line++;
  return line;
}
