/**
 * Search in a real browser against the real index: the right article first,
 * only articles that hold the query, nothing for words in no article.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { joinHanSpaces, normalizeText, parseQuery } from '../../src/lib/search/normalize.ts';
import { launchChromium, newPage, siteUrl } from '../support/browser.ts';
import { builtPages, loadPage, textOf } from '../support/dist.ts';

const A1 = '拱墅开局：以实干争先，以创新致远';
const A2 = '禾城农商银行：金融活水润田畴 护航春耕赋能乡村振兴';
const A3 = '推动新居民从“融得进”向“过得好”提升';

/** [query, expected first result (undefined: no result at all)], written from the articles' text. */
const RELEVANCE: [string, string | undefined][] = [
  // people: bylines and names in the text
  ['詹丽华', A1],
  ['柳景春', A1],
  ['张焕楠', A2],
  ['沈震勤', A3],
  ['俞建忠', A2],
  ['屠光明', A2],
  // places
  ['拱墅', A1],
  ['杭州', A1],
  ['海盐', A3],
  ['秀洲区王江泾', A2],
  ['南湖区新丰镇', A2],
  ['大运河', A1],
  ['西塘桥街道', A3],
  // terms of two to six characters
  ['春耕', A2],
  ['新居民', A3],
  ['人工智能', A1],
  ['贷款', A2],
  ['葡萄', A2],
  ['生姜', A2],
  ['网格', A3],
  ['垃圾分类', A3],
  ['算力', A1],
  ['融合治理', A3],
  ['普惠金融', A2],
  ['蓝领公寓', A3],
  ['新质生产力', A1],
  ['城中村改造', A1],
  // several terms: every one must be present
  ['拱墅 人工智能', A1],
  ['禾城 贷款', A2],
  ['新居民 社区', A3],
  ['杭州 新居民', A3],
  ['金融 春耕', A2],
  // quoted phrases
  ['"新居民志愿者"', A3],
  ['“居民融合”', A3],
  ['"以实干争先"', A1],
  ['「金融活水」', A2],
  // traditional characters
  ['禾城農商銀行', A2],
  ['數字經濟', A1],
  ['新居民志願者', A3],
  ['鄉村振興', A2],
  // full-width forms, stray spaces, mixed Latin and Chinese
  ['ＣＢＤ', A1],
  ['武林CBD', A1],
  ['武林 cbd', A1],
  ['  拱墅　开局  ', A1],
  // characters OpenCC would fold although the text prints them (么 → 幺, 著 → 着), and their traditional forms
  ['具体怎么干', A1],
  ['成效显著', A1],
  ['具體怎麼幹', A1],
  ['顯著', A1],
  // a space the page prints between Chinese words (a byline, a headline), typed or not
  ['詹丽华 柳景春', A1],
  ['詹丽华柳景春', A1],
  ['金融活水润田畴护航春耕', A2],
  // a quoted phrase across punctuation, as printed: a mark inside (the + of “1+4”, the % of 5%) is no break of the page's text
  ['“以实干争先，以创新致远”', A1],
  ['“1+4”主导产业', A1],
  ['"增长5%左右"', A1],
  // in no article: nothing at all
  ['量子计算机', undefined],
  ['台风', undefined],
  ['足球联赛', undefined],
  ['上海', undefined],
  ['房地产', undefined],
  ['足球', undefined],
  ['北京冬奥会', undefined],
  ['人工智慧', undefined],
  ['新居民房价', undefined],
  ['拱墅 台风', undefined],
  ['春耕 足球', undefined],
];

/**
 * Words run together as readers type them, with no space: [query, expected
 * first result, the words it is searched as]. No article holds any of them
 * as typed, so each is split into the words the index holds.
 */
