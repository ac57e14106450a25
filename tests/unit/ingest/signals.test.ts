/** The page's signals one by one: each rule decides at least one case here. */
import { describe, expect, it } from 'vitest';
import { inlineByline, namesIn, parseBylineLine, startsWithDateline } from '../../../src/lib/ingest/byline.ts';
import { photographersIn, splitCredit, startsCaption } from '../../../src/lib/ingest/credit.ts';
import { editionTitle, headerFields, isFurniture, isoDate, isValidIsoDate } from '../../../src/lib/ingest/header.ts';
import { readMarkup } from '../../../src/lib/ingest/markup.ts';
import { endsSentence, findJump, isLabelLine, isNumberedSubhead, isSubheadLike, isTitleLike, opensWithDash } from '../../../src/lib/ingest/signals.ts';

describe('sentence ends and title lines', () => {
  it.each([
    ['好。', true],
    ['好！”', true],
    ['好？', true],
    ['还有……', true],
    ['全文完（记者 张三）', true],
    ['（吕劲）?', true],
    ['破解发', false],
    ['第一块，', false],
  ])('endsSentence(%s) is %s', (text, expected) => expect(endsSentence(text)).toBe(expected));

  it.each([
    ['拱墅开局：以实干争先，以创新致远', true],
    ['谁来当新村官？', true],
    ['等待花开……', true],
    ['第一段。', false],
    ['一，二，三，四', false],
    ['他问：行吗？我说', false],
    ['这块大煤田(前误为一百二十平方公', false],
    ['，并要求波黑冲突3方', false],
    ['时间：3月6日上午', false],
    ['破解发展瓶颈、', false],
    ['长'.repeat(51), false],
    ['长'.repeat(50), true],
  ])('isTitleLike(%s) is %s', (text, expected) => expect(isTitleLike(text)).toBe(expected));

  it('tells subheads by length and clause marks, and numbered ones by their number', () => {
    expect(isSubheadLike('为何如此定策')).toBe(true);
    expect(isSubheadLike('长'.repeat(30))).toBe(true);
    expect(isSubheadLike('长'.repeat(31))).toBe(false);
    expect(isSubheadLike('这是被分开的一段话，破解发')).toBe(false);
    expect(isSubheadLike('一句；两句')).toBe(false);
    for (const numbered of ['一、坚持项目为王', '（二）抓落实', '3.数字赋能', '①第一条', '第二部分 展望']) expect(isNumberedSubhead(numbered), numbered).toBe(true);
    expect(isNumberedSubhead('为何如此定策')).toBe(false);
    expect(isNumberedSubhead('2026年的春天')).toBe(false);
  });

  it('reads dash-led subtitles and labelled lines', () => {
    expect(opensWithDash('——记南湖畔的一天')).toBe(true);
    expect(opensWithDash('—记一天')).toBe(true);
    expect(opensWithDash('记南湖畔的一天')).toBe(false);
    expect(isLabelLine('地点：胜利南路天桥下')).toBe(true);
    expect(isLabelLine('地点胜利南路')).toBe(false);
    expect(isLabelLine(`时间：${'长'.repeat(50)}`)).toBe(false);
  });
});

describe('jump lines', () => {
  it.each([
    ['（下转第5版）', { direction: 'continues', page: '5', text: '（下转第5版）', before: '' }],
    ['下转第A3版', { direction: 'continues', page: 'A3', text: '下转第A3版', before: '' }],
    ['（上接第一版）', { direction: 'continued', page: '一', text: '（上接第一版）', before: '' }],
    ['（转第２版）', { direction: 'continues', page: '2', text: '（转第２版）', before: '' }],
    ['发展。（下转第5版）', { direction: 'continues', page: '5', text: '（下转第5版）', before: '发展。' }],
  ])('%s', (text, expected) => expect(findJump(text)).toEqual(expected));

  it('needs brackets for a jump inside running text, and a page', () => {
    expect(findJump('文章下转第5版')).toBeUndefined();
    expect(findJump('下转')).toBeUndefined();
  });
});

