import { describe, expect, it } from 'vitest';
import { excerptParts } from '../../../src/lib/search/excerpt.ts';
import { parseQuery } from '../../../src/lib/search/normalize.ts';
import { readerText } from '../../../src/lib/search/rank.ts';

const text = (parts: { text: string }[]) => parts.map((p) => p.text).join('');
const marked = (parts: { text: string; hit: boolean }[]) => parts.filter((p) => p.hit).map((p) => p.text);

describe('readerText', () => {
  it('turns each block’s end into a line break, with the space and full stop Pagefind adds after a heading', () => {
    expect(readerText('为\u200b何\u200b定\u200b策\u200b\u2063. \u200b任\u200b何\u200b。\u200b\u2063 \u200b作\u200b为\u200b\u2063')).toBe('为何定策\n任何。\n作为');
    // A real space inside a block stays a space.
    expect(readerText('润\u200b田\u200b畴 \u200b护\u200b航')).toBe('润田畴 护航');
  });
});

describe('excerptParts: a sentence around the match, cut at punctuation', () => {
  const body = '第一段说别的事情。\n任何一份发展规划，都离不开对自身家底的盘点、对时代大势的把握、对现存问题的正视。\n作为浙江商贸第一区，拱墅区社会消费品零售总额常年稳居全省前列。';

  it('shows the whole sentence holding the match, never the paragraph before it', () => {
    const parts = excerptParts(body, parseQuery('正视').terms, 90);
    expect(text(parts)).toBe('任何一份发展规划，都离不开对自身家底的盘点、对时代大势的把握、对现存问题的正视。');
    expect(marked(parts)).toEqual(['正视']);
  });

  it('cuts a long sentence at its clauses around the match, with an ellipsis where it cut', () => {
    expect(text(excerptParts(body, parseQuery('家底').terms, 24))).toBe('…都离不开对自身家底的盘点、对时代大势的把握、…');
    expect(text(excerptParts(body, parseQuery('家底').terms, 20))).toBe('…都离不开对自身家底的盘点、…');
  });

  it('keeps a closing quote with its sentence', () => {
    expect(text(excerptParts('他说：“春耕来了。”又一句话在这里说春耕以外的事情，很长很长很长很长很长很长很长。', parseQuery('来了').terms, 20))).toBe('他说：“春耕来了。”');
  });

  it('goes where several terms stand closest, not to the first match', () => {
    const long = `春耕在这里。${'别的话。'.repeat(20)}春耕贷款的事情。${'别的话。'.repeat(20)}`;
    const parts = excerptParts(long, [{ text: '春耕', quoted: false }, { text: '贷款', quoted: false }], 40);
    expect(text(parts)).toBe('春耕贷款的事情。');
  });

  it('shows the next sentence too when the other term stands there, within the paragraph and the length', () => {
    const parts = excerptParts('前面的话。农场负责人说今年又送来贷款。如今各项春耕工作稳步推进。后面的话。', [{ text: '春耕', quoted: false }, { text: '贷款', quoted: false }], 30);
    expect(text(parts)).toBe('农场负责人说今年又送来贷款。如今各项春耕工作稳步推进。');
    expect(marked(parts)).toEqual(['贷款', '春耕']);
  });

  it('shows the opening sentence when the match is only in the headline', () => {
    expect(text(excerptParts(body, parseQuery('新居民').terms, 90))).toBe('第一段说别的事情。');
  });

  it('shows short text whole: a headline is never cut', () => {
    expect(text(excerptParts('推动新居民从“融得进”向“过得好”提升', parseQuery('新居民').terms, 40))).toBe('推动新居民从“融得进”向“过得好”提升');
  });
});
