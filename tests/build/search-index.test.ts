/** The search index and the search page as built. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { liteConverter, parseHantPasses } from '../../src/lib/hant/convert-lite.ts';
import { parseQuery } from '../../src/lib/search/normalize.ts';
import { queryKeys, queryTitleKeys, readRouteShard, routeShardPath, routeShards, shardOf, titleShardPath, volumesHoldingAll } from '../../src/lib/search/route.ts';
import { builtPages, loadPage, readPage } from '../support/dist.ts';
import { distDir } from '../support/paths.ts';

describe('search at build time', () => {
  it('writes Pagefind’s script once, a base index, an index per volume and the router, without the ready-made interfaces the site does not use', () => {
    expect(readdirSync(join(distDir, 'pagefind')).sort()).toEqual(['base', 'hant-ui.txt', 'hant.txt', 'pagefind-highlight.js', 'pagefind.js', 'route', 'v']);
    const volumes = readdirSync(join(distDir, 'pagefind/v'));
    // The first page has no printed date: its articles are in the undated volume.
    expect(volumes).toEqual(['undated']);
    const files = readdirSync(join(distDir, 'pagefind/v/undated'));
    expect(files).toEqual(expect.arrayContaining(['pagefind-entry.json', 'index', 'fragment']));
    expect(files.filter((name) => name.endsWith('.pf_meta'))).toHaveLength(1);
    expect(files.filter((name) => /\.(js|css)$/u.test(name))).toEqual([]);
    // A site's only volume is the index Pagefind starts with, so it loads the WebAssembly from there.
    expect(files).toContain('wasm.unknown.pagefind');
    expect(loadPage('/search/').querySelector('link[rel="preload"][as="fetch"]')?.getAttribute('href')).toBe('/pagefind/v/undated/wasm.unknown.pagefind');
    // And its entry file and metadata, which Pagefind would otherwise fetch one after the other once its script has run.
    const entryText = readFileSync(join(distDir, 'pagefind/v/undated/pagefind-entry.json'), 'utf8');
    const tag = loadPage('/search/').querySelector('#search-volumes')!.getAttribute('data-meta-tag')!;
    // The hash naming the index's metadata: it changes with the index.
    expect(tag).toBe((JSON.parse(entryText) as { languages: Record<string, { hash: string }> }).languages['zh']!.hash);
    const preloads = [...loadPage('/search/').querySelectorAll('link[rel="preload"][as="fetch"][crossorigin="anonymous"]')].map((link) => link.getAttribute('href'));
    const metaFile = `pagefind.${(JSON.parse(entryText) as { languages: Record<string, { hash: string }> }).languages['zh']!.hash}.pf_meta`;
    expect(files).toContain(metaFile);
    expect(preloads).toEqual(['/pagefind/v/undated/wasm.unknown.pagefind', `/pagefind/v/undated/pagefind-entry.json?ts=${tag}`, `/pagefind/v/undated/${metaFile}`]);
    // Every volume on the page's list names its metadata, for the page to preload with the entry file when a query needs it.
    const listed = JSON.parse(loadPage('/search/').querySelector('#search-volumes')!.textContent!) as { path: string; meta: string }[];
    expect(listed.map((volume) => `${volume.path}pagefind.${volume.meta}.pf_meta`)).toEqual([`/pagefind/v/undated/${metaFile}`]);
    expect(readdirSync(join(distDir, 'pagefind/base'))).toEqual(expect.arrayContaining(['pagefind-entry.json', 'wasm.unknown.pagefind', 'index', 'fragment']));
    const entry = JSON.parse(readFileSync(join(distDir, 'pagefind/v/undated/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(entry.languages['zh']?.page_count).toBe(builtPages().filter((path) => path.startsWith('/articles/')).length);
  });

  it('files every headline’s keys under the volume that holds it, every title line’s in the title router, and a word no article holds under none', () => {
    const list = loadPage('/search/').querySelector('#search-volumes')!;
    const shards = Number(list.getAttribute('data-route-shards'));
    const volumes = JSON.parse(list.textContent!) as { id: string }[];
    expect(shards).toBe(routeShards(builtPages().filter((path) => path.startsWith('/articles/')).length));
    expect(readdirSync(join(distDir, 'pagefind/route')).sort()).toEqual([...Array.from({ length: shards }, (_, i) => `${i}.txt`), 't'].sort());
    expect(readdirSync(join(distDir, 'pagefind/route/t')).sort()).toEqual(Array.from({ length: shards }, (_, i) => `${i}.txt`).sort());
    const lookUp = (keys: string[], path: (shard: number) => string) => {
      const found = new Map<string, number[]>();
      for (const key of keys) {
        const text = readFileSync(join(distDir, path(shardOf(key, shards))), 'utf8');
        for (const [k, indexes] of readRouteShard(text, [key], volumes.length)) found.set(k, indexes);
      }
      return volumesHoldingAll(found, volumes.length).map((i) => volumes[i]!.id);
    };
    const route = (query: string) => lookUp(queryKeys(parseQuery(query).terms), routeShardPath);
    const inTitles = (query: string) => lookUp(queryTitleKeys(parseQuery(query).terms), titleShardPath);
    for (const path of builtPages().filter((p) => p.startsWith('/articles/'))) {
      const titles = loadPage(path).querySelector('[data-pagefind-body] hgroup')!;
      const headline = titles.querySelector('h1')!.textContent!;
      expect(route(headline), headline).toEqual(['undated']);
      // Every title line, kicker and subtitle too, is filed in the title router.
      for (const line of titles.children) expect(inTitles(line.textContent!), line.textContent!).toEqual(['undated']);
    }
    // Words the text holds but no title: in the text router, not the title router.
    expect(route('不可逆转的时代大势')).toEqual(['undated']);
    expect(inTitles('不可逆转的时代大势')).toEqual([]);
    expect(route('量子计算机')).toEqual([]);
    expect(route('拱墅 量子')).toEqual([]);
    expect(route('拱墅 春耕')).toEqual(['undated']);
  });

  it('gives Pagefind’s results the weights of their matches, so headline matches rank first without loading text', () => {
    expect(readFileSync(join(distDir, 'pagefind/pagefind.js'), 'utf8')).toContain('words:locations,weighted_locations,data:');
    // And a sorted search (按日期) keeps each volume's order when volumes are merged.
    expect(readFileSync(join(distDir, 'pagefind/pagefind.js'), 'utf8')).toContain('if(Object.keys(options2.sort??{}).length===0)results.sort(');
    const doc = loadPage('/articles/tui-dong-xin-ju-min-cong/');
    expect(doc.querySelector('[data-pagefind-body] h1')?.getAttribute('data-pagefind-weight')).toBe('10');
    expect(doc.querySelector('[data-pagefind-body] .kicker')?.getAttribute('data-pagefind-weight')).toBe('9');
    expect(doc.querySelector('[data-pagefind-body]')?.getAttribute('data-volume')).toBe('undated');
    const volumes = JSON.parse(loadPage('/search/').querySelector('#search-volumes')!.textContent!) as { path: string }[];
    expect(volumes.map((v) => v.path)).toEqual(['/pagefind/v/undated/']);
  });

  it('never puts the index separator into a page readers get', () => {
    for (const path of builtPages()) expect(readPage(path).includes('\u200b'), path).toBe(false);
  });

  it('marks article text for the index, captions and credits included, and leaves navigation and the ■ mark out', () => {
    const doc = loadPage('/articles/he-cheng-nong-shang-yin-hang/');
    const body = doc.querySelector('[data-pagefind-body]')!;
    expect(body.tagName).toBe('ARTICLE');
    expect(doc.querySelectorAll('[data-pagefind-body]')).toHaveLength(1);
    for (const ignored of ['.article-footer', 'header .meta', '.byline-mark']) {
      expect(body.querySelector(ignored)?.hasAttribute('data-pagefind-ignore'), ignored).toBe(true);
    }
    // Everything printed on the article is searchable: captions, credits, headings, byline.
    for (const printed of ['figure figcaption', 'figure .credit', 'h1', '.byline']) {
      expect(body.querySelector(printed), printed).not.toBeNull();
      expect(body.querySelector(printed)?.closest('[data-pagefind-ignore]'), printed).toBeNull();
    }
    expect(loadPage('/articles/gong-shu-kai-ju/').querySelector('[data-pagefind-body] p.credit')?.closest('[data-pagefind-ignore]')).toBeNull();
    expect(body.getAttribute('data-pagefind-meta')).toBe('title[data-headline], byline[data-byline], edition[data-edition], place[data-place], order[data-order]');
    // Filters and sort are Pagefind's own: one value an element, and a sort key on every article.
    expect([...body.querySelectorAll('[data-pagefind-filter]')].map((el) => el.getAttribute('data-pagefind-filter'))).toEqual(['author:张焕楠', 'edition:第 1 期版面']);
    expect(body.getAttribute('data-pagefind-sort')).toMatch(/^date:\d+$/u);
    expect(body.getAttribute('data-headline')).toBe('禾城农商银行：金融活水润田畴 护航春耕赋能乡村振兴');
    for (const path of ['/', '/editions/', '/search/', '/404.html']) expect(loadPage(path).querySelector('[data-pagefind-body]'), path).toBeNull();
  });

  it('gives the search page a small traditional-to-simplified map of the characters the articles use', () => {
    const json = loadPage('/search/').querySelector('#search-t2s')!.textContent!;
    const map = JSON.parse(json) as Record<string, string>;
    expect(map['銀']).toBe('银');
    expect(map['農']).toBe('农');
    expect(Buffer.byteLength(json)).toBeLessThan(16 * 1024);
  });

  it('writes the pinyin map as small files of the articles’ own words', () => {
    const files = readdirSync(join(distDir, 'search/pinyin'));
    expect(files).toContain('han.json');
    const shard = JSON.parse(readFileSync(join(distDir, 'search/pinyin/han.json'), 'utf8')) as Record<string, string[]>;
    expect(shard['hangzhou']).toEqual(['杭州']);
    const total = files.reduce((sum, name) => sum + readFileSync(join(distDir, 'search/pinyin', name)).length, 0);
    expect(total).toBeLessThan(128 * 1024);
    // The search page lists exactly the files there are, so a query never asks for a missing one.
    const listed = loadPage('/search/').querySelector('#search-explain')!.getAttribute('data-pinyin-prefixes')!.split(' ');
    expect(listed.map((prefix) => `${prefix}.json`).sort()).toEqual([...files].sort());
    // The whole map they are cut from is not published.
    expect(readdirSync(join(distDir, 'search')).sort()).toEqual(['index.html', 'pinyin']);
  });

  it('loads the search script on the search pages only', () => {
    const scripts = (path: string) => [...loadPage(path).querySelectorAll('script[src]')].map((s) => s.getAttribute('src'));
    // The 繁體 search page loads the same script from the same URL (the client reads <html lang>).
    expect(scripts('/search/')).toHaveLength(1);
    expect(scripts('/zh-hant/search/')).toEqual(scripts('/search/'));
    for (const path of builtPages().filter((p) => p !== '/search/' && p !== '/zh-hant/search/')) expect(scripts(path), path).toEqual([]);
  });

  it('writes the 繁體 dictionary: every article’s text converts with it as its /zh-hant/ twin prints it', () => {
    const convert = liteConverter(parseHantPasses(readFileSync(join(distDir, 'pagefind/hant.txt'), 'utf8')));
    const blocks = (path: string) => [...loadPage(path).querySelectorAll('main h1, main h2, main p, main figcaption, main li')].map((element) => element.textContent ?? '');
    const articles = builtPages().filter((path) => path.startsWith('/articles/'));
    expect(articles.length).toBeGreaterThan(0);
    for (const path of articles) {
      const traditional = blocks(`/zh-hant${path}`);
      expect(traditional.length, path).toBeGreaterThan(10);
      expect(blocks(path).map(convert), path).toEqual(traditional);
    }
    // The scripts' strings alone: a small file, for the tools of an article page.
    const ui = liteConverter(parseHantPasses(readFileSync(join(distDir, 'pagefind/hant-ui.txt'), 'utf8')));
    expect(ui('已复制本文的链接')).toBe('已複製本文的鏈接');
  });

  it('leaves out of the 繁體 dictionary what no reader sees: the search page’s Traditional → Simplified map brought entries for compatibility characters', () => {
    const keys = parseHantPasses(readFileSync(join(distDir, 'pagefind/hant.txt'), 'utf8')).flatMap((pass) => (pass === '' ? [] : pass.split('|').map((entry) => entry.split(' ')[0]!)));
    expect(keys.length).toBeGreaterThan(100);
    expect(keys.filter((key) => /[\u{F900}-\u{FAFF}]/u.test(key))).toEqual([]);
  });

  it('leaves the search page readable without script: a note, the form, links to browse', () => {
    const html = readFileSync(join(distDir, 'search/index.html'), 'utf8');
    expect(html).toMatch(/<noscript><p class="search-note">搜索结果需要浏览器开启 JavaScript/u);
    expect(loadPage('/search/').querySelector('form[action="/search/"][method="get"] input[name="q"]')).not.toBeNull();
  });
});