const RUN_TOGETHER: [string, string, string[]][] = [
  ['春耕贷款', A2, ['春耕', '贷款']],
  ['拱墅人工智能', A1, ['拱墅', '人工智能']],
  ['海盐新居民', A3, ['海盐', '新居民']],
  ['嘉兴生姜', A2, ['嘉兴', '生姜']],
  ['杭州拱墅区', A1, ['杭州', '拱墅区']],
  ['拱墅大运河', A1, ['拱墅', '大运河']],
  ['拱墅算力', A1, ['拱墅', '算力']],
  ['詹丽华拱墅', A1, ['詹丽华', '拱墅']],
  ['柳景春詹丽华', A1, ['柳景春', '詹丽华']],
  ['人工智能产业集群', A1, ['人工智能产业', '集群']],
  ['武林cbd商务区', A1, ['武林cbd', '商务区']],
  ['城中村改造拱墅', A1, ['城中村改造', '拱墅']],
  ['恒隆广场嘉里城', A1, ['恒隆广场', '嘉里城']],
  ['拱墅土地要素', A1, ['拱墅', '土地要素']],
  ['杭州数字经济', A1, ['杭州', '数字经济']],
  ['新质生产力拱墅', A1, ['新质生产力', '拱墅']],
  ['禾城农商银行春耕', A2, ['禾城农商银行', '春耕']],
  ['俞建忠葡萄', A2, ['俞建忠', '葡萄']],
  ['王江泾支行贷款', A2, ['王江泾支行', '贷款']],
  ['秀洲区葡萄', A2, ['秀洲区', '葡萄']],
  ['新丰镇生姜', A2, ['新丰镇', '生姜']],
  ['屠光明贷款', A2, ['屠光明', '贷款']],
  ['彤玫瑰葡萄扩种', A2, ['彤玫瑰', '葡萄', '扩种']],
  ['张焕楠春耕', A2, ['张焕楠', '春耕']],
  ['普惠金融乡村振兴', A2, ['普惠金融', '乡村振兴']],
  ['涉农贷款嘉兴', A2, ['涉农贷款', '嘉兴']],
  ['省农担授信', A2, ['省农担', '授信']],
  ['生姜种植大棚', A2, ['生姜种植', '大棚']],
  ['嘉兴的生姜', A2, ['嘉兴', '生姜']],
  ['沈震勤新居民', A3, ['沈震勤', '新居民']],
  ['西塘桥街道新居民', A3, ['西塘桥街道', '新居民']],
  ['新居民志愿者网格', A3, ['新居民志愿者', '网格']],
  ['海湾社区蓝领公寓', A3, ['海湾社区', '蓝领公寓']],
  ['安心公寓新居民', A3, ['安心公寓', '新居民']],
  ['乡音调解纠纷', A3, ['乡音调解', '纠纷']],
  ['暖心驿站垃圾分类', A3, ['暖心驿站', '垃圾分类']],
  ['海盐经开区新居民', A3, ['海盐经开区', '新居民']],
  ['杭州湾集团蓝领公寓', A3, ['杭州湾集团', '蓝领公寓']],
  ['显著拱墅', A1, ['显著', '拱墅']],
  // Longer than the six index words a term is searched by: the window alone is held, the whole is not.
  ['曙光家庭农场起垄机', A2, ['曙光家庭农场', '起垄机']],
  ['德指数文明积分垃圾分类', A3, ['德指数文明积分', '垃圾分类']],
  ['禾城农商银行金融活水', A2, ['禾城农商银行', '金融活水']],
];

/** Run together, but no page holds them all: [query, the note above the (empty) results]. */
const RUN_TOGETHER_ABSENT: [string, string][] = [
  ['新居民房价', '没有文章包含“房价”。'],
  ['春耕足球', '没有文章包含“足球”。'],
  ['拱墅台风', '没有文章包含“台风”。'],
  ['嘉兴地铁', '没有文章包含“地铁”。'],
  ['上海新居民', '没有文章包含“上海”。'],
  ['量子计算机', '没有文章包含“量子计算机”。'],
  // Each word is in some article, never both in one.
  ['拱墅生姜', '没有完全匹配“拱墅生姜”的文章，也没有文章同时包含“拱墅”和“生姜”。'],
];

