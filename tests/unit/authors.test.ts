import { describe, expect, it } from 'vitest';
import { authorSlugs, bylineParts } from '../../src/lib/authors.ts';
import { articleHtml } from '../../src/lib/feed.ts';

describe('authorSlugs', () => {
  it('gives each name a pinyin slug, the later namesake a suffix', () => {
    expect([...authorSlugs(['詹丽华', '柳景春', '李丽', '詹丽华', '李力'])]).toEqual([
      ['詹丽华', 'zhan-li-hua'],
      ['柳景春', 'liu-jing-chun'],
      ['李丽', 'li-li'],
      ['李力', 'li-li-2'],
    ]);
  });
});

describe('bylineParts', () => {
  it('cuts the printed byline into text and names, keeping every character', () => {
    const parts = bylineParts('本报记者 张三 通讯员 李四', ['张三', '李四']);
    expect(parts).toEqual([{ text: '本报记者 ' }, { text: '张三', author: '张三' }, { text: ' 通讯员 ' }, { text: '李四', author: '李四' }]);
    expect(parts.map((p) => p.text).join('')).toBe('本报记者 张三 通讯员 李四');
  });
});

describe('articleHtml', () => {
  it('escapes the text it wraps in feed HTML', () => {
    expect(articleHtml(['导语<b>'], [{ kind: 'paragraph', text: 'a & b' }, { kind: 'subhead', text: '小标题', id: 'x' }, { kind: 'figure', caption: '图说', credit: '图片由某提供' }])).toBe(
      '<p><strong>导语&lt;b&gt;</strong></p><p>a &amp; b</p><h2>小标题</h2><p><em>图说 图片由某提供</em></p>',
    );
  });
});
