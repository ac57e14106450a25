import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { decodePage } from '../../../src/lib/ingest/decode.ts';
import { IngestError } from '../../../src/lib/ingest/errors.ts';
import { sourcePage } from '../../support/paths.ts';

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
    ['bytes that are no known encoding', bytes([0x41, 0xff, 0xff, 0x80]), /a\.txt: the bytes are not UTF-8, UTF-16, GB18030 or Big5 text; save it as UTF-8$/u],
    ['a control character', new TextEncoder().encode('正文。\n\n坏\u0007字'), /a\.txt:3: control or replacement character U\+0007/u],
    ['a BOM before invalid UTF-8', bytes([0xef, 0xbb, 0xbf, 0xc3, 0x28]), /a\.txt: the file starts with a UTF-8 BOM but is not valid UTF-8/u],
  ])('refuses %s with a clear message naming the file', (_name, input, message) => {
    expect(() => decodePage(input, 'a.txt')).toThrow(IngestError);
    expect(() => decodePage(input, 'a.txt')).toThrow(message);
  });
});

/** The project's first page, in Simplified script, and a Traditional version of it for Big5. */
const PAGE = readFileSync(sourcePage, 'utf8');
const TRADITIONAL = OpenCC.Converter({ from: 'cn', to: 'tw' })(PAGE);
// Prose in the other CJK languages, for the encodings that must be refused by name.
const JAPANESE = '吾輩は猫である。名前はまだ無い。どこで生れたかとんと見当がつかぬ。何でも薄暗いじめじめした所でニャーニャー泣いていた事だけは記憶している。\n\n■ 夏目漱石\n\n本文です。\n';
const KOREAN = '대한민국은 민주공화국이다. 대한민국의 주권은 국민에게 있고, 모든 권력은 국민으로부터 나온다.\n\n■ 김철수\n\n본문입니다.\n';

describe('decodePage detects the encoding of a real page', () => {
  it.each([
    ['UTF-16 LE with a BOM', iconv.encode(PAGE, 'utf16le', { addBOM: true }), 'utf-16le (BOM)'],
    ['UTF-16 BE with a BOM', iconv.encode(PAGE, 'utf16be', { addBOM: true }), 'utf-16be (BOM)'],
    ['UTF-16 LE without a BOM', iconv.encode(PAGE, 'utf16le'), 'utf-16le'],
    ['UTF-16 BE without a BOM', iconv.encode(PAGE, 'utf16be'), 'utf-16be'],
    ['GB18030', iconv.encode(PAGE, 'gb18030'), 'gb18030'],
  ])('%s', (_name, input, encoding) => {
    expect(decodePage(input, 'page.txt')).toEqual({ text: PAGE, encoding });
  });

  it('reads Big5 as Big5, not as GB18030 gibberish', () => {
    const big5 = iconv.encode(TRADITIONAL, 'big5');
    const decoded = decodePage(big5, 'page.txt');
    expect(decoded.encoding).toBe('big5');
    expect(decoded.text).toBe(iconv.decode(big5, 'big5'));
    expect(decoded.text).toContain('拱墅開局：以實幹爭先');
    // A short Big5 page too, where there are few characters to judge by.
    expect(decodePage(iconv.encode('拱墅開局：以實幹爭先\n\n■ 詹麗華\n\n正文。\n', 'big5'), 'a.txt').encoding).toBe('big5');
  });

  it('reads Traditional text saved as GB18030 as GB18030', () => {
    expect(decodePage(iconv.encode(TRADITIONAL, 'gb18030'), 'page.txt')).toEqual({ text: TRADITIONAL, encoding: 'gb18030' });
  });

  it.each([
    ['Shift-JIS', iconv.encode(JAPANESE, 'shift_jis'), /^jp\.txt: the text looks like Shift-JIS \(Japanese\), not Chinese; save it as UTF-8$/u],
    ['EUC-JP', iconv.encode(JAPANESE, 'euc-jp'), /^jp\.txt: the text looks like EUC-JP \(Japanese\), not Chinese; save it as UTF-8$/u],
    ['EUC-KR', iconv.encode(KOREAN, 'euc-kr'), /^jp\.txt: the text looks like EUC-KR \(Korean\), not Chinese; save it as UTF-8$/u],
    ['Windows-1252', iconv.encode('Café crème, déjà vu à la française. Où est la gare? Ça va très bien.\n', 'windows-1252'), /^jp\.txt: the text looks like Windows-1252/u],
    ['Chinese saved as Shift-JIS', iconv.encode(PAGE.slice(0, 2000), 'shift_jis'), /^jp\.txt: the bytes do not read as Chinese text in UTF-8, GB18030 or Big5 \(as GB18030, only \d+% of the characters are common ones\); save it as UTF-8$/u],
    ['a UTF-16 BOM before an odd byte count', bytes([0xff, 0xfe, 0x41, 0x00, 0x42]), /^jp\.txt: the file starts with a UTF-16 LE BOM but is not valid UTF-16 LE$/u],
  ])('refuses %s, naming the likely encoding', (_name, input, message) => {
    expect(() => decodePage(input, 'jp.txt')).toThrow(message);
  });
});

