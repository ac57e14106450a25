/** The conventions of many papers, one test per reported misreading (each failed on the byline-anchored parser). */
import { describe, expect, it } from 'vitest';
import { parseBylineLine, inlineByline } from '../../../src/lib/ingest/byline.ts';
import { toBlocks } from '../../../src/lib/ingest/blocks.ts';
import { splitCredit } from '../../../src/lib/ingest/credit.ts';
import { headerFields } from '../../../src/lib/ingest/header.ts';
import { editionIdFor, formatWarning, ingestPage } from '../../../src/lib/ingest/index.ts';
import type { ParsedArticle } from '../../../src/lib/ingest/model.ts';
import { parsePage } from '../../../src/lib/ingest/structure.ts';
import { encode, page } from '../../support/pages.ts';

const parse = (text: string) => parsePage(toBlocks(text), 'p.txt');
const articles = (text: string): ParsedArticle[] => parse(text).items.flatMap((item) => (item.type === 'article' ? [item.article] : []));
const NOTHING = { articles: [], editions: [] };

describe('article boundaries from headline groups', () => {
  it('does not fold an article without a byline into the one above', () => {
    const found = articles(page('城市书房开到家门口', '■ 王小明', '第一段。', '第二段。', '乡村公交通到村口', '本报讯 昨天，新线路开通。'));
    expect(found.map((a) => a.headline)).toEqual(['城市书房开到家门口', '乡村公交通到村口']);
    expect(found[1]!.body).toHaveLength(1);
  });

  it('reads headlines ending in ？ ！ and …… on one- and two-article pages', () => {
    expect(articles(page('谁来当新村官？', '■ 王小明', '第一段。')).map((a) => a.headline)).toEqual(['谁来当新村官？']);
    const two = articles(page('春天来了！', '■ 王小明', '第一段。', '为何如此', '第二段。', '等待花开……', '■ 李四', '正文。'));
    expect(two.map((a) => a.headline)).toEqual(['春天来了！', '等待花开……']);
    expect(two[0]!.body.map((n) => n.kind)).toEqual(['paragraph', 'subhead', 'paragraph']);
  });

  it('keeps a standfirst split by a page break above the byline out of the headline', () => {
    const [article] = articles(page('拱墅开局', '3月1日，杭州市拱墅区第一届人民代表大会第五次', '', '', '会议上发布区政府工作报告。', '■ 詹丽华', '正文。'));
    expect(article!.headline).toBe('拱墅开局');
    expect(article!.standfirst.map((p) => p.text)).toEqual(['3月1日，杭州市拱墅区第一届人民代表大会第五次会议上发布区政府工作报告。']);
  });

  it('takes a page header for the edition, not for a headline', () => {
    const parsed = parse(page('嘉兴日报', '2026年3月5日 星期四', '第13版：秀洲新闻', '城市书房开到家门口', '■ 王小明', '第一段。'));
    expect(parsed.header).toEqual({ paper: '嘉兴日报', date: '2026-03-05', page: '13', section: '秀洲新闻' });
    expect(articles(page('第13版：秀洲新闻', '城市书房开到家门口', '■ 王小明', '第一段。'))[0]!.headline).toBe('城市书房开到家门口');
  });

  it('keeps jump lines out of the body and records them', () => {
    const [article] = articles(page('城市书房开到家门口', '■ 王小明', '第一段。', '第二段写到版面底部。（下转第5版）'));
    expect(article!.continuesOn).toBe('5');
    expect(article!.body.at(-1)).toEqual({ kind: 'paragraph', text: '第二段写到版面底部。', lines: [7] });
  });
});

describe('bylines in every common form', () => {
  it.each([
    ['本报记者 张三 通讯员 李四', ['张三', '李四']],
    ['■摄影 记者 王 蓉', ['王蓉']],
    ['■ 记者 王　蓉 李小明', ['王蓉', '李小明']],
    ['文/张三 图/李四', ['张三', '李四']],
    ['——记者 张三', ['张三']],
    ['人民日报记者 张三', ['张三']],
    ['本报评论员', []],
    ['（记者 张三）', ['张三']],
  ])('%s → %j', (line, authors) => expect(parseBylineLine(line)?.authors).toEqual(authors));

  it('does not take a subtitle, a headline or a sentence for a byline', () => {
    for (const line of ['——访宿迁日报总编辑吴中卫', '记者节里话记者', '春耕 备耕', '他是一名记者。']) expect(parseBylineLine(line), line).toBeUndefined();
  });

  it('reads inline bylines in datelines, keeping the dateline in the text', () => {
    expect(inlineByline('本报讯（记者 张三 通讯员 李四）昨天，……')?.authors).toEqual(['张三', '李四']);
    expect(inlineByline('新华社北京3月5日电（记者张三、李四）国务院……')?.authors).toEqual(['张三', '李四']);
    const [article] = articles(page('城市书房开到家门口', '本报讯（记者 张三）昨天，书房开门。'));
    expect(article!.authors).toEqual(['张三']);
    expect(article!.body).toEqual([{ kind: 'paragraph', text: '本报讯（记者 张三）昨天，书房开门。', lines: [3] }]);
  });
});

