/** The 繁體 edition's page transform: text and readable attributes to Traditional, code untouched, links to the twins. */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { toTraditionalFeed } from '../../../src/lib/hant/convert-feed.ts';
import { convertJsonLd, rewriteLink, toTraditionalPage, type HantPageOptions } from '../../../src/lib/hant/convert-html.ts';
import { createConverter } from '../../../src/lib/hant/converter.ts';
import { twinOf } from '../../../src/lib/hant/paths.ts';
import { narrowPolicy } from '../../../src/integrations/page-csp.ts';

const convert = createConverter();
const origin = 'https://dubao.example.cn';
const options: HantPageOptions = { convert, origin, twin: (path) => twinOf(path) };
const withCards: HantPageOptions = { convert, origin, twin: (path) => twinOf(path, { cards: true }) };
const page = (body: string, head = '') => `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>读报</title>${head}</head><body>${body}</body></html>`;
const docOf = (html: string) => parseHTML(html).document as unknown as Document;

describe('OpenCC cn → t, the hard cases as OpenCC decides them', () => {
  // One-to-many characters: the phrase tables choose by the word. These are OpenCC 1.4's standard
  // (OpenCC's own, not a region's) choices; 里 → 裏 and 面 → 麪 are its standard forms (Taiwan's would be 裡, 麵).
  const cases: [string, string][] = [
    ['头发', '頭髮'],
    ['发展', '發展'],
    ['理发店', '理髮店'],
    ['干部', '幹部'],
    ['干净', '乾淨'],
    ['实干', '實幹'],
    ['以后', '以後'],
    ['皇后', '皇后'],
    ['这里', '這裏'],
    ['公里', '公里'],
    ['面条', '麪條'],
    ['面对', '面對'],
    ['台湾', '臺灣'],
    ['台风', '颱風'],
    ['一台电脑', '一臺電腦'],
    ['钟表', '鐘錶'],
    ['联系', '聯繫'],
  ];
  it.each(cases)('%s → %s', (simplified, traditional) => {
    expect(convert(simplified)).toBe(traditional);
    const html = toTraditionalPage(page(`<p id="p-1">${simplified}</p>`), options);
    expect(docOf(html).getElementById('p-1')!.textContent).toBe(traditional);
  });

  it('keeps regional vocabulary as printed (no 軟件 → 軟體, 信息 → 資訊)', () => {
    expect(convert('软件信息')).toBe('軟件信息');
  });
});

