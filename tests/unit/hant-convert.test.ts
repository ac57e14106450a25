import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { CLIENT_SOURCES, HantDictCollector, hantDictFile } from '../../src/lib/hant/client-dict.ts';
import { liteConverter, parseHantPasses } from '../../src/lib/hant/convert-lite.ts';
import { readMdxBody, splitMdx } from '../../src/lib/ingest/mdx.ts';
import { projectRoot } from '../support/paths.ts';

const opencc = OpenCC.Converter({ from: 'cn', to: 't' });

/** Every text of an article of content/: frontmatter values and body blocks. */
function articleTexts(): { file: string; texts: string[] }[] {
  const dir = join(projectRoot, 'content/articles');
  return readdirSync(dir).map((name) => {
    const { data } = splitMdx(readFileSync(join(dir, name), 'utf8'), name);
    const body = readFileSync(join(dir, name), 'utf8').split(/\n---\n/u).slice(1).join('\n---\n');
    const values = Object.values(data).flatMap((value) => (Array.isArray(value) ? value : [value])).filter((value): value is string => typeof value === 'string');
    const blocks = readMdxBody(body, name).flatMap((block) => ('text' in block ? [block.text] : [block.caption ?? '', block.credit ?? '']));
    return { file: name, texts: [...values, ...blocks].filter((text) => text !== '') };
  });
}

function files(path: string): string[] {
  const full = join(projectRoot, path);
  return statSync(full).isDirectory() ? readdirSync(full, { recursive: true }).map(String).filter((name) => name.endsWith('.ts')).map((name) => join(full, name)) : [full];
}

/** The client scripts' strings: every run of Chinese text (with its punctuation, digits and spaces) in their sources. */
function uiStrings(): string[] {
  const runs = CLIENT_SOURCES.flatMap(files).flatMap((file) => readFileSync(file, 'utf8').match(/[\p{Script=Han}\u3000-\u303f\uff00-\uffef“”‘’…—·\d ]*\p{Script=Han}[\p{Script=Han}\u3000-\u303f\uff00-\uffef“”‘’…—·\d ]*/gu) ?? []);
  return [...new Set(runs)];
}

describe('the browser converter with the collected dictionary gives exactly opencc-js cn→t', () => {
  const articles = articleTexts();
  const ui = uiStrings();
  const collector = new HantDictCollector();
  for (const { texts } of articles) for (const text of texts) collector.add(text);
  for (const file of CLIENT_SOURCES.flatMap(files)) collector.add(readFileSync(file, 'utf8'));
  // Through the file format the build writes and the page reads.
  const convert = liteConverter(parseHantPasses(hantDictFile(collector.passes())));

  it.each(articles.map(({ file, texts }) => [file, texts] as const))('%s: every field and block, whole', (_file, texts) => {
    expect(texts.length).toBeGreaterThan(3);
    for (const text of texts) expect(convert(text)).toBe(opencc(text));
  });

  it('every substring an excerpt can be: each block cut at every start, ten lengths', () => {
    for (const { texts } of articles) {
      for (const text of texts) {
        for (let start = 0; start < text.length; start++) {
          for (const length of [1, 2, 3, 4, 5, 8, 13, 30, 60, 90]) {
            const part = text.slice(start, start + length);
            if (convert(part) !== opencc(part)) expect(`${part} → ${convert(part)}`).toBe(`${part} → ${opencc(part)}`);
          }
        }
      }
    }
  });

  it('the UI strings client scripts write', () => {
    expect(ui.length).toBeGreaterThan(50);
    expect(ui).toContain('正在搜索…');
    for (const text of ui) expect(convert(text)).toBe(opencc(text));
  });

  it('is not trivially right: the site text has phrases a character-by-character map gets wrong', () => {
    const chars = liteConverter(['', collector.passes()[1]!.split('|').filter((entry) => [...entry.split(' ')[0]!].length === 1).join('|')]);
    const wrong = articles.flatMap(({ texts }) => texts).filter((text) => chars(text) !== opencc(text));
    expect(wrong.length).toBeGreaterThan(0);
  });

  it('converts Simplified to Traditional at the same length, character for character, in this text (the search page relies on it for highlights)', () => {
    for (const text of [...articles.flatMap(({ texts }) => texts), ...ui]) expect(convert(text).length).toBe(text.length);
  });
});

describe('the collector reads built pages', () => {
  it('reads text between markup, also entries holding ASCII (SQL注入攻击) and text across a link', () => {
    const html = '<style>:root{--a:1}</style><p class="x" title="伯克希尔-哈撒韦公司">防范SQL注入攻击，记者 <a href="/a/">张<b>三</b></a>发布</p>';
    const convert = liteConverter(new HantDictCollector().add(html).add(html.replace(/<[^>]*>/gu, '')).passes());
    for (const text of ['防范SQL注入攻击，记者 张三发布', '伯克希尔-哈撒韦公司', 'SQL注入', '发布']) expect(convert(text)).toBe(opencc(text));
    expect(convert('SQL注入攻击')).toBe('SQL注入攻擊');
  });
});

describe('convert-lite: OpenCC’s algorithm', () => {
  it('takes the longest entry, pass after pass, and leaves an ideographic description sequence whole', () => {
    const passes = ['丰 豐|𠮷 X', '头 頭|头发 頭髮|发 發|⿰头 Y'];
    const convert = liteConverter(passes);
    const reference = OpenCC.ConverterFactory(...passes.map((pass) => [pass]));
    for (const text of ['头发发', '⿰发头丰', '⿰头发', '', '𠮷头', '⿲发头丰丰', '⿰发']) expect(convert(text)).toBe(reference(text));
    expect(convert('头发发')).toBe('頭髮發');
    expect(convert('⿰发头丰')).toBe('⿰发头豐');
  });
});