/** Pinyin, for readers without a Chinese input method: [query, expected first result, the word it was read as]. */
const PINYIN: [string, string, string][] = [
  ['hangzhou', A1, '杭州'],
  ['hang zhou', A1, '杭州'],
  ['Hangzhou', A1, '杭州'],
  ['hz', A1, '杭州'],
  ['gongshu', A1, '拱墅'],
  ['chungeng', A2, '春耕'],
  ['xinjumin', A3, '新居民'],
  ['xjm', A3, '新居民'],
  ['haiyan', A3, '海盐'],
  ['yujianzhong', A2, '俞建忠'],
  ['zhanlihua', A1, '詹丽华'],
  ['shengjiang', A2, '生姜'],
  ['dayunhe', A1, '大运河'],
  ['rengongzhineng', A1, '人工智能'],
  ['hang2zhou1', A1, '杭州'],
  ['Hángzhōu', A1, '杭州'],
];

/** Several pinyin words, spaced or typed as one run: [query, expected first result, the words]. */
const PINYIN_WORDS: [string, string, string[]][] = [
  ['gongshu rengongzhineng', A1, ['拱墅', '人工智能']],
  ['gongshurengongzhineng', A1, ['拱墅', '人工智能']],
  ['chungengdaikuan', A2, ['春耕', '贷款']],
  ['xinjumin haiyan', A3, ['新居民', '海盐']],
  // Pinyin beside Chinese, or beside a Latin word the articles print (kept as typed)
  ['拱墅 hangzhou', A1, ['拱墅', '杭州']],
  ['chungeng 贷款', A2, ['春耕', '贷款']],
  ['wulin cbd', A1, ['武林', 'cbd']],
];

/** Filters and sort, as the URL carries them: [query string, the headlines expected, in order]. */
const FILTERED: [string, string[]][] = [
  ['q=金融&author=张焕楠', [A2]],
  ['q=金融&author=詹丽华', [A1]],
  ['q=新居民&author=张焕楠', []],
  [`q=杭州&edition=${encodeURIComponent('第 1 期版面')}`, [A1, A3]],
  [`q=杭州&edition=${encodeURIComponent('第 2 版')}`, []],
  // These three articles are undated: a date range holds none of them.
  ['q=春耕&from=2026-01-01&to=2026-12-31', []],
  // Newest first; equal dates keep the printed order.
  ['q=金融', [A2, A1]],
  ['q=金融&sort=date', [A1, A2]],
];

/** Each article's whole text as a reader sees it, for checking that a result really holds the query. */
const articleText = new Map(
  builtPages()
    .filter((path) => path.startsWith('/articles/'))
    .map((path) => {
      const doc = loadPage(path);
      return [textOf(doc.querySelector('h1')), normalizeText(textOf(doc.querySelector('article')))] as const;
    }),
);

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launchChromium();
  page = await newPage(browser);
});
afterAll(async () => {
  await browser.close();
});

/** Waits until the search page has answered the current query. */
async function settled(p: Page): Promise<void> {
  await p.waitForFunction(() => {
    const status = document.querySelector('#search-status')?.textContent ?? '';
    return status !== '' && !status.startsWith('正在搜索');
  });
}

async function searchFor(query: string): Promise<string[]> {
  await page.goto(siteUrl(`/search/?q=${encodeURIComponent(query)}`));
  await settled(page);
  return page.locator('.result-headline').allTextContents();
}

describe('relevance: the article meant comes first, and only articles holding the query come at all', () => {
  it(`covers at least 40 queries, 8 of them for words in no article (${RELEVANCE.length} here)`, () => {
    expect(RELEVANCE.length).toBeGreaterThanOrEqual(40);
    expect(RELEVANCE.filter(([, first]) => first === undefined).length).toBeGreaterThanOrEqual(8);
  });

  it.each(RELEVANCE)('%s → %s', async (query, first) => {
    const headlines = await searchFor(query);
    if (first === undefined) {
      expect(headlines).toEqual([]);
      await expect(page.locator('#search-empty').isVisible()).resolves.toBe(true);
      return;
    }
    expect(headlines[0]).toBe(first);
    const { terms } = parseQuery(query, {});
    for (const headline of headlines) {
      const text = articleText.get(headline)!;
      const simplified = (term: string) => normalizeText(term, { 農: '农', 銀: '银', 數: '数', 經: '经', 濟: '济', 願: '愿', 鄉: '乡', 興: '兴', 體: '体', 麼: '么', 幹: '干', 顯: '显' });
      // Read as the query is: a space between two Chinese characters is none.
      for (const term of terms) expect(joinHanSpaces(text), `${headline} lacks ${term.text}`).toContain(simplified(term.text));
    }
  });
});

