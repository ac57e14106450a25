/** Rules of the structure reader that the real pages exercise only in passing, one scenario each. */
import { describe, expect, it } from 'vitest';
import { toBlocks } from '../../../src/lib/ingest/blocks.ts';
import { formatWarning } from '../../../src/lib/ingest/index.ts';
import type { ParsedArticle } from '../../../src/lib/ingest/model.ts';
import { parsePage } from '../../../src/lib/ingest/structure.ts';
import { WIDE, page } from '../../support/pages.ts';

const parse = (text: string) => parsePage(toBlocks(text), 'p.txt');
const articles = (text: string): ParsedArticle[] => parse(text).items.flatMap((item) => (item.type === 'article' ? [item.article] : []));
const kinds = (article: ParsedArticle) => article.body.map((n) => (n.kind === 'paragraph' ? `p:${n.text}` : n.kind === 'subhead' ? `h:${n.text}` : n.kind === 'figure' ? `f:${n.caption ?? ''}|${n.credit ?? ''}` : `c:${n.text}`));

describe('desk marks decide groups', () => {
  it('starts an item at a marked headline anywhere, even inside a signed article or right after another', () => {
    const { items } = parse(page('城市书房开到家门口', '■ 王小明', '第一段。', '# 短', '第二段。', '# 甲', '# 乙', '第三段。'));
    expect(items.map((item) => [item.type, item.type === 'article' ? item.article.headline : item.item.headline])).toEqual([
      ['article', '城市书房开到家门口'],
      ['article', '短'],
      ['headline-only', '甲'],
      ['article', '乙'],
    ]);
  });

  it('reads marked kicker, headline and subtitle in any order, and a kicker-led group', () => {
    const [a] = articles(page('#副 副题', '#引 引题', '# 主题', '■ 王小明', '正文。'));
    expect([a!.kicker, a!.headline, a!.subtitle]).toEqual(['引题', '主题', '副题']);
    const found = articles(page('城市书房开到家门口', '■ 王小明', '第一段。', '#引 引题', '主题行', '正文。'));
    expect(found.map((x) => [x.kicker, x.headline])).toEqual([[undefined, '城市书房开到家门口'], ['引题', '主题行']]);
  });
});

describe('a title line under an unfinished paragraph', () => {
  it('starts a new item when a byline, a dateline or a subtitle comes right below, and says the paragraph ended unfinished', () => {
    for (const below of [['■ 李四'], ['本报讯 昨天，开通。'], ['——记一条新线路', '■ 李四']]) {
      const parsed = parse(page('城市书房开到家门口', '■ 王小明', '第一段写到版面底部，写到规划、', '乡村公交通到村口', ...below, '正文。'));
      const found = parsed.items.flatMap((item) => (item.type === 'article' ? [item.article.headline] : []));
      expect(found, below.join()).toEqual(['城市书房开到家门口', '乡村公交通到村口']);
      expect(parsed.warnings.map(formatWarning)).toContain('line 5: paragraph ends without closing punctuation and nothing continues it; kept as printed');
    }
  });

  it('continues the paragraph otherwise', () => {
    const [a] = articles(page('城市书房开到家门口', '■ 王小明', '第一段写到版面底部，写到规划、', '转到这里', '才写完。'));
    expect(kinds(a!)).toEqual(['p:第一段写到版面底部，写到规划、转到这里才写完。']);
  });
});

describe('pieces, captions and credits', () => {
  it('reads a short line followed by a set-off caption and the rest as a paragraph’s first piece', () => {
    const [a] = articles(page('城市书房开到家门口', '■ 王小明', '第一段。', '这些', WIDE, '工人在车间里忙碌。', '都是根基。'));
    expect(kinds(a!)).toEqual(['p:第一段。', 'p:这些都是根基。', 'f:工人在车间里忙碌。|']);
  });

  it('reads a short line followed by a set-off credited caption and text as a paragraph’s first piece', () => {
    const [a] = articles(page('城市书房开到家门口', '■ 王小明', '第一段。', '这些', WIDE, '工人在忙碌。 张三 摄', '都是根基。'));
    expect(kinds(a!)).toEqual(['p:第一段。', 'p:这些都是根基。', 'f:工人在忙碌。|张三 摄']);
    const [b] = articles(page('城市书房开到家门口', '■ 王小明', '第一段。', '为何如此', WIDE, '工人在忙碌。 张三 摄', '为何如此', '第二段。'));
    expect(kinds(b!)).toEqual(['p:第一段。', 'h:为何如此', 'f:工人在忙碌。|张三 摄', 'h:为何如此', 'p:第二段。']);
  });

  it('does not merge a credit into a paragraph line above it that is not a byline', () => {
    const [a] = articles(page('城市书房开到家门口', '■ 王小明', '第一段。', '第二段。', '通讯员 王飞超 摄'));
    expect(kinds(a!)).toEqual(['p:第一段。', 'f:第二段。|通讯员 王飞超 摄']);
  });

  it('credits photo news to the photographers of its credits, standing alone or on captions', () => {
    const [a] = articles(page('春光里的南湖', '游客在湖边赏花。 张三 摄', '（李四 摄）', '图片由景区提供'));
    expect(a!.authors).toEqual(['张三', '李四']);
    const [b] = articles(page('春光里的南湖', '#图 游客在湖边赏花。', '（李四 摄）', '市民散步。（王五 摄）'));
    expect(b!.authors).toEqual(['李四', '王五']);
  });

  it('reads a 上接 jump at a paragraph’s start in either bracket and either word order', () => {
    for (const [line, from] of [['(上接第A3版)正文。', 'A3'], ['（接上第一版）正文。', '一'], ['（紧接1版） 正文。', '1']] as const) {
      const [a] = articles(page('城市书房开到家门口', line));
      expect([a!.continuedFrom, kinds(a!)], line).toEqual([from, ['p:正文。']]);
    }
  });
});

