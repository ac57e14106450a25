import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodePage } from '../../../src/lib/ingest/decode.ts';
import { IngestError } from '../../../src/lib/ingest/errors.ts';

const TEXT = '拱墅开局：以实干争先\n\n■ 詹丽华\n\n正文。\n';
const bytes = (...parts: number[][]) => Uint8Array.from(parts.flat());

describe('decodePage', () => {
  it('reads UTF-8 without and with a BOM', () => {
    expect(decodePage(new TextEncoder().encode(TEXT), 'a.txt')).toEqual({ text: TEXT, encoding: 'utf-8' });
    expect(decodePage(bytes([0xef, 0xbb, 0xbf], [...new TextEncoder().encode(TEXT)]), 'a.txt')).toEqual({ text: TEXT, encoding: 'utf-8 (BOM)' });
  });

  it('reads GB18030 and GBK text', () => {
    expect(decodePage(iconv.encode(TEXT, 'gb18030'), 'a.txt')).toEqual({ text: TEXT, encoding: 'gb18030' });
    expect(decodePage(iconv.encode(TEXT, 'gbk'), 'a.txt')).toEqual({ text: TEXT, encoding: 'gb18030' });
  });

  it.each([
    ['an empty file', new Uint8Array(), /a\.txt: the file is empty/u],
    ['a file of white space only', new TextEncoder().encode(' \n\u3000\n'), /a\.txt: the file holds only white space/u],
    ['binary bytes (NUL)', bytes([...new TextEncoder().encode('第一行\n第二行')], [0, 1, 2]), /a\.txt:2: the file holds NUL bytes/u],
    ['bytes that are neither UTF-8 nor GB18030', bytes([0x41, 0xff, 0xff, 0x80]), /a\.txt: the bytes are neither UTF-8 nor GB18030 text/u],
    ['a control character', new TextEncoder().encode('正文。\n\n坏\u0007字'), /a\.txt:3: control or replacement character U\+0007/u],
    ['a BOM before invalid UTF-8', bytes([0xef, 0xbb, 0xbf, 0xc3, 0x28]), /a\.txt: the file starts with a UTF-8 BOM but is not valid UTF-8/u],
  ])('refuses %s with a clear message naming the file', (_name, input, message) => {
    expect(() => decodePage(input, 'a.txt')).toThrow(IngestError);
    expect(() => decodePage(input, 'a.txt')).toThrow(message);
  });
});