describe('bylines', () => {
  it('reads names with and without role words, and joins spaced two-character names', () => {
    expect(namesIn('张三 李四', { roleRequired: false })).toEqual(['张三', '李四']);
    expect(namesIn('张三 李四', { roleRequired: true })).toBeUndefined();
    expect(namesIn('本报记者张三', { roleRequired: true })).toEqual(['张三']);
    expect(namesIn('记者 王 蓉', { roleRequired: true })).toEqual(['王蓉']);
    expect(namesIn('记者 王 蓉 李', { roleRequired: true })).toBeUndefined();
    expect(namesIn('记者 王 123', { roleRequired: true })).toBeUndefined();
    expect(namesIn('记者 阿不都·热合曼', { roleRequired: true })).toEqual(['阿不都·热合曼']);
    expect(namesIn('张三摄', { roleRequired: false })).toEqual(['张三']);
    expect(namesIn('记者 张三报道', { roleRequired: true })).toEqual(['张三']);
    expect(namesIn('(《新华每日电讯》2.22 吴晓颖)'.slice(1, -1), { roleRequired: true })).toEqual(['吴晓颖']);
    expect(namesIn('这是一个很长的句子', { roleRequired: false })).toBeUndefined();
    expect(namesIn('', { roleRequired: false })).toBeUndefined();
    expect(namesIn(Array.from({ length: 13 }, () => '张三').join(' '), { roleRequired: false })).toBeUndefined();
  });

  it('keeps the printed byline without its mark, and marks a closing one', () => {
    expect(parseBylineLine('■ 詹丽华 柳景春')).toEqual({ byline: '詹丽华 柳景春', authors: ['詹丽华', '柳景春'] });
    expect(parseBylineLine('——记者 张三')).toEqual({ byline: '记者 张三', authors: ['张三'] });
    expect(parseBylineLine('（记者 张三）')).toEqual({ byline: '（记者 张三）', authors: ['张三'], closing: true });
    expect(parseBylineLine('■ 张三'.padEnd(60, '三'))).toBeUndefined();
    expect(parseBylineLine('■')).toBeUndefined();
    expect(parseBylineLine('■ “张三”')).toBeUndefined();
    expect(parseBylineLine('记者 《张三》')).toBeUndefined();
  });

  it('finds datelines and the names in them', () => {
    for (const line of ['本报讯 昨天', '本报杭州3月5日讯（记者 张三）', '新华社北京3月5日电', '据新华社贝尔格莱德2月14日电', '【新华社重庆十四日电】', '美联社报道，', '路透社十一日报道,'])
      expect(startsWithDateline(line), line).toBe(true);
    for (const line of ['记者了解到', '本报记者 张三', '据了解，']) expect(startsWithDateline(line), line).toBe(false);
    expect(inlineByline('本报北京3月4日电 记者王珂报道：今天')?.authors).toEqual(['王珂']);
    expect(inlineByline('（记者 张三）今天')?.authors).toEqual(['张三']);
    expect(inlineByline('本报讯（昨天下午）会议召开')).toBeUndefined();
    expect(inlineByline('今天，记者张三报道：')).toBeUndefined();
    expect(inlineByline('本报讯 昨天下午')).toBeUndefined();
  });
});

describe('captions and credits', () => {
  it.each([
    ['图片由拱墅区委宣传部提供', { credit: '图片由拱墅区委宣传部提供' }],
    ['（新华社发）', { credit: '（新华社发）' }],
    ['资料图片', { credit: '资料图片' }],
    ['图为游客。 资料图片', { caption: '图为游客。', credit: '资料图片' }],
    ['市民赏花。 受访者供图', { caption: '市民赏花。', credit: '受访者供图' }],
    ['市民赏花。 图片来源：视觉中国', { caption: '市民赏花。', credit: '图片来源：视觉中国' }],
    ['市民赏花。③2 王俊祥 摄', { caption: '市民赏花。', credit: '③2 王俊祥 摄' }],
    ['游客在赏花（图片由景区提供）', { caption: '游客在赏花', credit: '（图片由景区提供）' }],
    ['本版插画<周希昀 设计<王超', { credit: '本版插画<周希昀 设计<王超' }],
    ['杨建正 摄影报道', { credit: '杨建正 摄影报道' }],
  ])('%s', (line, expected) => expect(splitCredit(line)).toEqual(expected));

  it('leaves running text alone', () => {
    for (const line of ['数据（由统计局提供）', '他说要提供帮助。', '游客赏花摄', '长'.repeat(601) + ' 张三 摄']) expect(splitCredit(line), line).toBeUndefined();
  });

  it('knows caption openings and photographers', () => {
    for (const line of ['图为市民在读书', '上图：雪景', '图①：雪景', '图：雪景']) expect(startsCaption(line), line).toBe(true);
    expect(startsCaption('图书馆开门了')).toBe(false);
    expect(photographersIn('（新华社记者 张三 摄）')).toEqual(['张三']);
    expect(photographersIn('图片由某某提供')).toEqual([]);
    expect(photographersIn('③2 王俊祥 摄')).toEqual(['王俊祥']);
  });
});