describe('toTraditionalPage', () => {
  it('converts text nodes and the title, and says zh-Hant', () => {
    const html = toTraditionalPage(page('<h1>拱墅开局：以实干争先</h1><p>头发<a href="#p-1">发展</a>后来</p>'), options);
    const doc = docOf(html);
    expect(doc.documentElement.getAttribute('lang')).toBe('zh-Hant');
    expect(doc.title).toBe('讀報');
    expect(doc.querySelector('h1')!.textContent).toBe('拱墅開局：以實幹爭先');
    expect(doc.querySelector('p')!.textContent).toBe('頭髮發展後來');
  });

  it('converts the readable attributes, and keeps data-* and form values', () => {
    const html = toTraditionalPage(
      page(
        '<nav aria-label="网站"><img src="/favicon.svg" alt="报纸图片" title="说明"></nav>' +
          '<form action="/search/"><input type="search" name="q" value placeholder="搜索文章（按 / 键）"><select name="edition"><option value="第1版 要闻" label="第1版 要闻">第1版 要闻</option></select>' +
          '<input type="submit" value="开始搜索"><button type="submit">搜索</button></form>' +
          '<article data-headline="拱墅开局" data-pagefind-filter="author:詹丽华"></article>',
        '<meta name="description" content="杭州市拱墅区的发展"><meta property="og:title" content="拱墅开局"><meta property="og:image:alt" content="拱墅开局的预览图">',
      ),
      options,
    );
    const doc = docOf(html);
    expect(doc.querySelector('nav')!.getAttribute('aria-label')).toBe('網站');
    expect(doc.querySelector('img')!.getAttribute('alt')).toBe('報紙圖片');
    expect(doc.querySelector('img')!.getAttribute('title')).toBe('說明');
    expect(doc.querySelector('input[type=search]')!.getAttribute('placeholder')).toBe('搜索文章（按 / 鍵）');
    expect(doc.querySelector('input[type=submit]')!.getAttribute('value')).toBe('開始搜索');
    expect(doc.querySelector('meta[name=description]')!.getAttribute('content')).toBe('杭州市拱墅區的發展');
    expect(doc.querySelector('meta[property="og:title"]')!.getAttribute('content')).toBe('拱墅開局');
    expect(doc.querySelector('meta[property="og:image:alt"]')!.getAttribute('content')).toBe('拱墅開局的預覽圖');
    // A filter's value is what the index holds; its text is what the reader reads.
    const option = doc.querySelector('option')!;
    expect([option.getAttribute('value'), option.getAttribute('label'), option.textContent]).toEqual(['第1版 要闻', '第1版 要聞', '第1版 要聞']);
    expect(doc.querySelector('article')!.getAttribute('data-headline')).toBe('拱墅开局');
    expect(doc.querySelector('article')!.getAttribute('data-pagefind-filter')).toBe('author:詹丽华');
  });

  it('leaves executable scripts and styles byte for byte, so the page CSP hashes still hold', () => {
    const script = "<script>const label='发展';document.title='后来'</script>";
    const style = '<style>.x::after{content:"发展"}</style>';
    const source = narrowPolicy(
      page(`<p>发展</p>${script}`, `<meta http-equiv="content-security-policy" content="script-src 'self' 'sha256-x';style-src 'self'">${style}`),
    );
    const html = toTraditionalPage(source, options);
    expect(html).toContain(script);
    expect(html).toContain(style);
    expect(html).toContain('<p>發展</p>');
    // The policy the Simplified page was given is exactly the one the Traditional page's code needs.
    expect(narrowPolicy(html)).toBe(html);
  });

  it('converts JSON-LD string values, its URLs and inLanguage', () => {
    const data = {
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: '干部的头发</script>',
      url: `${origin}/articles/x/`,
      inLanguage: 'zh-CN',
      image: [`${origin}/og/articles/x.png`],
      publisher: { '@type': 'Organization', name: '读报', url: origin },
      position: 1,
    };
    const json = JSON.stringify(data).replaceAll('<', '\\u003c');
    const html = toTraditionalPage(page(`<script type="application/ld+json">${json}</script>`), options);
    const text = /<script type="application\/ld\+json">([^<]*)<\/script>/u.exec(html)![1]!;
    expect(text).not.toContain('<');
    expect(JSON.parse(text)).toEqual({
      ...data,
      headline: '幹部的頭髮</script>',
      url: `${origin}/zh-hant/articles/x/`,
      inLanguage: 'zh-Hant',
      publisher: { '@type': 'Organization', name: '讀報', url: origin },
    });
    expect(JSON.parse(convertJsonLd(json, withCards)).image).toEqual([`${origin}/og/zh-hant/articles/x.png`]);
  });

  it('sends links to the twins of pages, and nothing else', () => {
    const html = toTraditionalPage(
      page(
        '<a id="home" href="/">首页</a><a id="article" href="/articles/x/#p-3">文章</a><a id="edition" href="/editions/2026-03-05-1/?from=1">版面</a>' +
          '<a id="feed" href="/rss.xml">RSS</a><a id="sitemap" href="/sitemap-index.xml">站点地图</a><a id="offline" href="/offline/">离线</a>' +
          '<a id="self" href="#p-2">本段</a><a id="external" href="https://example.org/articles/x/">外站</a><a id="scheme" href="//example.org/">外站</a>' +
          '<form id="search" action="/search/"></form><img id="card" src="/og/articles/x.png" alt="">',
        `<link rel="canonical" href="${origin}/articles/x/"><meta property="og:url" content="${origin}/articles/x/"><meta property="og:image" content="${origin}/og/articles/x.png">` +
          `<meta property="og:locale" content="zh_CN"><link rel="alternate" hreflang="zh-Hans" href="${origin}/articles/x/"><link rel="alternate" hreflang="zh-Hant" href="${origin}/zh-hant/articles/x/">` +
          '<link rel="icon" href="/favicon.svg"><script type="module" src="/_astro/page.js"></script><link rel="preload" href="/pagefind/base/pagefind.js">',
      ),
      options,
    );
    const doc = docOf(html);
    const href = (id: string) => doc.getElementById(id)!.getAttribute('href');
    expect([href('home'), href('article'), href('edition'), href('feed')]).toEqual(['/zh-hant/', '/zh-hant/articles/x/#p-3', '/zh-hant/editions/2026-03-05-1/?from=1', '/zh-hant/rss.xml']);
    expect([href('sitemap'), href('offline'), href('self'), href('external'), href('scheme')]).toEqual(['/sitemap-index.xml', '/zh-hant/offline/', '#p-2', 'https://example.org/articles/x/', '//example.org/']);
    expect(doc.getElementById('search')!.getAttribute('action')).toBe('/zh-hant/search/');
    expect(doc.getElementById('card')!.getAttribute('src')).toBe('/og/articles/x.png');
    expect(doc.querySelector('link[rel=canonical]')!.getAttribute('href')).toBe(`${origin}/zh-hant/articles/x/`);
    expect(doc.querySelector('meta[property="og:url"]')!.getAttribute('content')).toBe(`${origin}/zh-hant/articles/x/`);
    expect(doc.querySelector('meta[property="og:locale"]')!.getAttribute('content')).toBe('zh_TW');
    expect(doc.querySelector('meta[property="og:image"]')!.getAttribute('content')).toBe(`${origin}/og/articles/x.png`);
    expect([...doc.querySelectorAll('link[hreflang]')].map((link) => link.getAttribute('href'))).toEqual([`${origin}/articles/x/`, `${origin}/zh-hant/articles/x/`]);
    expect(doc.querySelector('link[rel=icon]')!.getAttribute('href')).toBe('/favicon.svg');
    expect(doc.querySelector('script[src]')!.getAttribute('src')).toBe('/_astro/page.js');
    expect(doc.querySelector('link[rel=preload]')!.getAttribute('href')).toBe('/pagefind/base/pagefind.js');
    // With the Traditional cards drawn, the preview image is the Traditional card.
    const carded = docOf(toTraditionalPage(page('', `<meta property="og:image" content="${origin}/og/articles/x.png">`), withCards));
    expect(carded.querySelector('meta[property="og:image"]')!.getAttribute('content')).toBe(`${origin}/og/zh-hant/articles/x.png`);
  });

  it('turns the header switch round: back to the Simplified page, in Simplified', () => {
    const html = toTraditionalPage(
      page('<a class="script-switch" href="/zh-hant/articles/x/" hreflang="zh-Hant" lang="zh-Hant" aria-label="繁體中文" data-action="script">繁</a>'),
      options,
    );
    expect(html).toContain('<a class="script-switch" href="/articles/x/" hreflang="zh-Hans" lang="zh-Hans" aria-label="简体中文" data-action="script">简</a>');
  });

  it('keeps text marked as Simplified, and entities as written', () => {
    const html = toTraditionalPage(page('<p>发展 &amp; 后来 &lt;b&gt;<span lang="zh-Hans">简体</span></p><p title="&quot;发&quot;">里</p>'), options);
    expect(html).toContain('<p>發展 &amp; 後來 &lt;b&gt;<span lang="zh-Hans">简体</span></p><p title="&quot;發&quot;">裏</p>');
  });

  it('changes nothing but Han characters: the same markup, every text node the conversion of the Simplified one', () => {
    const source = page(
      '<header><a href="#main">读报</a><br><input hidden value></header><main><svg viewBox="0 0 10 10" aria-label="图"><title>图标</title></svg>' +
        '<p id="p-1"><a class="self-link" href="#p-1" aria-label="本段链接"></a>干部说：“发展是硬道理。”<mark>台风</mark></p><!-- 注释 --><textarea>里面</textarea></main>',
    );
    const html = toTraditionalPage(source, options);
    const simplified = docOf(source);
    const traditional = docOf(html);
    const shape = (doc: Document) => [...doc.querySelectorAll('*')].map((element) => element.tagName).join(' ');
    expect(shape(traditional)).toBe(shape(simplified));
    const texts = (doc: Document) => {
      const walker = doc.createTreeWalker(doc.body, 4);
      const out: string[] = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) out.push(node.nodeValue ?? '');
      return out;
    };
    expect(texts(traditional)).toEqual(texts(simplified).map(convert));
    expect(html).toContain('<svg viewBox="0 0 10 10" aria-label="圖">');
    expect(html).toContain('<input hidden value>');
    expect(html).toContain('<!-- 注释 -->');
    expect(html.replace(/[\u3400-\u9fff]/gu, '')).toBe(source.replace(/[\u3400-\u9fff]/gu, '').replace('lang="zh-CN"', 'lang="zh-Hant"'));
  });
});

