import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { chooseVoice, isChineseVoice, isTraditional, readingPlan, sentences } from '../../../src/lib/listen/plan.ts';

const page = `<main><article class="article"><header>
  <hgroup><p class="kicker">引题</p><h1>主题</h1><p class="subtitle">——副题</p></hgroup>
  <div class="article-meta"><p class="byline">张三</p><p class="meta">第1版</p></div>
  <div class="standfirst"><span class="standfirst-label">导语</span><p id="p-1"><a class="self-link" href="#p-1" aria-label="本段链接"></a>导语一。</p></div>
</header><div class="article-main"><nav class="toc"><a href="#a">小标题</a></nav><div class="article-body">
  <h2 id="a">小标题<a class="self-link" href="#a"></a></h2>
  <p id="p-2"><a class="self-link" href="#p-2"></a>正文一。</p>
  <figure class="photo"><figcaption>图片说明<span class="credit">张三 摄</span></figcaption></figure>
  <p id="p-3"><a class="self-link" href="#p-3"></a>正文二。</p>
  <p class="credit">图片由某某提供</p>
</div></div><footer class="article-footer"><hgroup><h2>下一篇</h2></hgroup></footer></article></main>`;

describe('reading plan', () => {
  it('reads the headline group, the standfirst, then subheads and paragraphs; not byline, meta, captions, credits or footer', () => {
    const { document } = parseHTML(page);
    expect(readingPlan(document as unknown as Document).map((item) => item.text)).toEqual(['引题', '主题', '——副题', '导语一。', '小标题', '正文一。', '正文二。']);
  });
});

describe('sentences', () => {
  it('cuts at sentence ends, keeping closing quotes with their sentence', () => {
    expect(sentences('“要坚持项目为王。”这是理念！真的吗？是的；好……结束')).toEqual(['“要坚持项目为王。”', '这是理念！', '真的吗？', '是的；', '好……', '结束']);
  });
  it('cuts a long sentence after commas, and the chunks join back into the text', () => {
    const long = `${'一二三四五六七八九十'.repeat(5)}，${'一二三四五六七八九十'.repeat(4)}，${'甲乙丙丁'.repeat(3)}。`;
    const chunks = sentences(long);
    expect(chunks.length).toBe(2);
    expect(chunks.join('')).toBe(long);
    expect(Math.max(...chunks.map((c) => c.length))).toBeLessThanOrEqual(80);
  });
});

describe('voice', () => {
  const voice = (lang: string, localService = true, isDefault = false) => ({ lang, localService, default: isDefault, name: lang });
  it('knows Chinese voices by their language tag', () => {
    expect(['zh-CN', 'zh_CN', 'zh-TW', 'zh-HK', 'cmn-Hans-CN', 'yue-HK', 'ZH-cn'].every((lang) => isChineseVoice({ lang }))).toBe(true);
    expect(['en-US', 'ja-JP', 'zu-ZA', ''].some((lang) => isChineseVoice({ lang }))).toBe(false);
  });
  it('prefers a mainland voice on a Simplified page, on this device first', () => {
    const voices = [voice('en-US', true, true), voice('zh-TW'), voice('zh-CN', false), voice('zh-CN', true)];
    expect(chooseVoice(voices, 'zh-CN')).toBe(voices[3]);
  });
  it('prefers a Taiwan, then a Hong Kong voice on a Traditional page', () => {
    expect(chooseVoice([voice('zh-CN'), voice('zh-HK'), voice('zh-TW')], 'zh-Hant')?.lang).toBe('zh-TW');
    expect(chooseVoice([voice('zh-CN'), voice('zh-HK')], 'zh-Hant')?.lang).toBe('zh-HK');
    expect(chooseVoice([voice('zh-CN')], 'zh-Hant')?.lang).toBe('zh-CN');
  });
  it('knows a Traditional page by its lang', () => {
    expect(['zh-Hant', 'zh-TW', 'zh-HK', 'zh-Hant-TW'].every(isTraditional)).toBe(true);
    expect(['zh-CN', 'zh', 'zh-Hans'].some(isTraditional)).toBe(false);
  });
  it('finds none without a Chinese voice', () => {
    expect(chooseVoice([voice('en-US')], 'zh-CN')).toBeUndefined();
  });
});