describe('captions and credits', () => {
  it.each([
    ['市民在书房里读书。 张三 摄', '市民在书房里读书。', '张三 摄'],
    ['市民在书房里读书。（张三 摄）', '市民在书房里读书。', '（张三 摄）'],
    ['市民在书房里读书。本报记者 张三 摄', '市民在书房里读书。', '本报记者 张三 摄'],
    ['工作人员走访农户。 图片由某银行提供', '工作人员走访农户。', '图片由某银行提供'],
  ])('%s', (line, caption, credit) => expect(splitCredit(line)).toEqual({ caption, credit }));

  it('does not glue a credited caption into the next paragraph', () => {
    const [article] = articles(page('城市书房开到家门口', '■ 王小明', '第一段。', '市民在书房里读书。 张三 摄', '第二段。'));
    expect(article!.body.map((n) => n.kind)).toEqual(['paragraph', 'figure', 'paragraph']);
    expect(article!.authors).toEqual(['王小明']);
  });

  it('does not take running text ending in 摄 for a credit', () => expect(splitCredit('这张照片是他在山顶拍摄')).toBeUndefined());
});

describe('the edition and its files', () => {
  it('writes dates the site reads back as text, and refuses a day that does not exist', () => {
    const result = ingestPage({ file: 'p.txt', bytes: encode(page('城市书房开到家门口', '■ 王小明', '第一段。')), published: NOTHING, date: '2026-03-05' });
    expect(String(result.files.find((f) => f.path === 'editions/p.yaml')!.content)).toContain('date: "2026-03-05"\n');
    expect(() => ingestPage({ file: 'p.txt', bytes: encode('x'), published: NOTHING, date: '2026-13-45' })).toThrow('--date must be a real day');
  });

  it('names the edition from the header date and page, whatever the file is called', () => {
    const text = page('第3版：要闻', '2026年3月5日', '城市书房开到家门口', '■ 王小明', '第一段。');
    for (const file of ['2026-03-05-A3.txt', '2026-03-05 a3.TXT', '任意.txt']) expect(ingestPage({ file, bytes: encode(text), published: NOTHING }).report.edition).toBe('2026-03-05-3');
  });

  it('refuses a different page under an existing id unless --replace', () => {
    const first = page('第3版：要闻', '2026年3月5日', '城市书房开到家门口', '■ 王小明', '第一段。');
    const other = page('第3版：要闻', '2026年3月5日', '乡村公交通到村口', '■ 李四', '第一段。');
    const published = { articles: [], editions: [{ id: '2026-03-05-3', sequence: 1, sourceDigest: ingestDigest(first) }] };
    expect(ingestPage({ file: 'a.txt', bytes: encode(first), published }).report.edition).toBe('2026-03-05-3');
    expect(() => ingestPage({ file: 'b.txt', bytes: encode(other), published })).toThrow('edition 2026-03-05-3 already exists');
    expect(ingestPage({ file: 'b.txt', bytes: encode(other), published, replace: true }).report.articles[0]!.headline).toBe('乡村公交通到村口');
  });

  it('spells Chinese file names in full, so pages differing at the end do not collide', () => {
    expect(editionIdFor('嘉兴日报2026年3月5日第13版秀洲新闻.txt')).not.toBe(editionIdFor('嘉兴日报2026年3月5日第13版南湖新闻.txt'));
  });

  it('warns at ingest about headline characters the preview image has no font for', () => {
    const { report } = ingestPage({ file: 'p.txt', bytes: encode(page('城市书房\u{10FFFD}开到家门口', '■ 王小明', '第一段。')), published: NOTHING });
    expect(report.warnings.map(formatWarning).join('\n')).toContain('has no font for “\u{10FFFD}” U+10FFFD in its headline');
  });

  it('obeys desk marks and strips them', () => {
    const [article] = articles(page('# 城市书房', '#副 开到家门口', '■ 王小明', '#图 市民在读书', '#段 短', '## 小标题', '正文。'));
    expect([article!.headline, article!.subtitle]).toEqual(['城市书房', '开到家门口']);
    expect(article!.body.map((n) => [n.kind, n.kind === 'figure' ? n.caption : 'text' in n ? n.text : ''])).toEqual([
      ['figure', '市民在读书'],
      ['paragraph', '短'],
      ['subhead', '小标题'],
      ['paragraph', '正文。'],
    ]);
  });

  it('reads header fields only from lines that are wholly header', () => {
    expect(headerFields('第13版：秀洲新闻')).toEqual({ page: '13', section: '秀洲新闻' });
    expect(headerFields('第13版的新闻很精彩')).toBeUndefined();
  });
});

function ingestDigest(text: string): string {
  return ingestPage({ file: 'x.txt', bytes: encode(text), published: NOTHING }).files.length > 0 ? digestOf(text) : '';
}
import { digest } from '../../../src/lib/ingest/index.ts';
function digestOf(text: string): string {
  return digest(encode(text));
}
