import { mdxToHast } from 'satteri';
import { describe, expect, it } from 'vitest';
import { escapeMdxText, mdxBlocks, readMdxBody, splitMdx, subheadIdsIn, toMdx, unescapeMdxText } from '../../../src/lib/ingest/mdx.ts';
import type { BodyNode } from '../../../src/lib/ingest/model.ts';

/** The features astro.config.ts gives Sätteri: the same parser the site builds with. */
const FEATURES = { gfm: false, smartPunctuation: false, headingAttributes: true } as const;

type HastNode = { type: string; value?: string; tagName?: string; children?: HastNode[] };
const textOf = (node: HastNode): string => (node.type === 'text' ? (node.value ?? '') : (node.children ?? []).map(textOf).join(''));
/** What the real MDX processor makes of a document: the top-level elements with their text. */
function render(mdx: string): { tag: string | undefined; text: string }[] {
  const root = mdxToHast(mdx, { features: FEATURES }) as unknown as HastNode;
  return (root.children ?? []).filter((n) => n.type !== 'text' || (n.value ?? '').trim() !== '').map((n) => ({ tag: n.tagName ?? n.type, text: textOf(n) }));
}

const HOSTILE = [
  '<b>粗体</b> 与 <script>alert(1)</script>',
  '{x} 与 {/* 注释 */} 与 {1+1}',
  '&amp; &lt; &#123; & 符号',
  '*强调* _下划线_ **加粗** __加粗__',
  '`代码` ``双反引号``',
  '[链接](http://example.com) ![图](x.png) <https://example.com>',
  '# 不是标题',
  '1. 不是列表',
  '2) 也不是',
  '- 不是列表',
  '+ 不是列表',
  '> 不是引用',
  '=== 不是标题线',
  '--- 不是分隔线',
  'import x from "y"',
  'export const a = 1',
  '反斜杠 \\ 结尾\\',
  '管道 | 表格 | 不是',
  '~~不是删除线~~ ~下标~',
  '$数学$ $$公式$$',
  'https://www.example.com/a_b*c',
  '“十五五”……——「引号」',
  '    缩进代码',
  '<!-- 注释 -->',
  '\\*已转义\\*',
];

describe('escapeMdxText', () => {
  it.each(HOSTILE.map((text) => text.trim()))('renders %j literally through the real MDX processor', (text) => {
    const escaped = escapeMdxText(text);
    expect(unescapeMdxText(escaped)).toBe(text);
    expect(render(`${escaped}\n`)).toEqual([{ tag: 'p', text }]);
  });

  it('renders literally for random mixes of syntax characters', () => {
    const alphabet = [...'\\`*_{}[]<>#|~&$!()-+=.:;"\'/ 1a中文。，'];
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    for (let n = 0; n < 300; n++) {
      const length = 1 + Math.floor(random() * 24);
      const text = Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)]).join('').trim();
      if (text === '') continue;
      expect(render(`${escapeMdxText(text)}\n`), JSON.stringify(text)).toEqual([{ tag: 'p', text }]);
    }
  });

  it('refuses text that is not one trimmed line', () => {
    expect(() => escapeMdxText(' 前导空格')).toThrow();
    expect(() => escapeMdxText('两\n行')).toThrow();
  });
});