describe('bylines inside an item', () => {
  it('adds a second byline’s names to the authors, keeping both printed, and says so', () => {
    const parsed = parse(page('城市书房开到家门口', '■ 王小明', '第一段。', '第二段。', '■ 摄影 李四', '第三段。'));
    const [a] = parsed.items.flatMap((item) => (item.type === 'article' ? [item.article] : []));
    expect([a!.byline, a!.authors]).toEqual(['王小明 摄影 李四', ['王小明', '李四']]);
    expect(parsed.warnings.map(formatWarning)).toContain('line 9: a second byline “■ 摄影 李四” in one article; its names are added to the authors (weak signal)');
  });

  it('takes up to four paragraphs above a byline as the standfirst, and more as text', () => {
    const four = articles(page('城市书房开到家门口', '导一。', '导二。', '导三。', '导四。', '■ 王小明', '正文。'))[0]!;
    expect([four.standfirst.length, kinds(four)]).toEqual([4, ['p:正文。']]);
    const five = articles(page('城市书房开到家门口', '导一。', '导二。', '导三。', '导四。', '导五。', '■ 王小明', '正文。'))[0]!;
    expect([five.standfirst.length, five.body.length]).toEqual([0, 6]);
  });

  it('takes a byline run into the last paragraph out of the text, and closing names in brackets as authors, never an organisation', () => {
    const [a] = articles(page('城市书房开到家门口', '第一段。', '第二段完。本报记者 董怡虹 陈炅玮'));
    expect([a!.byline, a!.authors, kinds(a!)]).toEqual(['本报记者 董怡虹 陈炅玮', ['董怡虹', '陈炅玮'], ['p:第一段。', 'p:第二段完。']]);
    const [b] = articles(page('三秦短波', '△第一条。（吕劲）', '△第二条。（新华社）', '△第三条。（季哲）?'));
    expect(b!.authors).toEqual(['吕劲', '季哲']);
  });
});

describe('a credit broken over two lines', () => {
  it('joins a reporter line and a 摄 line right below a caption into one credit', () => {
    const [a] = articles(page('扩建排水渠', '施工人员正在扩建排水渠。', '本报记者 李震宇', '通讯员 王飞超 摄'));
    expect([kinds(a!), a!.authors]).toEqual([['f:施工人员正在扩建排水渠。|本报记者 李震宇\n通讯员 王飞超 摄'], ['李震宇', '王飞超']]);
  });

  it('keeps them apart after a wider gap, for a credit naming no photographer, or under a headline', () => {
    const gap = articles(page('扩建排水渠', '施工人员正在扩建排水渠。', '本报记者 李震宇', WIDE, '通讯员 王飞超 摄'))[0]!;
    expect(gap.byline).toBe('本报记者 李震宇');
    const provided = articles(page('扩建排水渠', '施工人员正在扩建排水渠。', '本报记者 李震宇', '图片由区委宣传部提供'))[0]!;
    expect(provided.byline).toBe('本报记者 李震宇');
    const top = articles(page('扩建排水渠', '本报记者 李震宇', '通讯员 王飞超 摄', '施工人员正在扩建排水渠。'))[0]!;
    expect(top.byline).toBe('本报记者 李震宇');
  });
});