describe('the page header', () => {
  it.each([
    ['2026年3月5日 星期四', { date: '2026-03-05' }],
    ['二〇二六年三月五日', { date: '2026-03-05' }],
    ['一九八七年十二月二十一日', { date: '1987-12-21' }],
    ['2026-03-05', { date: '2026-03-05' }],
    ['1957年7月20日人民日报 第3版', { date: '1957-07-20', paper: '人民日报', page: '3' }],
    ['《 文摘报 》( 2013年03月02日   06 版)', { date: '2013-03-02', paper: '文摘报', page: '06' }],
    ['第A03版：要闻', { page: 'A03', section: '要闻' }],
    ['第03版:要 闻', { page: '03', section: '要 闻' }],
    ['a0002版:城事', { page: 'a0002', section: '城事' }],
    ['当前版:03版', { page: '03' }],
    ['发布日期:2015年01月22日', { date: '2015-01-22' }],
    ['嘉兴日报', { paper: '嘉兴日报' }],
    ['参考消息', { paper: '参考消息' }],
    ['2026年3月5日 星期四 农历正月十七', { date: '2026-03-05' }],
  ])('%s', (line, fields) => expect(headerFields(line)).toEqual(fields));

  it('takes nothing that is not wholly header, and no day that does not exist', () => {
    for (const line of ['喜报', '城市书房开到家门口', '2026年2月30日', '2026年3月5日，会议召开。', '长'.repeat(61)]) expect(headerFields(line), line).toBeUndefined();
  });

  it('knows furniture, dates and edition names', () => {
    expect(isFurniture('责任编辑：张三')).toBe(true);
    expect(isFurniture('编辑部的故事')).toBe(false);
    expect(isoDate(2024, 2, 29)).toBe('2024-02-29');
    expect(isoDate(2023, 2, 29)).toBeUndefined();
    expect(isoDate(1799, 1, 1)).toBeUndefined();
    expect(isValidIsoDate('2026-03-05')).toBe(true);
    expect(isValidIsoDate('2026-3-5')).toBe(false);
    expect(editionTitle({ date: '2026-03-05', page: '13', section: '秀洲新闻' })).toBe('2026年3月5日 第13版 秀洲新闻');
    expect(editionTitle({ section: '要闻' })).toBe('要闻');
    expect(editionTitle({})).toBeUndefined();
  });
});

describe('desk marks', () => {
  it.each([
    ['# 标题', { forced: 'headline', text: '标题' }],
    ['#引 引题', { forced: 'kicker', text: '引题' }],
    ['#副 副题', { forced: 'subtitle', text: '副题' }],
    ['## 小标题', { forced: 'subhead', text: '小标题' }],
    ['#图 说明', { forced: 'caption', text: '说明' }],
    ['#段 段落', { forced: 'paragraph', text: '段落' }],
    ['#续 后半', { forced: 'continuation', text: '后半' }],
  ])('%s', (line, expected) => expect(readMarkup(line)).toEqual(expected));

  it('never reads printed text as a mark', () => {
    for (const line of ['#话题#', '#', '# ', '图：说明', '## ']) expect(readMarkup(line), line).toBeUndefined();
  });
});

