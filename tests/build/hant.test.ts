/**
 * The 繁體 edition as built: every page a reader reads has a twin under
 * /zh-hant/, in Traditional as OpenCC (cn → t) decides it, with hreflang
 * alternates both ways, its own canonical URL, a feed and sitemaps. The
 * HTML-validity, CSP and link checks of the other build tests cover the
 * /zh-hant/ pages too: they read every built page.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { createConverter } from '../../src/lib/hant/converter.ts';
import { site } from '../../src/site.ts';
import { builtPages, fileForPath, loadPage, textOf } from '../support/dist.ts';
import { distDir } from '../support/paths.ts';

const convert = createConverter();
const pages = builtPages();
const hant = pages.filter((path) => path.startsWith('/zh-hant/'));
const simplified = pages.filter((path) => !path.startsWith('/zh-hant/'));
const articles = simplified.filter((path) => path.startsWith('/articles/'));
const absolute = (path: string) => new URL(path, site.url).href;
const twin = (path: string) => `/zh-hant${path}`;
const alternates = (doc: Document) => Object.fromEntries([...doc.querySelectorAll('link[rel="alternate"][hreflang]')].map((link) => [link.getAttribute('hreflang'), link.getAttribute('href')]));

/**
 * Words on the pages in which OpenCC keeps a character that, alone, it would
 * convert: that character is also Traditional there. 嘉里城 is a proper name
 * (Kerry Centre: 嘉里, not 嘉裏); in 上下游 the 游 of 上游/下游 is the Traditional
 * spelling too (遊 is to travel). Nothing else may be left in Simplified.
 */
const KEPT_WORDS = ['嘉里', '上下游'];

/** What a reader reads or hears on a page: its text (not code), title and readable attributes. */
function readable(doc: Document): string {
  const copy = doc.documentElement.cloneNode(true) as Element;
  // The switch back to 简体 is in Simplified on purpose: it is marked lang="zh-Hans".
  for (const element of copy.querySelectorAll('script, style, [lang="zh-Hans"]')) element.remove();
  const attributes = ['title', 'alt', 'aria-label', 'placeholder', 'label'];
  const parts = [copy.textContent ?? ''];
  for (const element of copy.querySelectorAll('*')) for (const name of attributes) parts.push(element.getAttribute(name) ?? '');
  for (const meta of copy.querySelectorAll('meta[content]:not([http-equiv])')) parts.push(meta.getAttribute('content') ?? '');
  return parts.join('\n');
}

