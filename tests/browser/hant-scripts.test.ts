/**
 * What scripts write on a 繁體 article page (/zh-hant/articles/…) is
 * Traditional: the copy message, the reading settings, 听新闻's player, which
 * reads in a Taiwan voice. The converter and its dictionary come only on the
 * first use, never before.
 */
import * as OpenCC from 'opencc-js';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installFakeSpeech } from '../../scripts/lib/fake-speech.ts';
import { launchChromium, newPage, siteUrl } from '../support/browser.ts';

const toTraditional = OpenCC.Converter({ from: 'cn', to: 't' });
const simplifiedOnly = (text: string): string[] => [...new Set([...text].filter((char) => toTraditional(char) !== char))];
const ARTICLE = '/zh-hant/articles/gong-shu-kai-ju/';
const VOICES = [
  { name: 'Fake 普通话', lang: 'zh-CN', default: true },
  { name: 'Fake 粵語', lang: 'zh-HK' },
  { name: 'Fake 國語', lang: 'zh-TW' },
];

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});

async function open(path = ARTICLE) {
  const page = await newPage(browser, { viewport: { width: 1280, height: 800 }, permissions: ['clipboard-read', 'clipboard-write'] });
  const requests: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await page.addInitScript(installFakeSpeech, { voices: VOICES, msPerChar: 20 });
  await page.goto(siteUrl(path), { waitUntil: 'load' });
  return { page, requests };
}

describe('scripts on a 繁體 article page', () => {
  it('fetch nothing for it before interaction; the copy message and the settings panel are Traditional', async () => {
    const { page, requests } = await open();
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('zh-Hant');
    await page.waitForTimeout(300);
    expect(requests.filter((path) => /hant\.(js|txt)$/u.test(path))).toEqual([]);
    await page.click('[data-action="copy-link"]');
    await page.waitForFunction(() => (document.querySelector('#tool-status')?.textContent ?? '') !== '');
    const message = (await page.textContent('#tool-status'))!;
    expect(message).toBe(toTraditional('已复制本文的链接'));
    // The scripts' own strings' dictionary, not the whole site's.
    expect(requests).toContain('/pagefind/hant-ui.txt');
    expect(requests).not.toContain('/pagefind/hant.txt');
    await page.click('.reader-settings summary');
    await page.waitForSelector('.reader-settings-panel');
    const panel = (await page.textContent('.reader-settings-panel'))!;
    expect(panel).toContain(toTraditional('跟随系统'));
    expect(simplifiedOnly(panel)).toEqual([]);
    await page.context().close();
  });

  it('听新闻 reads in a Taiwan voice, its player in Traditional', async () => {
    const { page } = await open();
    await page.click('[data-action="listen"]');
    await page.waitForSelector('.listen-player');
    await page.waitForFunction(() => window.__speech.log.length > 0);
    const log = await page.evaluate(() => window.__speech.log.map((entry) => ({ ...entry })));
    expect(log[0]!.lang).toBe('zh-TW');
    expect(log[0]!.voice).toBe('Fake 國語');
    await page.waitForFunction(() => (document.querySelector('.listen-status')?.textContent ?? '') !== '');
    const player = await page.evaluate(() => `${document.querySelector('.listen-player')!.textContent} ${document.querySelector('.listen-player')!.getAttribute('aria-label')}`);
    expect(player).toContain(toTraditional('正在朗读'));
    expect(simplifiedOnly(player)).toEqual([]);
    await page.click('[data-listen="stop"]');
    await page.waitForFunction(() => (document.querySelector('#tool-status')?.textContent ?? '') !== '');
    expect(simplifiedOnly((await page.textContent('#tool-status'))!)).toEqual([]);
    await page.context().close();
  });

  it('on the Simplified article, the same scripts fetch nothing of the 繁體 edition', async () => {
    const { page, requests } = await open('/articles/gong-shu-kai-ju/');
    await page.click('[data-action="copy-link"]');
    await page.waitForFunction(() => (document.querySelector('#tool-status')?.textContent ?? '') !== '');
    await expect(page.textContent('#tool-status')).resolves.toBe('已复制本文的链接');
    expect(requests.filter((path) => /hant/u.test(path))).toEqual([]);
    await page.context().close();
  });
});
