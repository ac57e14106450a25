import { describe, expect, it } from 'vitest';
import { toBlocks } from '../../../src/lib/ingest/blocks.ts';
import type { BodyNode, ParsedArticle } from '../../../src/lib/ingest/model.ts';
import { parsePage } from '../../../src/lib/ingest/structure.ts';
import { formatWarning } from '../../../src/lib/ingest/index.ts';
import { WIDE, page } from '../../support/pages.ts';

const parse = (text: string) => parsePage(toBlocks(text), 'p.txt');
const articles = (text: string) => parse(text).items.flatMap((item) => (item.type === 'article' ? [item.article] : []));
const only = (text: string): ParsedArticle => {
  const found = articles(text);
  expect(found).toHaveLength(1);
  return found[0]!;
};
/** The body as [kind, text] pairs, easy to read in a failing test. */
const shape = (body: BodyNode[]) =>
  body.map((node) => {
    switch (node.kind) {
      case 'paragraph':
        return ['p', node.text];
      case 'subhead':
        return ['h2', node.text];
      case 'figure':
        return ['figure', [node.caption, node.credit].filter(Boolean).join(' | ')];
      case 'credit':
        return ['credit', node.text];
    }
  });

describe('article boundaries and headline groups', () => {
  it('finds headline, byline and body', () => {
    const article = only(page('城市书房开到家门口', '■ 王小明', '第一段。', '第二段！'));
    expect(article.headline).toBe('城市书房开到家门口');
    expect(article.kicker).toBeUndefined();
    expect(article.authors).toEqual(['王小明']);
    expect(shape(article.body)).toEqual([
      ['p', '第一段。'],
      ['p', '第二段！'],
    ]);
  });

  it('reads a short line above the headline as the kicker, and a dash line below it as the subtitle', () => {
    expect(only(page('嘉兴南湖', '红船精神照亮新征程', '■ 李华', '正文。'))).toMatchObject({ kicker: '嘉兴南湖', headline: '红船精神照亮新征程' });
    expect(only(page('红船精神照亮新征程', '——嘉兴南湖畔的一天', '■ 李华', '正文。'))).toMatchObject({ headline: '红船精神照亮新征程', subtitle: '——嘉兴南湖畔的一天' });
    const three = only(page('嘉兴南湖', '红船精神照亮新征程', '记南湖畔的一天', '■ 李华', '正文。'));
    expect(three).toMatchObject({ kicker: '嘉兴南湖', headline: '红船精神照亮新征程', subtitle: '记南湖畔的一天' });
  });

  it('splits a byline with several names and drops role words from the names only', () => {
    const article = only(page('标题在这里', '■ 本报记者 张三 通讯员 李四、王五', '正文。'));
    expect(article.byline).toBe('本报记者 张三 通讯员 李四、王五');
    expect(article.authors).toEqual(['张三', '李四', '王五']);
  });

  it('keeps paragraphs between headline and byline as the standfirst', () => {
    const article = only(page('标题在这里', '导语第一段。', '导语第二段。', '■ 张三', '正文。'));
    expect(article.standfirst.map((p) => p.text)).toEqual(['导语第一段。', '导语第二段。']);
    expect(shape(article.body)).toEqual([['p', '正文。']]);
  });

  it('finds articles in any order and any mix of kicker, standfirst and captions', () => {
    const found = articles(
      page(
        '乡村振兴',
        '稻田里长出新希望',
        '■ 甲乙',
        '春天来了。',
        WIDE,
        '农民在田间插秧。 图片由某某提供',
        '城市更新有温度',
        '老城区的变化，人人看得见。',
        '■ 丙丁 戊己',
        '第一段。',
      ),
    );
    expect(found.map((a) => [a.kicker, a.headline, a.authors])).toEqual([
      ['乡村振兴', '稻田里长出新希望', ['甲乙']],
      [undefined, '城市更新有温度', ['丙丁', '戊己']],
    ]);
    expect(shape(found[0]!.body)).toEqual([
      ['p', '春天来了。'],
      ['figure', '农民在田间插秧。 | 图片由某某提供'],
    ]);
    expect(found[1]!.standfirst.map((p) => p.text)).toEqual(['老城区的变化，人人看得见。']);
  });

  it('keeps text before the first headline as unplaced, with a warning, never dropped', () => {
    const parsed = parse(page('本版导读：今日共两篇。', '城市书房开到家门口', '■ 王小明', '正文。'));
    expect(parsed.unplaced).toEqual([{ line: 1, text: '本版导读：今日共两篇。' }]);
    expect(parsed.warnings.map(formatWarning).join('\n')).toContain('line 1');
    const article = parsed.items[0]!;
    expect(article.type === 'article' && article.article).toMatchObject({ headline: '城市书房开到家门口' });
    expect(article.type === 'article' && article.article.kicker).toBeUndefined();
  });

  it('reads a page without any byline as articles, warning that they rest on the headline alone', () => {
    const parsed = parse(page('只有标题', '只有一段正文。'));
    expect(parsed.items).toHaveLength(1);
    expect(parsed.warnings.filter((w) => w.weak).map(formatWarning)).toEqual(['line 1: “只有标题” has no byline or dateline: its start and end rest on the headline alone (weak signal)']);
  });

  it('refuses a page with no headline at all, naming the file', () => {
    expect(() => parse(page('第一段正文。', '第二段正文。'))).toThrow('p.txt: no article found: no headline');
  });
});

