/**
 * 听新闻 in a real browser. Headless Chromium lists no voices, so most tests
 * install a faithful fake speechSynthesis (tests/support/fake-speech.ts) and
 * check what the player makes of it: what it says, in which voice and at
 * what speed, the paragraph marked, pausing, skipping, tapping, stopping. The
 * real Chromium, with no voice, and a page without JavaScript are tested as
 * they are.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readingPlan } from '../../src/lib/listen/plan.ts';
import { speakable } from '../../src/lib/listen/speakable.ts';
import { launchChromium, newPage, siteUrl } from '../support/browser.ts';
import { loadPage } from '../support/dist.ts';
import { installFakeSpeech, type FakeSpeechOptions, type SpokenUtterance } from '../../scripts/lib/fake-speech.ts';

const ARTICLE = '/articles/gong-shu-kai-ju/';
const CHINESE = [
  { name: 'Fake 英语', lang: 'en-US', default: true },
  { name: 'Fake 普通话 (网络)', lang: 'zh-CN', localService: false },
  { name: 'Fake 普通话', lang: 'zh-CN' },
  { name: 'Fake 國語', lang: 'zh-TW' },
];

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});

/** The article with the fake voices; every request the page makes is recorded. */
async function openWithSpeech(options: Partial<FakeSpeechOptions> = {}, path = ARTICLE, pageOptions: Parameters<typeof newPage>[1] = {}) {
  const page = await newPage(browser, { viewport: { width: 360, height: 780 }, ...pageOptions });
  const requests: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await page.addInitScript(installFakeSpeech, { voices: CHINESE, ...options });
  await page.addInitScript(() => {
    (window as unknown as { cspViolations: string[] }).cspViolations = [];
    addEventListener('securitypolicyviolation', (event) => (window as unknown as { cspViolations: string[] }).cspViolations.push(event.violatedDirective));
  });
  await page.goto(siteUrl(path), { waitUntil: 'load' });
  return { page, requests };
}

const spoken = (page: Page): Promise<SpokenUtterance[]> => page.evaluate(() => window.__speech.log.map((entry) => ({ ...entry })));
const current = (page: Page): Promise<string | undefined> => page.evaluate(() => document.querySelector('.listen-current')?.id || document.querySelector('.listen-current')?.tagName);
const statusText = (page: Page) => page.textContent('.listen-status');
/** Waits until the fake has said something matching. */
const waitForSpeech = (page: Page, fragment: string) =>
  page.waitForFunction((text) => window.__speech.log.some((entry) => entry.text.includes(text)), fragment, { timeout: 10_000 });