describe('decodePage refuses bytes Node’s legacy decoders let through', () => {
  it.each([
    ['Big5 with a stray FF', bytes([...iconv.encode('開局。', 'big5')], [0xff])],
    ['Big5 with a stray 80', bytes([...iconv.encode('開局。', 'big5')], [0x80])],
  ])('%s', (_name, input) => {
    expect(() => decodePage(input, 'a.txt')).toThrow(/^a\.txt: the bytes (are not|do not read as Chinese text in) UTF-8, (UTF-16, )?GB18030 or Big5/u);
  });

  it('keeps the Traditional table in step with the Simplified one', async () => {
    const { COMMON_SIMPLIFIED, COMMON_TRADITIONAL } = await import('../../../src/lib/ingest/hanzi.ts');
    expect([...COMMON_SIMPLIFIED]).toHaveLength(1000);
    expect(COMMON_TRADITIONAL).toBe(OpenCC.Converter({ from: 'cn', to: 'tw' })(COMMON_SIMPLIFIED));
  });
});

describe('UTF-16 without a BOM: every kind of text character counts as text', () => {
  // Ten of one character and a newline: the newline's zero byte marks UTF-16, and the
  // character must count as text for the right byte order to win.
  it.each([...'　〿！～‐‧■◿·一鿿 ~\t'])('%s', (char) => {
    const text = `字${char.repeat(10)}\n`;
    const decoded = decodePage(new Uint8Array(Buffer.from(text, 'utf16le')), 'p.txt');
    expect(decoded).toEqual({ text, encoding: 'utf-16le' });
  });
});

describe('legacy byte structure', () => {
  const page = '拱墅开局：以实干争先，以创新致远。2026年的春天，杭州市拱墅区站在了关键节点。';

  it('reads GB18030’s four-byte characters and its single-byte euro sign', () => {
    const text = `${page}𠮷野家€\n`;
    expect(decodePage(new Uint8Array(iconv.encode(text, 'gb18030')), 'a.txt')).toEqual({ text, encoding: 'gb18030' });
  });

  it.each([
    ['GB18030 with a stray FF', [...iconv.encode(page, 'gb18030'), 0xff]],
    ['GB18030 cut inside a pair', [...iconv.encode(page, 'gb18030'), 0xb0]],
    ['GB18030 cut inside a four-byte character', [...iconv.encode(page, 'gb18030'), 0x95, 0x32, 0x82]],
  ])('refuses %s', (_name, input) => {
    expect(() => decodePage(new Uint8Array(input), 'a.txt')).toThrow(/^a\.txt: /u);
  });

  it('reads Big5 with trail bytes from both ranges', () => {
    const text = `${OpenCC.Converter({ from: 'cn', to: 'tw' })(page)}\n`;
    expect(decodePage(new Uint8Array(iconv.encode(text, 'big5')), 'a.txt')).toEqual({ text, encoding: 'big5' });
  });
});