describe('subheads and paragraphs', () => {
  it('reads short lines without punctuation inside the body as subheads', () => {
    const article = only(page('标题在这里', '■ 张三', '第一段。', '为何如此', '第二段。', '怎么干', '第三段。'));
    expect(shape(article.body)).toEqual([
      ['p', '第一段。'],
      ['h2', '为何如此'],
      ['p', '第二段。'],
      ['h2', '怎么干'],
      ['p', '第三段。'],
    ]);
  });

  it('reads a sentence ending in a closing quote as complete', () => {
    const article = only(page('标题在这里', '■ 张三', '他说：“好。”', '她说：“行！”'));
    expect(article.body).toHaveLength(2);
  });
});

describe('page-break splits', () => {
  it('joins a paragraph the page broke mid-word', () => {
    const parsed = parse(page('标题在这里', '■ 张三', '这是被分开的一段话，破解发', '展瓶颈。', '下一段。'));
    const article = parsed.items[0]!.type === 'article' ? parsed.items[0]!.article : undefined;
    expect(shape(article!.body)).toEqual([
      ['p', '这是被分开的一段话，破解发展瓶颈。'],
      ['p', '下一段。'],
    ]);
    expect(parsed.joins).toEqual([{ lines: [5, 7], across: [] }]);
  });

  it('joins a paragraph split twice, and one split after a comma', () => {
    const article = only(page('标题在这里', '■ 张三', '第一块，', '第二块还没', '完，第三块。'));
    expect(shape(article.body)).toEqual([['p', '第一块，第二块还没完，第三块。']]);
  });

  it('joins across a caption dropped into the split, and puts the caption right after the paragraph', () => {
    const parsed = parse(page('标题在这里', '■ 张三', '这些', WIDE, '工人在车间里忙碌。', '都是根基。', '下一段。'));
    const article = parsed.items[0]!.type === 'article' ? parsed.items[0]!.article : undefined;
    expect(shape(article!.body)).toEqual([
      ['p', '这些都是根基。'],
      ['figure', '工人在车间里忙碌。'],
      ['p', '下一段。'],
    ]);
    expect(parsed.joins).toEqual([{ lines: [5, 11], across: [9] }]);
  });

  it('joins across a caption that carries its credit, and across two captions', () => {
    const article = only(page('标题在这里', '■ 张三', '开头', WIDE, '图一说明。 图片由甲提供', WIDE, '图二说明。', '结尾。'));
    expect(shape(article.body)).toEqual([
      ['p', '开头结尾。'],
      ['figure', '图一说明。 | 图片由甲提供'],
      ['figure', '图二说明。'],
    ]);
  });

  it('keeps a paragraph that ends unfinished with nothing after it, and warns', () => {
    const last = '最后一段写到版面底部，转到另一个版面继续，这里只印了前半部分，所以结尾没有标点，也没有后文可以接上就';
    const parsed = parse(page('标题在这里', '■ 张三', '第一段。', last));
    expect(parsed.warnings.map(formatWarning).join('\n')).toMatch(/line 7: paragraph ends without closing punctuation/u);
    const article = parsed.items[0]!.type === 'article' ? parsed.items[0]!.article : undefined;
    expect(shape(article!.body).at(-1)).toEqual(['p', last]);
  });
});

describe('captions and credits', () => {
  it('reads a short sentence set off by a wider gap as a caption, where it stands', () => {
    const article = only(page('标题在这里', '■ 张三', '第一段。', WIDE, '市民在书房里读书。', '第二段。'));
    expect(shape(article.body)).toEqual([
      ['p', '第一段。'],
      ['figure', '市民在书房里读书。'],
      ['p', '第二段。'],
    ]);
  });

  it('splits a line holding caption and credit, with or without a space between', () => {
    const spaced = only(page('标题在这里', '■ 张三', '第一段。', '工作人员走访农户。 图片由某银行提供'));
    const joined = only(page('标题在这里', '■ 张三', '第一段。', '工作人员走访农户。图片由某银行提供'));
    for (const article of [spaced, joined]) expect(shape(article.body).at(-1)).toEqual(['figure', '工作人员走访农户。 | 图片由某银行提供']);
  });

  it('reads a credit on its own line at the end as the article’s credit, and one after a caption as that caption’s', () => {
    expect(shape(only(page('标题在这里', '■ 张三', '第一段。', '图片由区委宣传部提供')).body).at(-1)).toEqual(['credit', '图片由区委宣传部提供']);
    const article = only(page('标题在这里', '■ 张三', '第一段。', WIDE, '市民在书房里读书。', '图片由区委宣传部提供', '第二段。'));
    expect(shape(article.body)).toEqual([
      ['p', '第一段。'],
      ['figure', '市民在书房里读书。 | 图片由区委宣传部提供'],
      ['p', '第二段。'],
    ]);
  });
});

describe('a headline without body at the end of the page', () => {
  it('keeps kicker and headline as a headline-only item and warns', () => {
    const parsed = parse(page('标题在这里', '■ 张三', '最后一段。', '垃圾分类', '让城市“轻”下来'));
    expect(parsed.items.at(-1)).toEqual({ type: 'headline-only', item: { kicker: '垃圾分类', headline: '让城市“轻”下来', line: 7 } });
    expect(parsed.warnings.map(formatWarning).join('\n')).toContain('让城市“轻”下来');
  });

  it('does not take the last paragraph’s continuation for a headline', () => {
    const parsed = parse(page('标题在这里', '■ 张三', '最后一段被分', '开了'));
    expect(parsed.items).toHaveLength(1);
  });
});