describe('byline edge cases', () => {
  it.each([
    ['—— 记者 张三', ['张三']],
    ['--记者 张三', ['张三']],
    ['(记者 张三)', ['张三']],
    ['记者王 蓉', ['王蓉']],
    ['本报记者', []],
    ['记者 张三摄', ['张三']],
    ['记者 张三、李四，王五；赵六', ['张三', '李四', '王五', '赵六']],
    ['文｜张三 图｜李四', ['张三', '李四']],
    ['特约评论员 张三', ['张三']],
  ])('%s → %j', (line, authors) => expect(parseBylineLine(line)?.authors).toEqual(authors));

  it('takes up to twelve tokens, not thirteen', () => {
    const names = ['张一', '张二', '张三', '张四', '张五', '张六', '张七', '张八', '张九', '张十', '李一', '李二', '李三'];
    expect(namesIn(`记者 ${names.slice(0, 11).join(' ')}`, { roleRequired: true })).toHaveLength(11);
    expect(namesIn(`记者 ${names.slice(0, 12).join(' ')}`, { roleRequired: true })).toBeUndefined();
  });

  it('keeps a byline of 48 characters and refuses a longer line', () => {
    const names = Array.from({ length: 9 }, () => '欧阳明明').join(' ');
    expect(`■记者 ${names}`).toHaveLength(48);
    expect(parseBylineLine(`■记者 ${names}`)?.authors).toHaveLength(9);
    expect(parseBylineLine(`■ 记者 ${names}`)).toBeUndefined();
  });

  it('reads only a dateline at the paragraph’s very start', () => {
    expect(startsWithDateline('昨天，本报讯')).toBe(false);
    expect(startsWithDateline(`${'很'.repeat(40)}本报讯`)).toBe(false);
    expect(inlineByline(`本报讯（记者 张三）${'文'.repeat(200)}`)?.byline).toBe('记者 张三');
    expect(inlineByline('本报北京3月4日电 记者王珂 李四报道：今天')).toEqual({ byline: '记者王珂 李四', authors: ['王珂', '李四'] });
    expect(inlineByline('（张三）今天')).toBeUndefined();
    expect(inlineByline('本报讯（记者）今天')).toBeUndefined();
    expect(inlineByline('本报北京3月4日电 记者报道：今天')).toBeUndefined();
    expect(inlineByline(`本报讯（记者 张三）${'长'.repeat(5000)}`)?.authors).toEqual(['张三']);
  });
});

describe('credit edge cases', () => {
  it('reads a credit only at the line’s end, and only after a space or a sentence end unless bracketed', () => {
    expect(splitCredit('张三 摄的照片很美。')).toBeUndefined();
    expect(splitCredit('游客赏花。张三 摄')).toEqual({ caption: '游客赏花。', credit: '张三 摄' });
    expect(splitCredit('游客赏花（张三 摄）')).toEqual({ caption: '游客赏花', credit: '（张三 摄）' });
    expect(splitCredit('游客赏花图片由景区提供')).toEqual({ caption: '游客赏花', credit: '图片由景区提供' });
    expect(splitCredit('新华社发')).toEqual({ credit: '新华社发' });
    expect(splitCredit('游客们在资料图片')).toBeUndefined();
    expect(splitCredit('插画 周希昀')).toEqual({ credit: '插画 周希昀' });
    expect(splitCredit('他画了插画')).toBeUndefined();
  });

  it('reads a credit at the end of a long caption, up to 600 characters', () => {
    const caption = `${'游'.repeat(590)}。`;
    expect(splitCredit(`${caption} 张三 摄`)).toEqual({ caption, credit: '张三 摄' });
  });
});

describe('credits, solid and spaced', () => {
  it.each([
    ['张三摄', { credit: '张三摄' }],
    ['新华社记者张三摄', { credit: '新华社记者张三摄' }],
    ['春节联欢摄', undefined],
    ['游客赏花。③ 王俊祥 摄', { caption: '游客赏花。', credit: '③ 王俊祥 摄' }],
    ['游客赏花。 张三 摄影', { caption: '游客赏花。', credit: '张三 摄影' }],
    ['游客赏花（张三 供图）', { caption: '游客赏花', credit: '（张三 供图）' }],
    ['“好！” 张三 摄', { caption: '“好！”', credit: '张三 摄' }],
  ])('%s', (line, expected) => expect(splitCredit(line)).toEqual(expected));

  it('names photographers only in 摄 credits, however written', () => {
    expect(photographersIn('（张三摄）')).toEqual(['张三']);
    expect(photographersIn('(张三 李四 摄影)')).toEqual(['张三', '李四']);
    expect(photographersIn('③ 王俊祥 摄')).toEqual(['王俊祥']);
    for (const credit of ['资料图片', '新华社发', '受访者供图', '张三 摄于西湖']) expect(photographersIn(credit), credit).toEqual([]);
  });

  it('reads lines of up to 600 characters for a credit, and no longer ones', () => {
    const at = (length: number) => `${'游'.repeat(length - 5)}。张三 摄`;
    expect(splitCredit(at(600))?.credit).toBe('张三 摄');
    expect(splitCredit(at(601))).toBeUndefined();
    expect(startsCaption(`图为${'游'.repeat(598)}`)).toBe(true);
    expect(startsCaption(`图为${'游'.repeat(599)}`)).toBe(false);
  });
});