/** Checks every shown result holds every word, as the reader sees the article. */
function expectEveryResultHolds(headlines: string[], words: string[]): void {
  for (const headline of headlines) for (const word of words) expect(articleText.get(headline), `${headline} lacks ${word}`).toContain(word);
}

describe('words run together, as readers type them', () => {
  it(`covers at least 30 run-together queries and 5 with a missing word (${RUN_TOGETHER.length}, ${RUN_TOGETHER_ABSENT.length} here)`, () => {
    expect(RUN_TOGETHER.length).toBeGreaterThanOrEqual(30);
    expect(RUN_TOGETHER_ABSENT.length).toBeGreaterThanOrEqual(5);
  });

  it.each(RUN_TOGETHER)('%s → %s, as %j', async (query, first, words) => {
    const headlines = await searchFor(query);
    expect(headlines[0]).toBe(first);
    expectEveryResultHolds(headlines, words);
    const quoted = words.map((word) => `“${word}”`).join('和');
    expect(await page.locator('#search-explain').textContent()).toBe(`没有完全匹配“${query}”的文章，以下文章同时包含${quoted}。`);
    expect(await page.locator('#search-status').textContent()).toMatch(new RegExp(`^找到 \\d+ 篇包含${quoted}的文章。$`, 'u'));
    // The article's text holds no run of the query as typed: this really is the fallback.
    expect(articleText.get(first)).not.toContain(query);
  });

  it.each(RUN_TOGETHER_ABSENT)('%s → nothing, and says why: %s', async (query, note) => {
    expect(await searchFor(query)).toEqual([]);
    expect(await page.locator('#search-status').textContent()).toBe(`没有找到包含“${query}”的文章。`);
    expect(await page.locator('#search-explain').textContent()).toBe(note);
  });

  it('names the word no page holds among several spaced terms too', async () => {
    expect(await searchFor('拱墅 台风')).toEqual([]);
    expect(await page.locator('#search-explain').textContent()).toBe('没有文章包含“台风”。');
    expect(await searchFor('春耕 "足球联赛"')).toEqual([]);
    expect(await page.locator('#search-explain').textContent()).toBe('没有文章包含“足球联赛”。');
  });

  it('still ranks an exact match as such, with no note, when the words stand together somewhere', async () => {
    expect(await searchFor('新居民志愿者')).toEqual([A3]);
    expect(await page.locator('#search-explain').isHidden()).toBe(true);
    expect(await page.locator('#search-status').textContent()).toBe('找到 1 篇包含“新居民志愿者”的文章。');
  });

  it('finds a photo credit and a caption: everything printed on the article is searchable', async () => {
    expect(await searchFor('拱墅区委宣传部')).toEqual([A1]);
    expect(await page.locator('.result .excerpt').first().textContent()).toBe('图片由拱墅区委宣传部提供');
    expect(await searchFor('图片由禾城农商银行提供')).toEqual([A2]);
    expect(await searchFor('杭州中美华东制药有限公司')).toEqual([A1]);
  });

  it('shows a sentence around the words, cut at punctuation, and never joins two paragraphs with a space', async () => {
    await searchFor('正视');
    const excerpt = (await page.locator('.result > .excerpt').first().textContent()) ?? '';
    expect(excerpt).toBe('任何一份发展规划，都离不开对自身家底的盘点、对时代大势的把握、对现存问题的正视。');
    await searchFor('春耕贷款');
    const parts = await page.locator('.result > .excerpt').allTextContents();
    for (const text of parts) {
      expect(text).not.toMatch(/[。！？] /u);
      expect(text).toMatch(/[。！？；”]$|…$/u);
    }
  });
});