/** WCAG contrast ratio of two rgb() colours. */
function contrast(a: string, b: string): number {
  const luminance = (colour: string) => {
    const [r, g, bl] = colour.match(/\d+/gu)!.slice(0, 3).map((n) => Number(n) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

/** The article with the fake voices (60 ms a character), 听新闻 pressed, the headline being said. */
async function startListening(): Promise<Page> {
  const { page } = await openWithSpeech({ msPerChar: 60 });
  await page.click('[data-action="listen"]');
  await waitForSpeech(page, '拱墅开局');
  return page;
}

/** The plan as the built page gives it: each item's text as the voice is given it. */
function plannedSpeech(path = ARTICLE): string[] {
  return readingPlan(loadPage(path)).map((item) => speakable(item.text));
}

describe('听新闻: when it is offered', () => {
  it('is shown once the browser lists a Chinese voice (after voiceschanged), and loads its script only on first use', async () => {
    const { page, requests } = await openWithSpeech({ voicesAfterMs: 300 });
    await page.waitForSelector('[data-action="listen"]', { state: 'visible' });
    await page.waitForTimeout(200);
    expect(requests.filter((path) => path.startsWith('/_lazy/'))).toEqual([]);
    await page.click('[data-action="listen"]');
    await page.waitForSelector('.listen-player');
    expect(requests).toContain('/_lazy/listen.js');
    expect(requests).toContain('/_lazy/listen.css');
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
    await page.context().close();
  });

  it('fits the meta line at 320 px beside 复制链接, with no sideways scrolling, and the player too', async () => {
    const { page } = await openWithSpeech({ msPerChar: 60 }, ARTICLE, { viewport: { width: 320, height: 640 } });
    await page.waitForSelector('[data-action="listen"]', { state: 'visible' });
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(await overflow()).toBe(0);
    await page.click('[data-action="listen"]');
    await page.waitForSelector('.listen-player');
    expect(await overflow()).toBe(0);
    await page.context().close();
  });

    it('is hidden in a browser without a Chinese voice, and says so clearly when pressed anyway', async () => {
    // This Chromium's own speechSynthesis, which lists no voice at all.
    const page = await newPage(browser);
    await page.goto(siteUrl(ARTICLE));
    await page.waitForTimeout(300);
    expect(await page.isVisible('[data-action="listen"]')).toBe(false);
    await page.$eval('[data-action="listen"]', (button) => button.removeAttribute('hidden'));
    await page.click('[data-action="listen"]');
    await page.waitForFunction(() => document.querySelector('#tool-status')?.textContent !== '');
    expect(await page.textContent('#tool-status')).toContain('无法朗读：这个浏览器没有中文语音');
    expect(await page.isVisible('.listen-player')).toBe(false);
    await page.context().close();
  });

  it('is hidden when only voices in other languages are listed', async () => {
    const { page } = await openWithSpeech({ voices: [{ name: 'Fake English', lang: 'en-US' }] });
    await page.waitForTimeout(300);
    expect(await page.isVisible('[data-action="listen"]')).toBe(false);
    await page.context().close();
  });

  it('is absent without JavaScript, and the article reads as before', async () => {
    const page = await newPage(browser, { javaScriptEnabled: false });
    await page.goto(siteUrl(ARTICLE));
    expect(await page.isVisible('[data-action="listen"]')).toBe(false);
    expect(await page.isVisible('#p-5')).toBe(true);
    expect(await page.textContent('h1')).toContain('拱墅开局');
    await page.context().close();
  });
});

describe('听新闻: reading', () => {
  it('reads headline, standfirst, subheads and paragraphs in order, in a mainland voice on this device, with numbers and CBD said out', async () => {
    const { page } = await openWithSpeech({ msPerChar: 0.3 });
    await page.click('[data-action="listen"]');
    await page.waitForFunction(() => document.querySelector('.listen-status')?.textContent === '全文读完', undefined, { timeout: 30_000 });
    const log = await spoken(page);
    expect(log.every((entry) => entry.outcome === 'end')).toBe(true);
    expect(log.map((entry) => entry.text).join('')).toBe(plannedSpeech().join(''));
    expect(new Set(log.map((entry) => `${entry.voice} ${entry.lang} ${entry.rate}`))).toEqual(new Set(['Fake 普通话 zh-CN 1']));
    const all = log.map((entry) => entry.text).join('');
    expect(all).toContain('二〇二六年的春天');
    expect(all).toContain('增长百分之五左右');
    expect(all).toContain('武林C B D连续三年');
    expect(all).not.toMatch(/\d/u);
    // No caption, credit or byline.
    expect(all).not.toContain('杭州中美华东制药有限公司');
    expect(all).not.toContain('图片由拱墅区委宣传部提供');
    expect(all).not.toContain('詹丽华');
    // Each utterance a sentence or a part of one: no long ones a voice might drop.
    expect(Math.max(...log.map((entry) => entry.text.length))).toBeLessThanOrEqual(80);
    expect(await page.textContent('[data-listen="toggle"]')).toBe('重听');
    await page.context().close();
  });

  it('marks the paragraph being read, keeps its start in view (at once, with reduced motion), and moves the mark as it reads on', async () => {
    // Slow enough (100 ms a character) that the headline is still being read when the bar appears.
    const { page } = await openWithSpeech({ msPerChar: 100 }, ARTICLE, { reducedMotion: 'reduce' });
    await page.click('[data-action="listen"]');
    await page.waitForSelector('.listen-player');
    expect(await current(page)).toBe('H1');
    expect(await page.textContent('.listen-where')).toMatch(/^1 \/ \d+$/u);
    await page.waitForFunction(() => document.querySelector('.listen-current')?.id === 'p-1', undefined, { timeout: 10_000 });
    // The mark: a bar in the accent colour, beside the tinted paragraph.
    const mark = await page.$eval('.listen-current', (p) => getComputedStyle(p).boxShadow);
    expect(mark).toMatch(/rgb\(163, 29, 29\)/u);
    // Skipping ahead scrolls each paragraph's beginning into view, above the player bar.
    for (let i = 0; i < 8; i++) {
      await page.click('[data-listen="next"]');
      const box = await page.$eval('.listen-current', (p) => ({ top: p.getBoundingClientRect().top, bar: document.querySelector('.listen-player')!.getBoundingClientRect().top }));
      expect(box.top).toBeGreaterThanOrEqual(0);
      expect(box.top).toBeLessThan(box.bar - 30);
    }
    expect(await page.evaluate(() => scrollY)).toBeGreaterThan(500);
    await page.context().close();
  });

  it('pauses and resumes at the sentence it was saying', async () => {
    const page = await startListening();
    await page.click('[data-listen="toggle"]');
    expect(await statusText(page)).toBe('已暂停');
    expect(await page.textContent('[data-listen="toggle"]')).toBe('继续');
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => window.__speech.synthesis.speaking)).toBe(false);
    const before = await spoken(page);
    expect(before.at(-1)!.outcome).toBe('interrupted');
    await page.click('[data-listen="toggle"]');
    expect(await statusText(page)).toBe('正在朗读');
    await page.waitForFunction((n) => window.__speech.log.length > n, before.length);
    const after = await spoken(page);
    expect(after[before.length]!.text).toBe(before.at(-1)!.text);
    await page.context().close();
  });

  it('skips to the next and previous paragraph', async () => {
    const page = await startListening();
    // From the first standfirst paragraph, whatever the headline has reached.
    await page.click('#p-1', { position: { x: 120, y: 10 } });
    expect(await current(page)).toBe('p-1');
    await waitForSpeech(page, '二〇二六年的春天');
    await page.click('[data-listen="next"]');
    expect(await current(page)).toBe('p-2');
    await waitForSpeech(page, '三月一日');
    await page.click('[data-listen="previous"]');
    expect(await current(page)).toBe('p-1');
    await page.waitForFunction(() => window.__speech.log.at(-1)?.text.startsWith('二〇二六年的春天'));
    expect(await page.textContent('.listen-where')).toMatch(/^2 \/ /u);
    await page.click('[data-listen="previous"]');
    expect(await current(page)).toBe('H1');
    await page.context().close();
  });

  it('changes speed at once, and remembers it', async () => {
    const page = await startListening();
    await page.selectOption('[data-listen="rate"]', '1.5');
    await page.waitForFunction(() => window.__speech.log.at(-1)?.rate === 1.5);
    const log = await spoken(page);
    expect(log.at(-1)!.text).toBe(log.at(-2)!.text);
    expect(await page.evaluate(() => localStorage.getItem('listen-rate'))).toBe('1.5');
    await page.reload();
    await page.click('[data-action="listen"]');
    await page.waitForFunction(() => window.__speech.log.length > 0);
    expect((await spoken(page))[0]!.rate).toBe(1.5);
    expect(await page.$eval('[data-listen="rate"]', (select) => (select as HTMLSelectElement).value)).toBe('1.5');
    await page.context().close();
  });

  it('continues from a paragraph the reader taps, but not from a tap on its link mark', async () => {
    const page = await startListening();
    await page.click('#p-12', { position: { x: 120, y: 10 } });
    expect(await current(page)).toBe('p-12');
    await waitForSpeech(page, '“十四五”期间');
    await page.click('#p-13', { position: { x: 120, y: 10 } });
    expect(await current(page)).toBe('p-13');
    await page.hover('#p-14');
    await page.click('#p-14 .self-link');
    expect(await current(page)).toBe('p-13');
    await page.context().close();
  });

  it('stops: silent, no mark, no bar, the keyboard back on 听新闻', async () => {
    const page = await startListening();
    await page.click('[data-listen="stop"]');
    expect(await page.isVisible('.listen-player')).toBe(false);
    expect(await current(page)).toBeUndefined();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-action'))).toBe('listen');
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => window.__speech.synthesis.speaking || window.__speech.synthesis.pending)).toBe(false);
    expect(await page.textContent('#tool-status')).toBe('已停止朗读');
    await page.context().close();
  });

  it('is driven from the keyboard: Enter starts, focus lands on 暂停, Space pauses, every control is a target of 24 px or more', async () => {
    const { page } = await openWithSpeech({ msPerChar: 20 });
    await page.waitForSelector('[data-action="listen"]', { state: 'visible' });
    await page.focus('[data-action="listen"]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.listen-player');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-listen'))).toBe('toggle');
    await page.keyboard.press('Space');
    expect(await statusText(page)).toBe('已暂停');
    const sizes = await page.$$eval('.listen-player :is(button, select)', (controls) => controls.map((c) => c.getBoundingClientRect()).map((r) => Math.min(r.width, r.height)));
    expect(sizes).toHaveLength(5);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(24);
    expect(await page.$eval('.listen-player', (bar) => [bar.tagName, bar.getAttribute('aria-label'), bar.querySelector('[role="status"]') !== null])).toEqual(['SECTION', '听新闻', true]);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-listen'))).toBe('next');
    expect(await page.$$eval('.listen-player :is(button, select)', (controls) => controls.map((c) => (c as HTMLElement).dataset.listen))).toEqual(['stop', 'previous', 'toggle', 'next', 'rate']);
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).toBe('solid');
    await page.context().close();
  });

  it('stops and says why when the voice fails', async () => {
    const { page } = await openWithSpeech({ msPerChar: 5, failOn: '开局之年' });
    await page.click('[data-action="listen"]');
    await page.waitForSelector('.listen-player');
    await page.waitForSelector('.listen-player', { state: 'detached', timeout: 10_000 });
    expect(await page.textContent('#tool-status')).toBe('朗读中断（synthesis-failed），已停止。');
    expect(await current(page)).toBeUndefined();
    await page.context().close();
  });

  it('reads a Traditional page in a Taiwan voice, saying numbers in Traditional characters', async () => {
    const { page } = await openWithSpeech({ msPerChar: 20 });
    await page.evaluate(() => (document.documentElement.lang = 'zh-Hant'));
    await page.click('[data-action="listen"]');
    await page.waitForSelector('.listen-player');
    await page.click('#p-16', { position: { x: 120, y: 10 } });
    await waitForSpeech(page, '一百四十億元');
    const log = await spoken(page);
    expect(log.at(-1)!.lang).toBe('zh-TW');
    expect(log.at(-1)!.voice).toBe('Fake 國語');
    await page.context().close();
  });

  it('keeps axe at zero with the player open, in light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page } = await openWithSpeech({ msPerChar: 20 }, ARTICLE, { colorScheme });
      await page.click('[data-action="listen"]');
      await page.waitForSelector('.listen-player');
      await page.click('#p-2', { position: { x: 120, y: 10 } });
      await page.click('[data-listen="toggle"]');
      // The mark beside the paragraph: at least 3:1 against the page (WCAG 1.4.11).
      const [bar, ground] = await page.$eval('.listen-current', (p) => [getComputedStyle(p).boxShadow.match(/rgb\([^)]*\)/gu)!.at(-1)!, getComputedStyle(document.body).backgroundColor]);
      expect(contrast(bar!, ground!), `${colorScheme}: ${bar} on ${ground}`).toBeGreaterThanOrEqual(3);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(results.violations.map((v) => `${colorScheme} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      await page.context().close();
    }
  });
});