describe('the 繁體 edition', () => {
  it('has a twin of every page, the offline page too, in zh-Hant, and the feed', () => {
    expect(hant.length).toBeGreaterThan(10);
    for (const path of simplified) {
      expect(existsSync(fileForPath(twin(path))), twin(path)).toBe(true);
      expect(loadPage(twin(path)).documentElement.getAttribute('lang'), twin(path)).toBe('zh-Hant');
    }
    expect(hant.sort()).toEqual(simplified.map(twin).sort());
  });

  it.each(articles)('%s: hreflang both ways and x-default, canonical and og:url per language, og:locale', (path) => {
    const both = { 'zh-Hans': absolute(path), 'zh-Hant': absolute(twin(path)), 'x-default': absolute(path) };
    const hans = loadPage(path);
    const hantDoc = loadPage(twin(path));
    expect(alternates(hans)).toEqual(both);
    expect(alternates(hantDoc)).toEqual(both);
    expect(hans.querySelector('link[rel="canonical"]')!.getAttribute('href')).toBe(absolute(path));
    expect(hantDoc.querySelector('link[rel="canonical"]')!.getAttribute('href')).toBe(absolute(twin(path)));
    expect(hantDoc.querySelector('meta[property="og:url"]')!.getAttribute('content')).toBe(absolute(twin(path)));
    expect(hantDoc.querySelector('meta[property="og:locale"]')!.getAttribute('content')).toBe('zh_TW');
  });

  it.each(articles)('%s: every paragraph, heading and the title in Traditional as OpenCC decides, no word lost', (path) => {
    const hans = loadPage(path);
    const hantDoc = loadPage(twin(path));
    const blocks = (doc: Document) => [...doc.querySelectorAll('main :is(p, h1, h2, h3, figcaption, li)')].map(textOf);
    expect(blocks(hantDoc)).toEqual(blocks(hans).map(convert));
    expect(hantDoc.title).toBe(convert(hans.title));
  });

  it('spells the hard cases of the printed page as OpenCC does: 幹/發/髮, 後, 裏, 臺, and keeps 面 and 嘉里', () => {
    const text = (path: string) => textOf(loadPage(twin(path)).querySelector('main'));
    const first = text('/articles/gong-shu-kai-ju/');
    for (const word of ['以實幹爭先', '發展', '背後', '裏子', '平臺', '面對', '面子', '嘉里城', '怎麼幹']) expect(first, word).toContain(word);
    expect(first).not.toMatch(/實干|后|里子|平台/u);
    const third = text('/articles/tui-dong-xin-ju-min-cong/');
    for (const word of ['理髮室', '舞臺', '30餘起', '10分鐘']) expect(third, word).toContain(word);
    expect(text('/articles/he-cheng-nong-shang-yin-hang/')).toContain('2年後即可');
  });

  it.each(hant)('%s: no Simplified-only character left outside the kept words', (path) => {
    let text = readable(loadPage(path));
    for (const word of KEPT_WORDS) text = text.replaceAll(word, '');
    const left = [...new Set([...text].filter((char) => /\p{Script=Han}/u.test(char) && convert(char) !== char))];
    expect(left, path).toEqual([]);
  });

  it.each(hant)('%s: links lead to the 繁體 pages, and the switch back to the Simplified one', (path) => {
    const doc = loadPage(path);
    const simplifiedPath = path === '/zh-hant/404.html' ? '/' : path.slice('/zh-hant'.length);
    const switchLink = doc.querySelector('a.script-switch')!;
    expect([switchLink.getAttribute('href'), switchLink.getAttribute('lang'), textOf(switchLink)]).toEqual([simplifiedPath, 'zh-Hans', '简']);
    for (const link of doc.querySelectorAll('main a[href^="/"], .site-header a[href^="/"]:not(.script-switch)')) {
      expect(link.getAttribute('href'), `${path}: ${link.outerHTML}`).toMatch(/^\/zh-hant\//u);
    }
    for (const form of doc.querySelectorAll('form[action]')) expect(form.getAttribute('action')).toBe('/zh-hant/search/');
  });

  it('gives each Simplified page a switch to its twin, labelled in Traditional', () => {
    for (const path of simplified) {
      const link = loadPage(path).querySelector('a.script-switch')!;
      expect([link.getAttribute('href'), link.getAttribute('lang'), link.getAttribute('aria-label'), textOf(link)], path).toEqual([
        path === '/404.html' ? '/zh-hant/' : twin(path),
        'zh-Hant',
        '繁體中文',
        '繁',
      ]);
    }
  });

  it('converts JSON-LD on the articles: Traditional headline, twin URLs, zh-Hant', () => {
    for (const path of articles) {
      const data = (doc: Document) => JSON.parse(doc.querySelector('script[type="application/ld+json"]')!.textContent!) as { '@graph': Record<string, unknown>[] };
      const hans = data(loadPage(path))['@graph'][0]!;
      const hantData = data(loadPage(twin(path)))['@graph'][0]!;
      expect(hantData.headline).toBe(convert(hans.headline as string));
      expect(hantData.url).toBe(absolute(twin(path)));
      expect(hantData.inLanguage).toBe('zh-Hant');
    }
  });

  it.each(articles)('%s: the 繁體 page shows its own 繁體 preview card, in og:image and JSON-LD', (path) => {
    const slug = path.split('/')[2]!;
    const card = `/og/zh-hant/articles/${slug}.png`;
    const doc = loadPage(twin(path));
    expect(doc.querySelector('meta[property="og:image"]')!.getAttribute('content')).toBe(absolute(card));
    const bytes = readFileSync(fileForPath(card));
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1200, 630]);
    expect(bytes.equals(readFileSync(fileForPath(`/og/articles/${slug}.png`)))).toBe(false);
    const graph = (JSON.parse(doc.querySelector('script[type="application/ld+json"]')!.textContent!) as { '@graph': { image?: string[] }[] })['@graph'];
    expect(graph[0]!.image).toEqual([absolute(card)]);
    expect(loadPage('/zh-hant/').querySelector('meta[property="og:image"]')!.getAttribute('content')).toBe(absolute('/og/zh-hant/site.png'));
  });

  it('has a Traditional feed at /zh-hant/rss.xml, advertised on the 繁體 pages', () => {
    const source = readFileSync(join(distDir, 'zh-hant/rss.xml'), 'utf8');
    const feed = new DOMParser().parseFromString(source, 'text/xml') as unknown as Document;
    const original = new DOMParser().parseFromString(readFileSync(join(distDir, 'rss.xml'), 'utf8'), 'text/xml') as unknown as Document;
    expect(source.startsWith('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"')).toBe(true);
    expect(textOf(feed.querySelector('channel > language'))).toBe('zh-Hant');
    const titles = (doc: Document) => [...doc.querySelectorAll('item > title')].map(textOf);
    expect(titles(feed)).toEqual(titles(original).map(convert));
    expect(titles(feed)).toContain('拱墅開局：以實幹爭先，以創新致遠');
    for (const link of feed.querySelectorAll('item > link')) expect(textOf(link)).toMatch(new RegExp(`^${site.url}/zh-hant/articles/`, 'u'));
    expect(loadPage('/zh-hant/').querySelector('link[type="application/rss+xml"]')!.getAttribute('href')).toBe('/zh-hant/rss.xml');
  });

  it('lists both editions in the sitemaps, each URL with its alternates', () => {
    const index = readFileSync(join(distDir, 'sitemap-index.xml'), 'utf8');
    const files = [...index.matchAll(/<loc>([^<]+)<\/loc>/gu)].map((match) => new URL(match[1]!).pathname);
    const urls = files.flatMap((file) => [...readFileSync(join(distDir, file), 'utf8').matchAll(/<url><loc>([^<]+)<\/loc>(.*?)<\/url>/gu)]);
    for (const path of articles) {
      for (const url of [absolute(path), absolute(twin(path))]) {
        const entry = urls.find((match) => match[1] === url);
        expect(entry, url).toBeDefined();
        expect(entry![2]).toBe(
          `<xhtml:link rel="alternate" hreflang="zh-Hans" href="${absolute(path)}"/><xhtml:link rel="alternate" hreflang="zh-Hant" href="${absolute(twin(path))}"/>` +
            `<xhtml:link rel="alternate" hreflang="x-default" href="${absolute(path)}"/>`,
        );
      }
    }
  });

  it('leaves the scripts byte for byte, so the search page loads the same client from the same URLs', () => {
    const scripts = (path: string) => [...loadPage(path).querySelectorAll('script:not([type="application/ld+json"])')].map((s) => s.outerHTML);
    for (const path of simplified) expect(scripts(twin(path)), path).toEqual(scripts(path));
  });
});
