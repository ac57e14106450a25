import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readMdxBody, splitMdx } from '../../../src/lib/ingest/mdx.ts';
import { cardinal, speakable } from '../../../src/lib/listen/speakable.ts';
import { corpusPages } from '../../support/corpus.ts';
import { projectRoot } from '../../support/paths.ts';

describe('speakable: numbers, dates and abbreviations as a newsreader says them', () => {
  it.each([
    ['地区生产总值增长5%左右', '地区生产总值增长百分之五左右'],
    ['以56.9%的增速', '以百分之五十六点九的增速'],
    ['部分社区甚至高达80%。', '部分社区甚至高达百分之八十。'],
    ['满意率达100%', '满意率达百分之百'],
    ['增长5%—8%', '增长百分之五至百分之八'],
    ['增长5—8%', '增长百分之五至百分之八'],
    ['2026年的春天', '二〇二六年的春天'],
    ['2021—2025年', '二〇二一至二〇二五年'],
    ['截至2026年2月末', '截至二〇二六年二月末'],
    ['3月1日，', '三月一日，'],
    ['预计2年后即可', '预计两年后即可'],
    ['贷款2亿元', '贷款两亿元'],
    ['第2版', '第二版'],
    ['企业超2.3万户', '企业超二点三万户'],
    ['近10万常住人口', '近十万常住人口'],
    ['国家高新技术企业803家', '国家高新技术企业八百零三家'],
    ['2660家', '两千六百六十家'],
    ['2888套', '两千八百八十八套'],
    ['140亿元', '一百四十亿元'],
    ['16聚善日', '十六聚善日'],
    ['1,000人', '一千人'],
    ['上午9:30开始', '上午九点三十分开始'],
    ['5—8天', '五至八天'],
    ['“1+4”主导产业', '“一加四”主导产业'],
    ['“5+X”新兴未来产业集群', '“五加X”新兴未来产业集群'],
    ['“115X”先进制造业集群', '“一一五X”先进制造业集群'],
    ['武林CBD连续三年', '武林C B D连续三年'],
    ['发展AI产业', '发展A I产业'],
    ['热线0573-82123456', '热线〇五七三至八二一二三四五六'],
    ['ＣＢＤ与２０２６年', 'C B D与二〇二六年'],
    ['气温-3℃', '气温-三摄氏度'],
    ['1992-10-13', '一九九二年十月十三日'],
    ['2012.6.26出版', '二〇一二年六月二十六日出版'],
    ['3月02日', '三月二日'],
    ['第03版', '第三版'],
    ['2吨蘑菇', '两吨蘑菇'],
  ])('%s → %s', (printed, spoken) => {
    expect(speakable(printed)).toBe(spoken);
  });

  it('writes the characters it adds in Traditional forms for a Traditional page', () => {
    expect(speakable('2.3萬戶，2億元，10万', { traditional: true })).toBe('二點三萬戶，兩億元，十萬');
  });

  it.each([
    ['0', '零'],
    ['10', '十'],
    ['15', '十五'],
    ['110', '一百一十'],
    ['1005', '一千零五'],
    ['10001', '一万零一'],
    ['12000', '一万两千'],
    ['100200', '十万零二百'],
    ['1000000', '一百万'],
    ['300000000', '三亿'],
    ['200000000', '两亿'],
    ['120050000', '一亿两千零五万'],
  ])('cardinal %s → %s', (digits, words) => {
    expect(cardinal(digits)).toBe(words);
  });
});

/** Every paragraph, subhead and headline line of the project's real articles. */
function realTexts(): { file: string; text: string }[] {
  const dir = join(projectRoot, 'content/articles');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .flatMap((name) => {
      const { data, blocks } = splitMdx(readFileSync(join(dir, name), 'utf8'), name);
      const head = [data.kicker, data.headline, data.subtitle, ...((data.standfirst as string[] | undefined) ?? [])].filter((text): text is string => typeof text === 'string');
      const body = readMdxBody(blocks.join('\n'), name).flatMap((block) => ('text' in block ? [block.text] : []));
      return [...head, ...body].map((text) => ({ file: name, text }));
    });
}

describe('speakable on the real articles', () => {
  const texts = realTexts();
  it('reads every paragraph of the three articles', () => {
    expect(new Set(texts.map((t) => t.file)).size).toBe(3);
    expect(texts.length).toBeGreaterThan(40);
  });

  it.each(texts.map(({ file, text }, index) => ({ name: `${file} #${index}: ${text.slice(0, 16)}`, text })))('$name', ({ text }) => {
    expect(problemsIn(text)).toEqual([]);
    // A paragraph with nothing to rewrite is given to the voice exactly as printed.
    if (!/[\dA-Za-z%+]/u.test(text)) expect(speakable(text)).toBe(text.trim());
  });
});

/**
 * What is wrong with the text a voice is given for a printed text: a digit or
 * a run of two to four capitals left (a voice would read it as printed), or
 * a stretch of the printed text without digits or Latin letters lost or out of order.
 */
function problemsIn(text: string): string[] {
  const spoken = speakable(text);
  const problems = [...spoken.matchAll(/.{0,6}(?:\d|(?<![A-Za-z])[A-Z]{2,4}(?![A-Za-z])).{0,6}/gu)].map((left) => `left as printed: ${left[0]}`);
  let from = 0;
  for (const stretch of text.split(/[\s\dA-Za-z%.,:+\-—–~]+/u).filter((s) => s !== '')) {
    const at = spoken.indexOf(stretch, from);
    if (at < from) problems.push(`lost or moved: ${stretch}`);
    else from = at + stretch.length;
  }
  return problems;
}

/** Every printed text of the hand-made readings of the real-page corpus (19 papers, 1951–2026). */
function corpusTexts(): string[] {
  const seen = new Set<string>();
  for (const { reading } of corpusPages()) {
    for (const item of reading.items) {
      for (const text of [item.kicker, item.headline, item.subtitle, ...(item.standfirst ?? []), ...(item.body ?? []).map((node) => ('p' in node ? node.p : 'h' in node ? node.h : undefined))]) {
        if (text) seen.add(text);
      }
    }
  }
  return [...seen];
}

describe('speakable on the real-page corpus', () => {
  const texts = corpusTexts();
  it('leaves no digit and no unspelt abbreviation in any paragraph, and keeps the rest of the text in order', () => {
    expect(texts.length).toBeGreaterThan(90);
    const problems = texts.flatMap((text) => problemsIn(text).map((problem) => `${problem}  in  ${text.slice(0, 30)}`));
    expect(problems).toEqual([]);
  });
});