describe('pinyin, for readers without a Chinese input method', () => {
  it(`covers at least 10 pinyin queries (${PINYIN.length} here)`, () => {
    expect(PINYIN.length).toBeGreaterThanOrEqual(10);
  });

  it.each(PINYIN)('%s → %s, read as %s', async (query, first, word) => {
    const headlines = await searchFor(query);
    expect(headlines[0]).toBe(first);
    expectEveryResultHolds(headlines, [word]);
    expect(await page.locator('#search-explain').textContent()).toContain(`按拼音“${parseQuery(query).display}”查找“${word}”`);
    // What is marked is the Chinese word, wherever the excerpt shows it.
    for (const mark of await page.locator('.result mark').allTextContents()) expect(mark).toBe(word);
  });

  it.each(PINYIN_WORDS)('%s → %s, read as %j', async (query, first, words) => {
    const headlines = await searchFor(query);
    expect(headlines[0]).toBe(first);
    expectEveryResultHolds(headlines, words);
    expect(await page.locator('#search-explain').textContent()).toBe(`按拼音“${parseQuery(query).display}”查找${words.map((w) => `“${w}”`).join('和')}。`);
  });

  it('searches a Latin word the articles print as itself, not as pinyin', async () => {
    expect(await searchFor('cbd')).toEqual([A1]);
    expect(await page.locator('#search-explain').isHidden()).toBe(true);
  });

  it('fetches one small file of the pinyin map for a query', async () => {
    const fetched: string[] = [];
    const reader = await newPage(browser);
    reader.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await reader.goto(siteUrl('/search/?q=gongshu'));
    await settled(reader);
    expect(fetched.filter((path) => path.startsWith('/search/pinyin/'))).toEqual(['/search/pinyin/gon.json']);
    await reader.context().close();
  });

  it('fetches each file of the index once, its entry file and metadata with the page (preloaded), every term’s index words in one round', async () => {
    const fetched: string[] = [];
    const reader = await newPage(browser);
    reader.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await reader.goto(siteUrl(`/search/?q=${encodeURIComponent('人工智能 拱墅')}`));
    await settled(reader);
    const index = fetched.filter((path) => path.startsWith('/pagefind/'));
    expect(index.length).toBe(new Set(index).size);
    expect(index.filter((path) => /pagefind-entry\.json|\.pf_meta$/u.test(path))).toHaveLength(2);
    await reader.context().close();
  });

  it('answers a query in the URL from Pagefind started in the page’s head, never waiting on Pagefind’s 50 ms polling', async () => {
    const reader = await newPage(browser);
    // Every timer the page sets, by its delay: Pagefind polls with 50 ms ones while its index loads.
    await reader.addInitScript(() => {
      const timers: number[] = ((self as unknown as { timers: number[] }).timers = []);
      const setTimer = self.setTimeout;
      self.setTimeout = ((handler: TimerHandler, delay?: number, ...rest: unknown[]) => (timers.push(delay ?? 0), setTimer(handler, delay, ...rest))) as typeof setTimeout;
    });
    await reader.goto(siteUrl(`/search/?q=${encodeURIComponent('人工智能 拱墅')}`));
    await settled(reader);
    expect(await reader.locator('.result').count()).toBeGreaterThan(0);
    expect(await reader.evaluate(() => typeof (self as unknown as Record<string, unknown>)['pagefindStart'])).toBe('object');
    expect(await reader.evaluate(() => (self as unknown as { timers: number[] }).timers.filter((delay) => delay === 50))).toEqual([]);
    await reader.context().close();
  });

  it('makes no Intl.Segmenter for a query found as typed: Pagefind gets its terms already cut, and the segmenter’s first start costs ~15 ms', async () => {
    const reader = await newPage(browser);
    await reader.addInitScript(() => {
      const made: string[] = ((self as unknown as { segmenters: string[] }).segmenters = []);
      const Segmenter = Intl.Segmenter;
      Object.defineProperty(Intl, 'Segmenter', {
        value: class extends Segmenter {
          constructor(...args: ConstructorParameters<typeof Intl.Segmenter>) {
            super(...args);
            made.push(String(args[1]?.granularity));
          }
        },
      });
    });
    for (const query of ['人工智能 拱墅', '禾城農商銀行']) {
      await reader.goto(siteUrl(`/search/?q=${encodeURIComponent(query)}`));
      await settled(reader);
      expect(await reader.locator('.result').count(), query).toBeGreaterThan(0);
      expect(await reader.evaluate(() => (self as unknown as { segmenters: string[] }).segmenters), query).toEqual([]);
    }
    await reader.context().close();
  });

  it.each([
    ['/search/', '人工智能 拱墅'],
    ['/zh-hant/search/', '禾城農商銀行'],
  ])('leaves a URL that already says the query as it is, as the reader wrote it (%s?q=%s): a new URL, even one re-encoded, makes Chrome fetch the page’s icon again', async (path, query) => {
    const reader = await newPage(browser);
    const icons: string[] = [];
    reader.on('request', (request) => request.url().includes('favicon') && icons.push(request.url()));
    const url = siteUrl(`${path}?q=${encodeURIComponent(query)}`);
    await reader.goto(url);
    await settled(reader);
    expect(await reader.locator('.result').count()).toBeGreaterThan(0);
    expect(reader.url()).toBe(url);
    expect(icons).toHaveLength(1);
    await reader.context().close();
  });

  it('gunzips Pagefind’s WebAssembly with the browser’s DecompressionStream, not in JavaScript', async () => {
    const reader = await newPage(browser);
    await reader.addInitScript(() => {
      const made: string[] = ((self as unknown as { streams: string[] }).streams = []);
      const Native = DecompressionStream;
      Object.defineProperty(self, 'DecompressionStream', {
        value: class extends Native {
          constructor(format: CompressionFormat) {
            super(format);
            made.push(format);
          }
        },
      });
    });
    await reader.goto(siteUrl(`/search/?q=${encodeURIComponent('新居民')}`));
    await settled(reader);
    expect(await reader.locator('.result').count()).toBeGreaterThan(0);
    expect(await reader.evaluate(() => (self as unknown as { streams: string[] }).streams)).toEqual(['gzip']);
    await reader.context().close();
  });

  it('asks for no file of the map that does not exist: Latin no word begins with finds nothing quietly', async () => {
    const fetched: string[] = [];
    const failed: string[] = [];
    const reader = await newPage(browser);
    reader.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    reader.on('response', (response) => {
      if (response.status() >= 400) failed.push(new URL(response.url()).pathname);
    });
    await reader.goto(siteUrl('/search/?q=jx'));
    await settled(reader);
    expect(await reader.locator('.result').count()).toBe(0);
    expect(fetched.filter((path) => path.startsWith('/search/pinyin/'))).toEqual([]);
    expect(failed).toEqual([]);
    await reader.context().close();
  });
});