describe('more scenarios', () => {
  it('reads names bracketed at the first paragraph’s start, but not later ones without a dateline', () => {
    const [a] = articles(page('城市书房开到家门口', '（记者 张三）今天开会。', '（记者 李四）这一段不是开头。'));
    expect(a!.authors).toEqual(['张三']);
  });

  it('starts an unannounced item at a headline with a dash-led subtitle', () => {
    const parsed = parse(page('城市书房开到家门口', '■ 王小明', '第一段。', '乡村公交通到村口', '——记一条新线路', '正文。'));
    expect(parsed.items.map((i) => (i.type === 'article' ? [i.article.headline, i.article.subtitle] : []))).toEqual([
      ['城市书房开到家门口', undefined],
      ['乡村公交通到村口', '——记一条新线路'],
    ]);
    expect(parsed.warnings.map((w) => w.text).filter((text) => text.includes('read as a new article'))).toEqual([]);
  });

  it('gives a credit to a caption held inside a split paragraph, which goes on', () => {
    const [a] = articles(page('城市书房开到家门口', '■ 王小明', '第一段写到这些', WIDE, '工人忙碌。', '张三 摄', '都是根基。'));
    expect(kinds(a!)).toEqual(['p:第一段写到这些都是根基。', 'f:工人忙碌。|张三 摄']);
    const [b] = articles(page('城市书房开到家门口', '■ 王小明', '第一段写到版面底部，写到规划、', '这些，', '张三 摄', '都是根基。'));
    expect(kinds(b!)).toEqual(['p:第一段写到版面底部，写到规划、这些，都是根基。', 'c:张三 摄']);
  });

  it('holds two captions inside one split', () => {
    const [a] = articles(page('城市书房开到家门口', '■ 王小明', '第一段写到这些', WIDE, '工人忙碌。', WIDE, '市民读书。 张三 摄', '都是根基。'));
    expect(kinds(a!)).toEqual(['p:第一段写到这些都是根基。', 'f:工人忙碌。|', 'f:市民读书。|张三 摄']);
  });

  it('keeps text under a byline naming a writer (文) as text, even with a photographer', () => {
    const [a] = articles(page('城市书房开到家门口', '■ 文/王小明 摄/李四', '唯一的一段。'));
    expect(kinds(a!)).toEqual(['p:唯一的一段。']);
  });

  it('makes an item of a headline over a credit alone', () => {
    const { items } = parse(page('城市书房开到家门口', '■ 王小明', '第一段。', '春光', '图片由景区提供'));
    expect(items.map((i) => i.type)).toEqual(['article']);
    const photo = parse(page('春光', '图片由景区提供'));
    expect(photo.items.map((i) => (i.type === 'article' ? kinds(i.article) : []))).toEqual([['c:图片由景区提供']]);
  });

  it('does not flag a subhead as weak when another follows in the same article', () => {
    const parsed = parse(page('城市书房开到家门口', '■ 王小明', '第一段。', '为何如此', '第二段。', '怎么干', '第三段。'));
    expect(parsed.warnings).toEqual([]);
  });
});

describe('last scenarios', () => {
  it('reads a 上接 line standing alone', () => {
    const [a] = articles(page('城市书房开到家门口', '（上接第1版）', '正文。'));
    expect([a!.continuedFrom, kinds(a!)]).toEqual(['1', ['p:正文。']]);
  });

  it('says a paragraph cut off by a byline ended unfinished', () => {
    const parsed = parse(page('城市书房开到家门口', '导语写到这里，', '■ 王小明', '正文。'));
    expect(parsed.warnings.map(formatWarning)).toContain('line 3: paragraph ends without closing punctuation and nothing continues it; kept as printed');
    expect(parsed.joins).toEqual([]);
  });

  it('reads a lone circled number as a numbered subhead, and a 图为 line as a caption', () => {
    const [a] = articles(page('城市书房开到家门口', '■ 王小明', '第一段。', '①书房', '第二段。', '图为市民在读书', '第三段。'));
    expect(kinds(a!)).toEqual(['p:第一段。', 'h:①书房', 'p:第二段。', 'f:图为市民在读书|', 'p:第三段。']);
  });

  it('lets a marked kicker take one unmarked headline, not more', () => {
    const { items } = parse(page('#引 引题', '主题', '另一行', '■ 王小明', '正文。'));
    expect(items.map((i) => (i.type === 'article' ? [i.type, i.article.kicker, i.article.headline] : [i.type, i.item.kicker, i.item.headline]))).toEqual([
      ['headline-only', '引题', '主题'],
      ['article', undefined, '另一行'],
    ]);
  });

  it('does not warn about the order of three title lines the desk marked', () => {
    expect(parse(page('#引 引题', '# 主题', '#副 副题', '■ 王小明', '正文。')).warnings).toEqual([]);
  });

  it('warns about a Latin join only when both sides are Latin', () => {
    const w = (a: string, b: string) => parse(page('城市书房开到家门口', '■ 王小明', `${'很长的一段文字'.repeat(5)}${a}`, `${b}结束。`)).warnings.map((x) => x.text);
    expect(w('AI', 'Agent').some((t) => t.includes('without a space between Latin letters'))).toBe(true);
    expect(w('AI', '的').some((t) => t.includes('Latin'))).toBe(false);
    expect(w('的', 'AI').some((t) => t.includes('Latin'))).toBe(false);
  });
});

describe('weak new items, said so', () => {
  it('names a two-line group with nothing below to confirm it', () => {
    const parsed = parse(page('城市书房开到家门口', '■ 王小明', '第一段。', '乡村公交', '通到村口', '正文。'));
    expect(parsed.warnings.map(formatWarning)).toContain('line 7: “乡村公交 / 通到村口” read as a new article’s headline group, with no byline or dateline below it (weak signal)');
  });

  it('names a line too long for a subhead in an unsigned article', () => {
    const long = '乡村公交通到村口乡村公交通到村口乡村公交通到村口乡村公交通到村口';
    const parsed = parse(page('城市书房开到家门口', '第一段。', long, '正文。'));
    expect(parsed.warnings.map(formatWarning)).toContain(`line 5: “${long}” read as a new article’s headline (too long for a subhead), with no byline or dateline below it (weak signal)`);
  });
});