describe('toMdx and readMdxBody', () => {
  const body: BodyNode[] = [
    { kind: 'subhead', text: '为何 <如此> {定策}', line: 1 },
    { kind: 'paragraph', text: '第一段 *不* 是强调。', lines: [2] },
    { kind: 'figure', caption: '图说 "引号" 与 \\ 反斜杠', credit: '图片由某某提供', line: 3 },
    { kind: 'figure', credit: '图片由某某提供', line: 4 },
    { kind: 'paragraph', text: '1. 第二段。', lines: [5, 6] },
    { kind: 'credit', text: '图片由区委宣传部提供', line: 7 },
  ];
  const mdx = toMdx({ frontmatter: { slug: 'a', headline: '标题: "引号"' }, body, subheadIds: ['wei-he'] });

  it('writes YAML frontmatter that quotes what needs quoting', () => {
    expect(mdx.startsWith('---\nslug: a\nheadline: \'标题: "引号"\'\n---\n')).toBe(true);
  });

  it('reads back exactly the blocks it wrote', () => {
    expect(readMdxBody(mdx.split('---\n').slice(2).join('---\n'), 'a.mdx')).toEqual([
      { kind: 'subhead', text: '为何 <如此> {定策}', id: 'wei-he' },
      { kind: 'paragraph', text: '第一段 *不* 是强调。' },
      { kind: 'figure', caption: '图说 "引号" 与 \\ 反斜杠', credit: '图片由某某提供' },
      { kind: 'figure', credit: '图片由某某提供' },
      { kind: 'paragraph', text: '1. 第二段。' },
      { kind: 'credit', text: '图片由区委宣传部提供' },
    ]);
  });

  it('compiles with the real processor: a heading with its id, literal text, components', () => {
    const rendered = render(mdx);
    expect(rendered[0]).toEqual({ tag: 'h2', text: '为何 <如此> {定策}' });
    expect(rendered[1]).toEqual({ tag: 'p', text: '第一段 *不* 是强调。' });
    expect(rendered.filter((n) => n.tag === 'mdxJsxFlowElement')).toHaveLength(3);
  });

  it('reports a body line in a syntax it does not know instead of skipping it', () => {
    expect(() => readMdxBody('<Video src="x" />\n', 'a.mdx')).toThrow('a.mdx: body line 1 is markup this site does not know');
  });
});

describe('escapes only where the syntax is', () => {
  it.each([
    ['价格下降-5%', '价格下降-5%'],
    ['第1.2条', '第1.2条'],
    ['12.5万', '12\\.5万'],
    ['他说import很重要', '他说import很重要'],
    ['export出口', '&#101;xport出口'],
    ['-5度', '\\-5度'],
    ['3)项', '3\\)项'],
  ])('%s → %s', (text, escaped) => {
    expect(escapeMdxText(text)).toBe(escaped);
    expect(unescapeMdxText(escapeMdxText(text))).toBe(text);
  });

  it('refuses more than one trimmed line, naming its start', () => {
    expect(() => escapeMdxText(' 前有空格')).toThrow('escapeMdxText expects one trimmed line, got " 前有空格"');
    expect(() => escapeMdxText(`两行\n${'字'.repeat(60)}`)).toThrow(/got "两行\\n字+"$/u);
  });
});

describe('splitMdx and subheadIdsIn', () => {
  it('takes an article apart into frontmatter data and one block per line', () => {
    const { data, blocks } = splitMdx('---\nslug: a\ndate: "2026-03-05"\n---\n\n第一段。\n\n  \n## 小标题 {#xiao}\n', 'a.mdx');
    expect(data).toEqual({ slug: 'a', date: '2026-03-05' });
    expect(blocks).toEqual(['第一段。', '## 小标题 {#xiao}']);
    expect(subheadIdsIn(blocks)).toEqual(['xiao']);
    expect(() => splitMdx('正文\n---\nslug: a\n---\n', 'a.mdx')).toThrow('a.mdx: no frontmatter (--- … ---) at the top');
    expect(() => splitMdx('---\n---\n正文\n', 'a.mdx')).toThrow('a.mdx: no frontmatter');
  });

  it('writes figures with caption only, credit only, or both, and reads them back', () => {
    const blocks = mdxBlocks(
      [
        { kind: 'figure', caption: '说明', line: 1 },
        { kind: 'figure', credit: '张三 摄', line: 2 },
        { kind: 'credit', text: '图片由某某提供', line: 3 },
      ],
      [],
    );
    expect(blocks).toEqual(['<Figure caption={"说明"} />', '<Figure credit={"张三 摄"} />', '<Credit text={"图片由某某提供"} />']);
    expect(readMdxBody(blocks.join('\n\n'), 'a.mdx')).toEqual([
      { kind: 'figure', caption: '说明' },
      { kind: 'figure', credit: '张三 摄' },
      { kind: 'credit', text: '图片由某某提供' },
    ]);
    expect(() => readMdxBody('<Credit caption={"x"} />', 'a.mdx')).toThrow('a.mdx: body line 1 is markup this site does not know');
  });
});