describe('news filters and sort', () => {
  it(`covers at least 5 filtered queries (${FILTERED.length} here)`, () => {
    expect(FILTERED.length).toBeGreaterThanOrEqual(5);
  });

  it.each(FILTERED)('/search/?%s → %j', async (params, expected) => {
    await page.goto(siteUrl(`/search/?${params}`));
    await settled(page);
    expect(await page.locator('.result-headline').allTextContents()).toEqual(expected);
    // The URL keeps the filters, and the form shows them.
    const url = new URL(page.url());
    for (const [name, value] of new URLSearchParams(params)) {
      expect(url.searchParams.get(name)).toBe(value);
      if (name !== 'q') expect(await page.locator(`#search-filters [name="${name}"]`).inputValue()).toBe(value);
    }
  });

  it('searches again when a filter changes, and keeps it in the URL', async () => {
    await searchFor('金融');
    expect(await page.locator('.result-headline').allTextContents()).toEqual([A2, A1]);
    await page.locator('summary', { hasText: '筛选和排序' }).click();
    const answered = Number(await page.getAttribute('#search-results', 'data-answered'));
    await page.selectOption('#search-filters select[name="sort"]', 'date');
    await page.waitForFunction((before) => Number(document.querySelector('#search-results')?.getAttribute('data-answered')) > before, answered);
    expect(await page.locator('.result-headline').allTextContents()).toEqual([A1, A2]);
    expect(new URL(page.url()).searchParams.get('sort')).toBe('date');
    await page.fill('#search-filters input[name="author"]', '张焕楠');
    await page.locator('#search-filters input[name="author"]').dispatchEvent('change');
    await page.waitForFunction(() => document.querySelectorAll('.result').length === 1);
    expect(await page.locator('.result-headline').allTextContents()).toEqual([A2]);
    expect(await page.locator('#search-explain').textContent()).toContain('只看作者：张焕楠');
    expect(new URL(page.url()).search).toBe(`?q=${encodeURIComponent('金融')}&author=${encodeURIComponent('张焕楠')}&sort=date`);
  });

  it('shows each result’s kicker, headline, where and when it was printed, and byline', async () => {
    await searchFor('新居民');
    const result = page.locator('.result').first();
    expect(await result.locator('.kicker').textContent()).toBe('海盐经开区');
    expect(await result.locator('.result-headline').textContent()).toBe(A3);
    expect(await result.locator('.meta').textContent()).toBe('第 1 期版面 · 沈震勤');
  });

  it('without JavaScript, the filters are a plain form that reaches the same page with every value in the URL', async () => {
    const off = await newPage(browser, { javaScriptEnabled: false });
    await off.goto(siteUrl('/search/'));
    await off.fill('#search-query', '金融');
    await off.locator('summary', { hasText: '筛选和排序' }).click();
    await off.fill('#search-filters input[name="from"]', '2026-01-01');
    await off.fill('#search-filters input[name="author"]', '张焕楠');
    await off.selectOption('#search-filters select[name="sort"]', 'date');
    await Promise.all([off.waitForURL(/\/search\/\?/u), off.press('#search-query', 'Enter')]);
    const url = new URL(off.url());
    expect(url.pathname).toBe('/search/');
    expect(Object.fromEntries(url.searchParams)).toEqual({ q: '金融', from: '2026-01-01', to: '', author: '张焕楠', edition: '', sort: 'date' });
    expect(await off.locator('.search-page .search-note').first().textContent()).toContain('需要浏览器开启 JavaScript');
    await off.context().close();
  });
});