describe('rewriteLink and twinOf', () => {
  it('rewrites site paths and absolute site URLs with a twin, keeping query and hash', () => {
    expect(rewriteLink('/authors/x/2/?a=1#b', options)).toBe('/zh-hant/authors/x/2/?a=1#b');
    expect(rewriteLink(`${origin}/`, options)).toBe(`${origin}/zh-hant/`);
    expect(rewriteLink('/zh-hant/articles/x/', options)).toBe('/zh-hant/articles/x/');
    expect(rewriteLink('/404.html', options)).toBe('/zh-hant/404.html');
    expect(rewriteLink('/_astro/x.css', options)).toBe('/_astro/x.css');
    expect(rewriteLink('/search/pinyin/han.json', options)).toBe('/search/pinyin/han.json');
    expect(rewriteLink('mailto:desk@example.cn', options)).toBe('mailto:desk@example.cn');
  });

  it('names the Traditional cards only when they are drawn', () => {
    expect(twinOf('/og/site.png')).toBeUndefined();
    expect(twinOf('/og/site.png', { cards: true })).toBe('/og/zh-hant/site.png');
    expect(twinOf('/og/zh-hant/site.png', { cards: true })).toBeUndefined();
  });
});

describe('toTraditionalFeed', () => {
  it('converts titles, descriptions and content, leads links to the twins, says zh-Hant', () => {
    const xml =
      '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>读报</title><link>https://dubao.example.cn/</link><language>zh-CN</language>' +
      '<item><title>干部的头发</title><link>https://dubao.example.cn/articles/x/</link><guid isPermaLink="true">https://dubao.example.cn/articles/x/</guid>' +
      '<description>以后</description><content:encoded>&lt;p&gt;台风&lt;/p&gt;</content:encoded></item></channel></rss>';
    expect(toTraditionalFeed(xml, options)).toBe(
      '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>讀報</title><link>https://dubao.example.cn/zh-hant/</link><language>zh-Hant</language>' +
        '<item><title>幹部的頭髮</title><link>https://dubao.example.cn/zh-hant/articles/x/</link><guid isPermaLink="true">https://dubao.example.cn/zh-hant/articles/x/</guid>' +
        '<description>以後</description><content:encoded>&lt;p&gt;颱風&lt;/p&gt;</content:encoded></item></channel></rss>',
    );
  });
});
