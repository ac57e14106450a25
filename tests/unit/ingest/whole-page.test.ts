/**
 * Two constructed pages that use most of ingest's rules at once, read in full:
 * items, header, furniture, joins, every warning and whether it is weak. The
 * expected readings (whole-page.expected.json) were checked line by line by hand.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toBlocks } from '../../../src/lib/ingest/blocks.ts';
import { ingestPage } from '../../../src/lib/ingest/index.ts';
import { formatReport } from '../../../src/lib/ingest/report.ts';
import { parsePage } from '../../../src/lib/ingest/structure.ts';
import { WIDE, encode, page } from '../../support/pages.ts';

const expected = JSON.parse(readFileSync(new URL('./whole-page.expected.json', import.meta.url), 'utf8')) as Record<'one' | 'two', unknown>;
const read = (text: string) => JSON.parse(JSON.stringify(parsePage(toBlocks(text), 'p.txt'))) as unknown;

describe('a whole page, read in full', () => {
  it('a signed feature with header, kicker, standfirst, spaced name, split, subhead, credited caption and jump; a dated item with a numbered subhead; furniture; a headline without body', () => {
    const one = page('嘉兴日报', '2026年3月5日 星期四', '第13版：秀洲新闻', '书香秀洲', '城市书房开到家门口', '导语第一段。', '■ 本报记者 王 蓉 通讯员 李四', '第一段，被分', '开了。', '为何如此', '第二段。', WIDE, '市民在书房里读书。 张三 摄', '第三段写到这里。（下转第5版）', '乡村公交通到村口', '本报讯（记者 赵六）昨天，新线路开通。', '一、线路', '第一条线路开通。', '（下转第6版）', '责任编辑：钱七', '垃圾分类', '让城市“轻”下来');
    expect(read(one)).toEqual(expected.one);
  });

  it('unplaced lines, a four-line title run, three title lines, a Latin join, a caption inside a split, a desk continuation, photo captions, and a caption with a late byline folded into the article', () => {
    const two = page('本版导读：今日共四篇。', '专题', '嘉兴南湖', '红船精神照亮新征程', '记南湖畔的一天', '■ 李华', '第一段很长很长很长很长很长很长很长很长很长很长很长很长很长很长写到AI', 'Agent的时代。', '第二段讲到这些', WIDE, '工人在车间里忙碌。', '都是根基。', '#续 后来又补了一句。', '春光里的南湖', '游客在湖边赏花。 新华社记者 张三 摄', '市民在湖边散步。（李四 摄）', '短讯一则', '今天天气晴。', '余姚市党政代表团', '■记者 冯思家');
    expect(read(two)).toEqual(expected.two);
  });
});

describe('a whole page, ingested', () => {
  it('writes exactly the articles, the edition record and the report checked by hand', () => {
    const one = page('嘉兴日报', '2026年3月5日 星期四', '第13版：秀洲新闻', '书香秀洲', '城市书房开到家门口', '导语第一段。', '■ 本报记者 王 蓉 通讯员 李四', '第一段，被分', '开了。', '为何如此', '第二段。', WIDE, '市民在书房里读书。 张三 摄', '第三段写到这里。（下转第5版）', '乡村公交通到村口', '本报讯（记者 赵六）昨天，新线路开通。', '一、线路', '第一条线路开通。', '（下转第6版）', '责任编辑：钱七', '垃圾分类', '让城市“轻”下来');
    const result = ingestPage({ file: 'pages/jx-13.txt', bytes: encode(one), published: { articles: [], editions: [{ id: 'old', sequence: 7 }] } });
    const written = result.files.flatMap((f) => (typeof f.content === 'string' ? [`=== ${f.path}\n${f.content}`] : []));
    expect(`${[...written, formatReport(result.report, 'done')].join('\n')}\n`).toBe(readFileSync(new URL('./whole-page.ingest.expected.txt', import.meta.url), 'utf8'));
    expect(result.files.at(-1)).toEqual({ path: 'source/2026-03-05-13.txt', content: encode(one) });
  });
});

describe('a page of edge cases, ingested', () => {
  it('writes subtitles, symbol headlines and subheads, a repeated headline, and a jumping headline without body exactly as checked by hand', () => {
    const text = page('本版导读：今日三篇。', '城市书房开到家门口', '——记一座城的书房', '■ 王小明', '第一段。', '★★', '第二段。', '城市书房开到家门口', '■ 李四', '另一篇。', '☆☆☆', '■ 赵六', '第三篇。', '垃圾分类', '让城市“轻”下来', '——分类之后', '（下转第5版）');
    const result = ingestPage({ file: 'extras.txt', bytes: encode(text), published: { articles: [], editions: [] } });
    const written = result.files.flatMap((f) => (typeof f.content === 'string' ? [`=== ${f.path}\n${f.content}`] : []));
    expect(`${[...written, formatReport(result.report, 'done')].join('\n')}\n`).toBe(readFileSync(new URL('./whole-page.extras.expected.txt', import.meta.url), 'utf8'));
  });
});