describe('the search page', () => {
  it('opens from a deep link with the query in the box and the right headline', async () => {
    await page.goto(siteUrl(`/search/?q=${encodeURIComponent('春耕')}`));
    await settled(page);
    expect(await page.inputValue('#search-query')).toBe('春耕');
    expect(await page.locator('.result-headline').first().textContent()).toBe(A2);
    expect(await page.locator('#search-status').textContent()).toBe('找到 1 篇包含“春耕”的文章。');
    expect(await page.title()).toBe('春耕 - 搜索 | 读报');
  });

  it('updates the results and the URL as the reader types, and the URL can be reloaded', async () => {
    await page.goto(siteUrl('/search/'));
    await page.locator('#search-query').pressSequentially('新居民', { delay: 30 });
    await page.waitForFunction(() => document.querySelector('#search-status')?.textContent?.startsWith('找到'));
    expect(new URL(page.url()).searchParams.get('q')).toBe('新居民');
    expect(await page.locator('.result-headline').allTextContents()).toEqual([A3]);
    await page.reload();
    await settled(page);
    expect(await page.locator('.result-headline').allTextContents()).toEqual([A3]);
  });

  it('marks the matched words in headline and excerpt, and links sub-results to the subhead', async () => {
    await searchFor('人工智能');
    const first = page.locator('.result').first();
    expect(await first.locator('.result-headline mark').count()).toBe(0);
    expect(await first.locator('.excerpt mark').first().textContent()).toBe('人工智能');
    const subLinks = await first.locator('.sub-result-link').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(subLinks.length).toBeGreaterThan(0);
    for (const href of subLinks) expect(href).toMatch(/^\/articles\/gong-shu-kai-ju\/\?hl=%E4%BA%BA%E5%B7%A5%E6%99%BA%E8%83%BD#[a-z0-9-]+$/u);
  });

  it('says plainly when nothing is found, with hints and a way to browse', async () => {
    await searchFor('量子计算机');
    expect(await page.locator('#search-status').textContent()).toBe('没有找到包含“量子计算机”的文章。');
    expect(await page.locator('#search-empty').textContent()).toContain('试试更少或更短的词');
    expect(await page.locator('#search-empty a[href^="/editions/"]').count()).toBeGreaterThan(0);
  });

  it('moves through results with the arrow keys and opens one with Enter', async () => {
    await searchFor('金融');
    await page.focus('#search-query');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('result-link');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain(A2);
    await Promise.all([page.waitForURL(/\/articles\/he-cheng-nong-shang-yin-hang\/\?hl=/u), page.keyboard.press('Enter')]);
  });

  it('shows hostile queries as text and runs nothing', async () => {
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    for (const query of ['<img src=x onerror=alert(1)>', '"><script>alert(2)</script>', '</script><svg onload=alert(3)>']) {
      await searchFor(query);
      expect(await page.locator('#search-status').textContent()).toContain(parseQuery(query).display);
      expect(await page.locator('main img, main svg, main script:not([type="application/json"]):not([src])').count()).toBe(0);
    }
    expect(dialogs).toEqual([]);
  });

  it('keeps working with a 5,000-character query pasted in, and with control characters', async () => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(siteUrl('/search/'));
    await page.fill('#search-query', '春'.repeat(5000));
    await page.press('#search-query', 'Enter');
    await settled(page);
    expect(await page.locator('#search-status').textContent()).toContain('没有找到');
    expect(page.url().length).toBeLessThan(1000);
    await searchFor('春\u0000耕\u0007\u200b');
    expect(await page.locator('.result-headline').first().textContent()).toBe(A2);
    expect(errors).toEqual([]);
  });

  it('says without JavaScript that search needs it, and links to the edition', async () => {
    const off = await newPage(browser, { javaScriptEnabled: false });
    await off.goto(siteUrl('/search/?q=春耕'));
    const note = off.locator('.search-page .search-note').first();
    expect(await note.textContent()).toContain('需要浏览器开启 JavaScript');
    expect(await note.locator('a[href^="/editions/"]').count()).toBeGreaterThan(0);
    await off.context().close();
  });
});

