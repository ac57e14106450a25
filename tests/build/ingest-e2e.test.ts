/**
 * From a constructed page to built pages: breaks and captions in other places
 * than on the real page, two articles in another order, and text full of
 * characters MDX and HTML would read as syntax. Every paragraph comes out whole
 * and literal.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { astroBuild, makeSiteCopy } from '../support/astro.ts';
import { builtPages, loadPage, textOf } from '../support/dist.ts';
import { WIDE, page } from '../support/pages.ts';
import { projectRoot } from '../support/paths.ts';

const HOSTILE = '网页里的<b>标签</b>、{表达式}、&amp;实体、*星号*与_下划线_，还有`反引号`和[方括号](链接)都要原样显示。';
const PARAGRAPHS = {
  first: [
    '1. 这一段以数字和句点开头，却不是列表。',
    HOSTILE,
    '这一段被版面拆成了三块，第一块在这里，',
    '第二块在图片说明之后，',
    '第三块才把话说完。',
    '> 这一段以大于号开头，却不是引用。',
  ],
  second: ['导语写在署名之前。', '正文第一段，被拆开的地方在一个词的中间：破解发', '展瓶颈。', 'import 开头的一段也只是文字。'],
};

const raw = page(
  '城市观察',
  '老街里的新生活',
  '■ 甲乙 丙丁',
  PARAGRAPHS.first[0]!,
  PARAGRAPHS.first[1]!,
  '小标题一',
  PARAGRAPHS.first[2]!,
  PARAGRAPHS.first[3]!,
  WIDE,
  '老街上的居民在晒太阳。 图片由某某摄影部提供',
  PARAGRAPHS.first[4]!,
  PARAGRAPHS.first[5]!,
  '图片由城市观察编辑部提供',
  '桥与河',
  PARAGRAPHS.second[0]!,
  '■ 戊己',
  PARAGRAPHS.second[1]!,
  WIDE,
  '河上新建的步行桥。',
  PARAGRAPHS.second[2]!,
  PARAGRAPHS.second[3]!,
);
const whole = {
  first: [PARAGRAPHS.first[0]!, HOSTILE, PARAGRAPHS.first.slice(2, 5).join(''), PARAGRAPHS.first[5]!],
  second: [PARAGRAPHS.second[0]!, PARAGRAPHS.second[1]! + PARAGRAPHS.second[2]!, PARAGRAPHS.second[3]!],
};

let dist: string;
let report: string;
beforeAll(() => {
  const { root, contentDir } = makeSiteCopy();
  const file = join(root, 'constructed-page.txt');
  writeFileSync(file, raw);
  const run = spawnSync(process.execPath, [join(projectRoot, 'scripts/ingest.ts'), file, '--out', contentDir], { encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  report = run.stdout;
  const build = astroBuild(root);
  expect(build.ok, build.output).toBe(true);
  dist = join(root, 'dist');
});

const articleDoc = (headline: string) => {
  const path = builtPages(dist).find((p) => p.startsWith('/articles/') && textOf(loadPage(p, dist).querySelector('h1')) === headline);
  expect(path, `no page for ${headline}`).toBeDefined();
  return loadPage(path!, dist);
};

describe('a constructed page, ingested and built', () => {
  it('is reported as two articles with two joins', () => {
    expect(report).toContain('2 articles:');
    expect(report).toContain('2 paragraphs joined across page breaks:');
  });

  it.each([
    ['老街里的新生活', 'first'],
    ['桥与河', 'second'],
  ] as const)('%s: every paragraph whole in exactly one <p>, in order', (headline, key) => {
    const doc = articleDoc(headline);
    const paragraphs = [...doc.querySelectorAll('.standfirst p, .article-body > p:not(.credit)')].map(textOf);
    expect(paragraphs).toEqual(whole[key]);
  });

  it('shows syntax characters literally and makes no markup of them', () => {
    const doc = articleDoc('老街里的新生活');
    expect(doc.querySelector('.article-body b, .article-body em, .article-body strong, .article-body code, .article-body ol, .article-body blockquote')).toBeNull();
    expect(doc.querySelector('.article-body a:not(.self-link)')).toBeNull();
    expect([...doc.querySelectorAll('.article-body p')].map(textOf)).toContain(HOSTILE);
  });

  it('puts captions in <figcaption>, credits as credits, and neither in a paragraph', () => {
    const first = articleDoc('老街里的新生活');
    const figure = first.querySelector('figure')!;
    expect(textOf(figure.querySelector('.credit'))).toBe('图片由某某摄影部提供');
    expect(textOf(figure.querySelector('figcaption'))).toBe('老街上的居民在晒太阳。图片由某某摄影部提供');
    expect(figure.previousElementSibling?.textContent).toBe(whole.first[2]);
    expect(textOf(first.querySelector('.article-body > p.credit'))).toBe('图片由城市观察编辑部提供');
    const second = articleDoc('桥与河');
    expect(textOf(second.querySelector('figcaption'))).toBe('河上新建的步行桥。');
    const allParagraphs = [...first.querySelectorAll('p:not(.credit)'), ...second.querySelectorAll('p:not(.credit)')].map(textOf).join('\n');
    expect(allParagraphs).not.toContain('晒太阳');
    expect(allParagraphs).not.toContain('步行桥');
  });

  it('shows the kicker, subheads and standfirst from the page’s signals', () => {
    const first = articleDoc('老街里的新生活');
    expect(textOf(first.querySelector('hgroup .kicker'))).toBe('城市观察');
    expect([...first.querySelectorAll('.article-body h2')].map(textOf)).toEqual(['小标题一']);
    expect(textOf(articleDoc('桥与河').querySelector('.byline'))).toBe('■戊己');
  });
});

describe('the next page', () => {
  let next: string;
  beforeAll(() => {
    const { root, contentDir } = makeSiteCopy();
    const ingest = (file: string, ...args: string[]) => spawnSync(process.execPath, [join(projectRoot, 'scripts/ingest.ts'), file, '--out', contentDir, ...args], { encoding: 'utf8' });
    const first = join(root, 'first-page.txt');
    const second = join(root, 'second-page.txt');
    writeFileSync(first, raw);
    writeFileSync(second, page('老街里的新生活', '■ 庚辛', '同名标题的另一篇文章。'));
    expect(ingest(first).status).toBe(0);
    const run = ingest(second, '--title', '第4版 城市');
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('is already used by articles/');
    const build = astroBuild(root);
    expect(build.ok, build.output).toBe(true);
    next = join(root, 'dist');
  });

  it('shows the latest edition on the home page and lists every edition', () => {
    expect(textOf(loadPage('/', next).querySelector('h1'))).toBe('第4版 城市');
    // Neither page prints a date: both are listed, newest first, under the archive's undated pages.
    expect(loadPage('/editions/', next).querySelector('a[href="/editions/undated/"]')).not.toBeNull();
    expect([...loadPage('/editions/undated/', next).querySelectorAll('.item h2')].map(textOf)).toEqual(['第4版 城市', '第 1 期版面']);
  });

  it('gives the new article its own URL and leaves the published one where it was', () => {
    const paths = builtPages(next).filter((path) => path.startsWith('/articles/'));
    expect(paths).toContain('/articles/lao-jie-li-de-xin-sheng/');
    expect(paths).toContain('/articles/lao-jie-li-de-xin-sheng-2/');
    expect(textOf(loadPage('/articles/lao-jie-li-de-xin-sheng/', next).querySelector('.byline'))).toBe('■甲乙 丙丁');
    expect(textOf(loadPage('/articles/lao-jie-li-de-xin-sheng-2/', next).querySelector('.byline'))).toBe('■庚辛');
  });
});
