import { describe, expect, it } from 'vitest';
import { separateHan } from '../../../src/lib/search/han.ts';
import { indexCopy, indexInputHash } from '../../../src/lib/search/index-copy.ts';
import { buildT2sMap } from '../../../src/lib/search/t2s.ts';

describe('separateHan', () => {
  it('puts a zero-width space between Han characters and their neighbours only', () => {
    expect(separateHan('武林CBD连续3年 ok')).toBe('武\u200b林\u200bCBD\u200b连\u200b续\u200b3\u200b年 ok');
  });
});

describe('indexCopy', () => {
  const html = '<!doctype html><html lang="zh-CN"><head><title>新居民</title></head><body><nav>导航</nav><article data-pagefind-body data-headline="新居民"><h1>新居民</h1><p>融入社区。</p></article></body></html>';

  it('separates characters inside the indexed body only, leaving attributes and the rest alone', () => {
    const copy = indexCopy(html)!;
    expect(copy).toContain('<h1>新\u200b居\u200b民\u200b\u2063</h1>');
    expect(copy).toContain('<p>融\u200b入\u200b社\u200b区\u200b。\u200b\u2063</p>');
    expect(copy).toContain('data-headline="新居民"');
    expect(copy).toContain('<nav>导航</nav>');
    expect(copy).toContain('<title>新居民</title>');
  });

  it('keeps the ids of headings only, so fragments do not carry each paragraph twice', () => {
    const copy = indexCopy('<html><body><article data-pagefind-body><h2 id="s-1">小标题</h2><p id="p-1">正文。</p><figure id="f"><figcaption>图</figcaption></figure></article><p id="outside">外</p></body></html>')!;
    expect(copy).toContain('<h2 id="s-1">');
    expect(copy).toContain('<p>正\u200b文\u200b。\u200b\u2063</p>');
    expect(copy).toContain('<figure>');
    expect(copy).toContain('<p id="outside">');
  });

  it('ends every block of text with its own index word, so stored text keeps paragraphs, captions and credits apart', () => {
    const copy = indexCopy('<html><body><article data-pagefind-body><p>正视。</p><figure><figcaption>图注<span class="credit">图片由某某提供</span></figcaption></figure><p> </p></article></body></html>')!;
    expect(copy).toContain('<p>正\u200b视\u200b。\u200b\u2063</p>');
    expect(copy).toContain('图\u200b片\u200b由\u200b某\u200b某\u200b提\u200b供\u200b\u2063</span>\u200b\u2063</figcaption>');
    expect(copy).toContain('<p> </p>');
  });

  it('skips a page with nothing to index', () => {
    expect(indexCopy('<html><body><p>首页</p></body></html>')).toBeUndefined();
  });
});

describe('buildT2sMap', () => {
  it('maps the traditional forms of the characters the text uses, and nothing else', () => {
    const map = buildT2sMap('禾城农商银行的头发');
    expect(map['農']).toBe('农');
    expect(map['銀']).toBe('银');
    expect(map['髮']).toBe('发');
    expect(map['發']).toBe('发');
    expect(map['經']).toBeUndefined();
    expect(Object.values(map).every((simplified) => '禾城农商银行的头发'.includes(simplified))).toBe(true);
  });

  it('never maps a character the text itself uses: the index holds it as printed', () => {
    // OpenCC reads 么 as a form of 幺 and 著 of 着; mapped, 什么 and 显著 would find nothing.
    const map = buildT2sMap('重点做什么，成效显著，幺');
    expect(map['么']).toBeUndefined();
    expect(map['著']).toBeUndefined();
    expect(map['麼']).toBe('么');
  });
});

describe('indexInputHash', () => {
  const page = (policy: string, text: string) =>
    `<html><head><meta http-equiv="content-security-policy" content="script-src 'self' ${policy}"></head><body><article data-pagefind-body><p>${text}</p></article></body></html>`;

  it('is the same for a page whose CSP alone changed, so its volume is not indexed again', () => {
    expect(indexInputHash(page("'sha256-a'", '春耕贷款'))).toBe(indexInputHash(page("'sha256-a' 'sha256-b'", '春耕贷款')));
  });

  it('changes with the page’s text', () => {
    expect(indexInputHash(page("'sha256-a'", '春耕贷款'))).not.toBe(indexInputHash(page("'sha256-a'", '春耕贷款。')));
  });
});
