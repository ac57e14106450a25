import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { MAX_QUERY_LENGTH, foldChar, normalizeText, pagefindPhrase, parseQuery } from '../../../src/lib/search/normalize.ts';

const T2S = { 農: '农', 銀: '银', 願: '愿' };
const texts = (raw: string) => parseQuery(raw, T2S).terms.map((t) => t.text);

describe('foldChar', () => {
  it('folds every character of the articles, and the edge cases of its shortcut, exactly as normalizeText does', () => {
    const t2s = { 發: '发', 幹: '干', 麵: '面' };
    const articles = readdirSync('content/articles').map((name) => readFileSync(`content/articles/${name}`, 'utf8')).join('');
    // The main Han block's ends, its neighbours, compatibility ideographs (NFKC maps 﨑 to 崎), extension B, full-width and invisible marks.
    const edges = '一鿿〇㐀豈﨑𠮷ＡＢａ１　\u200b\t\nＣＢＤ發幹麵';
    for (const char of [...new Set([...articles, ...edges])]) expect(foldChar(char, t2s), char).toBe(normalizeText(char, t2s));
  });
});

describe('normalizeText', () => {
  it('folds full-width forms, case, invisible characters and white space', () => {
    expect(normalizeText('ＣＢＤ　１２３\u200b\u0007 Abc\n\tx')).toBe('cbd 123 abc x');
  });

  it('maps traditional characters through the given map', () => {
    expect(normalizeText('禾城農商銀行', T2S)).toBe('禾城农商银行');
  });
});

describe('parseQuery', () => {
  it('splits words on spaces and punctuation and joins spaces inside Chinese', () => {
    expect(texts('拱墅 人工智能')).toEqual(['拱墅', '人工智能']);
    expect(texts('拱墅，创新')).toEqual(['拱墅', '创新']);
    expect(texts('  武林CBD  ')).toEqual(['武林cbd']);
  });

  it('keeps quoted phrases whole, in ASCII and Chinese quotes', () => {
    expect(parseQuery('"新居民 志愿者" 社区', T2S).terms).toEqual([
      { text: '新居民志愿者', quoted: true },
      { text: '社区', quoted: false },
    ]);
    expect(texts('“以实干争先，以创新致远”')).toEqual(['以实干争先,以创新致远']);
    expect(texts('「金融活水」')).toEqual(['金融活水']);
  });

  it('drops duplicate and empty terms', () => {
    expect(texts('春耕 春耕 “” ，，')).toEqual(['春耕']);
  });

  it('caps a very long query and removes control characters', () => {
    const query = parseQuery('长'.repeat(5000) + '\u0000\u0008', T2S);
    expect([...query.display]).toHaveLength(MAX_QUERY_LENGTH);
    expect(query.terms[0]!.text).toBe('长'.repeat(MAX_QUERY_LENGTH));
  });

  it('keeps markup as plain text', () => {
    expect(parseQuery('<img src=x onerror=alert(1)>').display).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('numbers in a query', () => {
  it('keeps a decimal point or digit separator inside its number instead of splitting the term there', () => {
    expect(parseQuery('年产值可达34.7亿元').terms.map((t) => t.text)).toEqual(['年产值可达34.7亿元']);
    expect(parseQuery('1,200名选手 10:30').terms.map((t) => t.text)).toEqual(['1,200名选手', '10:30']);
    expect(parseQuery('春耕.贷款').terms.map((t) => t.text)).toEqual(['春耕', '贷款']);
  });
});

describe('pagefindPhrase', () => {
  it('asks Pagefind for one word per Han character, Latin and digit runs whole', () => {
    expect(pagefindPhrase({ text: '新居民', quoted: false })).toBe('"新 居 民"');
    expect(pagefindPhrase({ text: '武林cbd连续3年', quoted: false })).toBe('"武 林 cbd 连 续 3 年"');
  });

  it('never asks for a phrase across punctuation beside Chinese, which the index holds as a word of its own: the longest stretch between', () => {
    expect(pagefindPhrase({ text: '以实干争先,以创新致远', quoted: true })).toBe('"以 实 干 争 先"');
    expect(pagefindPhrase({ text: '推动新居民从“融得进”', quoted: true })).toBe('"推 动 新 居 民 从"');
    expect(pagefindPhrase({ text: '“融得进”向“过得好”提升', quoted: true })).toBe('"融 得 进"');
    // Inside a number the mark is part of the word, not a break; the % after it is a position of its own (as in the built index).
    expect(pagefindPhrase({ text: '增长56.9%左右', quoted: true })).toBe('"增 长 569"');
    // So are the + and the quotes of “1+4”: the pieces between them, the longest first.
    expect(pagefindPhrase({ text: '1+4', quoted: true })).toBe('"1"');
    expect(pagefindPhrase({ text: '以“1+4”主导产业', quoted: true })).toBe('"主 导 产 业"');
  });

  it('has nothing to ask for a term without letters or characters', () => {
    expect(pagefindPhrase({ text: '%%', quoted: false })).toBe('');
  });

  it('sends a number or word with punctuation inside as the one index word Pagefind makes of it', () => {
    expect(pagefindPhrase({ text: '年产值可达34.7亿元', quoted: false })).toBe('"年 产 值 可 达 347 亿 元"');
    expect(pagefindPhrase({ text: '1,200名选手', quoted: false })).toBe('"1200 名 选 手"');
    expect(pagefindPhrase({ text: 'ai 时代', quoted: true })).toBe('"ai 时 代"');
  });
});