describe('search and the other pages', () => {
  it('an article page fetches nothing for search until the reader asks', async () => {
    const reader = await newPage(browser);
    const requests: string[] = [];
    reader.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await reader.goto(siteUrl('/articles/gong-shu-kai-ju/'), { waitUntil: 'networkidle' });
    expect(requests.filter((path) => /pagefind|wasm|search/u.test(path))).toEqual([]);
    await reader.context().close();
  });

  it('/ and Ctrl+K put the cursor in the header search box, but not while typing', async () => {
    const reader = await newPage(browser);
    await reader.goto(siteUrl('/articles/gong-shu-kai-ju/'));
    await reader.keyboard.press('/');
    expect(await reader.evaluate(() => document.activeElement?.id)).toBe('site-search');
    expect(await reader.inputValue('#site-search')).toBe('');
    await reader.keyboard.type('春耕/');
    expect(await reader.inputValue('#site-search')).toBe('春耕/');
    await reader.evaluate(() => (document.activeElement as HTMLElement).blur());
    await reader.keyboard.press('Control+k');
    expect(await reader.evaluate(() => document.activeElement?.id)).toBe('site-search');
    await Promise.all([reader.waitForURL(/\/search\/\?q=/u), reader.keyboard.press('Enter')]);
    await settled(reader);
    expect(await reader.locator('.result-headline').first().textContent()).toBe(A2);
    await reader.context().close();
  });

  it('following a result marks the matched words on the article and scrolls them into view', async () => {
    const reader = await newPage(browser, { viewport: { width: 800, height: 600 } });
    await reader.goto(siteUrl(`/search/?q=${encodeURIComponent('新居民志愿者')}`));
    await settled(reader);
    await Promise.all([reader.waitForURL(/\/articles\//u), reader.locator('.result-link').first().click()]);
    await reader.waitForSelector('mark.search-hit');
    const marks = await reader.locator('mark.search-hit').allTextContents();
    expect(marks).toEqual(['新居民志愿者']);
    const inView = await reader.locator('mark.search-hit').first().evaluate((mark) => {
      const box = mark.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= innerHeight;
    });
    expect(inView).toBe(true);
    expect(await reader.evaluate(() => scrollY)).toBeGreaterThan(300);
    await reader.context().close();
  });
});

describe('the index', () => {
  it('is built for the article pages only', () => {
    const entry = JSON.parse(readFileSync(new URL('../../dist/pagefind/v/undated/pagefind-entry.json', import.meta.url), 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(Object.keys(entry.languages)).toEqual(['zh']);
    expect(entry.languages.zh!.page_count).toBe(builtPages().filter((path) => path.startsWith('/articles/')).length);
  });
});
