/**
 * Reading like a fine newspaper, measured in a real browser: Chinese line
 * setting, the article's opening, the text size scale, captions, the reading
 * settings panel, the dark palette and the 版面.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, newPage, openPage, siteUrl } from '../support/browser.ts';

const ARTICLES = ['/articles/gong-shu-kai-ju/', '/articles/he-cheng-nong-shang-yin-hang/', '/articles/tui-dong-xin-ju-min-cong/'];
const ARTICLE = ARTICLES[0]!;
const PHONE_AND_DESKTOP = [360, 390, 414, 1280];

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});

const open = (path: string, options: Parameters<typeof newPage>[1] = {}): Promise<Page> => openPage(browser, path, options);

/** Each text block's lines as the browser laid them out: the characters on each line, by line. */
function linesOf(selector: string): { id: string; lines: string[]; linkTop: number | null; lastLineTop: number; lastLineSpread: number; height: number; lineHeight: number }[] {
  return [...document.querySelectorAll(selector)].map((block) => {
    const range = document.createRange();
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    const byTop = new Map<number, string>();
    const boxes: DOMRect[] = [];
    let lastLineTop = 0;
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      for (let i = 0; i < node.data.length; i++) {
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const box = range.getBoundingClientRect();
        if (box.width === 0) continue;
        const top = Math.round(box.top);
        byTop.set(top, (byTop.get(top) ?? '') + node.data[i]);
        boxes.push(box);
        lastLineTop = Math.max(lastLineTop, top);
      }
    }
    const link = block.querySelector('.self-link');
    // Space on the last line beyond its characters' own widths: a last line set justified spreads them apart.
    const last = boxes.filter((box) => Math.round(box.top) === lastLineTop);
    const spread = last.length > 1 ? last.at(-1)!.right - last[0]!.left - last.reduce((sum, box) => sum + box.width, 0) : 0;
    return {
      id: block.id || block.tagName,
      lines: [...byTop.keys()].sort((a, b) => a - b).map((top) => byTop.get(top)!),
      linkTop: link ? Math.round(link.getBoundingClientRect().top) : null,
      lastLineTop,
      lastLineSpread: spread / parseFloat(getComputedStyle(block).fontSize),
      height: block.getBoundingClientRect().height,
      lineHeight: parseFloat(getComputedStyle(block).lineHeight),
    };
  });
}

describe('Chinese line setting', () => {
  const cases = ARTICLES.flatMap((path) => PHONE_AND_DESKTOP.map((width) => ({ path, width })));

  it.each(cases)('$path at $width px: every paragraph’s link mark sits inside its text, never on a line of its own', async ({ path, width }) => {
    const page = await open(path, { viewport: { width, height: 800 } });
    const blocks = await page.evaluate(linesOf, '.article-body p[id], .standfirst p[id]');
    expect(blocks.length).toBeGreaterThan(3);
    for (const block of blocks) {
      expect(block.linkTop, block.id).not.toBeNull();
      expect(block.linkTop!, `${block.id}: link below the last line`).toBeLessThanOrEqual(block.lastLineTop + 2);
      // No empty line: the paragraph is exactly as tall as its lines of text.
      expect(Math.round(block.height / block.lineHeight), `${block.id}: ${block.lines.length} lines`).toBe(block.lines.length);
    }
    await page.context().close();
  });

  const sized = cases.flatMap((c) => ['m', 'xl'].map((size) => ({ ...c, size })));
  it.each(sized)('$path at $width px, text size $size: no paragraph or caption ends on a line of a single character, and no last line is spread out', async ({ path, width, size }) => {
    const page = await newPage(browser, { viewport: { width, height: 800 } });
    await page.addInitScript((value) => localStorage.setItem('text-size', value), size);
    await page.goto(siteUrl(path), { waitUntil: 'load' });
    const blocks = await page.evaluate(linesOf, '.article-body p:not(.credit), .standfirst p, figcaption');
    for (const block of blocks.filter((b) => b.lines.length > 1)) {
      const last = block.lines.at(-1)!.replace(/[\p{P}\s]/gu, '');
      expect(last.length, `${block.id} ends “${block.lines.at(-1)}”`).toBeGreaterThan(1);
      expect(block.lastLineSpread, `${block.id}: last line “${block.lines.at(-1)}” spread`).toBeLessThan(0.6);
    }
    await page.context().close();
  });

  it.each([360, 1280])('at %i px a focused subhead’s link mark shows whole inside the screen', async (width) => {
    const page = await open(ARTICLE, { viewport: { width, height: 800 } });
    const marks = await page.$$eval('.article-body h2 .self-link', (links) =>
      links.map((link) => {
        (link as HTMLElement).focus();
        const box = link.getBoundingClientRect();
        return { left: box.left, right: box.right, opacity: getComputedStyle(link).opacity };
      }),
    );
    expect(marks.length).toBe(3);
    for (const mark of marks) {
      expect(mark.left).toBeGreaterThanOrEqual(0);
      expect(mark.right).toBeLessThanOrEqual(width);
      expect(mark.opacity).toBe('1');
    }
    await page.context().close();
  });

  it('on a phone (no hover) shows no link mark at the end of every paragraph; a focused mark shows', async () => {
    const page = await open(ARTICLE, { viewport: { width: 360, height: 800 }, hasTouch: true, isMobile: true });
    expect(await page.$$eval('.article-body p .self-link', (links) => links.every((a) => getComputedStyle(a).opacity === '0'))).toBe(true);
    await page.focus('#p-5 .self-link');
    expect(await page.$eval('#p-5 .self-link', (a) => getComputedStyle(a).opacity)).toBe('1');
    await page.context().close();
  });

  it('sets an opening quote or bracket that starts a wrapped line half width, flush with the column, and squeezes 。“ to one and a half characters', async () => {
    const page = await open(ARTICLE, { viewport: { width: 1280, height: 800 } });
    const measured = await page.evaluate(() => {
      /** Where a run of characters starts on its line and how wide it is, in em, in a paragraph of the article's style seven characters wide. */
      const measure = (text: string, at: number, length = 1) => {
        const p = document.createElement('p');
        p.textContent = text;
        p.style.width = '7em';
        document.querySelector('.article-body')!.append(p);
        const range = document.createRange();
        range.setStart(p.firstChild!, at);
        range.setEnd(p.firstChild!, at + length);
        const em = parseFloat(getComputedStyle(p).fontSize);
        const box = range.getBoundingClientRect();
        const result = { left: (box.left - p.getBoundingClientRect().left) / em, width: box.width / em };
        p.remove();
        return result;
      };
      // After the two-character indent the first line holds five characters: the sixth starts line two.
      const quote = measure('中中中中中“中中', 5);
      const bracket = measure('中中中中中（中中', 5);
      return { quoteWidth: quote.width, quoteLeft: quote.left, bracketWidth: bracket.width, pairWidth: measure('中。“中', 1, 2).width };
    });
    expect(measured.quoteLeft).toBeCloseTo(0, 1);
    expect(measured.quoteWidth).toBeCloseTo(0.5, 1);
    expect(measured.bracketWidth).toBeCloseTo(0.5, 1);
    expect(measured.pairWidth).toBeCloseTo(1.5, 1);
    await page.context().close();
  });

  it('asks for autospace between Han and Latin or digits (this Chromium supports it; others ignore the property)', async () => {
    const page = await open(ARTICLE);
    const style = await page.$eval('.article-body p', (p) => ({ supported: CSS.supports('text-autospace', 'normal'), value: getComputedStyle(p).getPropertyValue('text-autospace') }));
    expect(style).toEqual({ supported: true, value: 'normal' });
    await page.context().close();
  });
});

describe('the article’s opening', () => {
  it('at 1280×800 the body text starts in the first screen, under one compact line of byline, edition and reading time', async () => {
    const page = await open(ARTICLE, { viewport: { width: 1280, height: 800 } });
    const top = await page.$eval('.article-body p', (p) => p.getBoundingClientRect().top);
    expect(top).toBeLessThan(800 - 60);
    const meta = await page.$eval('.article-meta', (el) => ({ text: el.textContent!.replace(/\s+/gu, ' ').trim(), height: el.getBoundingClientRect().height }));
    expect(meta.text).toMatch(/詹丽华 柳景春.*第 1 期版面 · 约 \d+ 分钟读完/u);
    expect(meta.text).not.toMatch(/第 \d+ 篇/u);
    expect(meta.height).toBeLessThan(60);
    await page.context().close();
  });

  it('sets the standfirst apart under the label 导语', async () => {
    const page = await open(ARTICLE);
    expect(await page.textContent('.standfirst .standfirst-label')).toBe('导语');
    await page.context().close();
  });

  it('lines the breadcrumbs up with the article column', async () => {
    const page = await open(ARTICLE, { viewport: { width: 1280, height: 800 } });
    const [crumbs, column] = await Promise.all(['.breadcrumbs ol', '.article'].map((s) => page.$eval(s, (el) => el.getBoundingClientRect().left)));
    expect(crumbs).toBeCloseTo(column!, 0);
    await page.context().close();
  });

  it('shows the contents as a sidebar beside the text at 1280 px and folded above it on a phone', async () => {
    const wide = await open(ARTICLE, { viewport: { width: 1280, height: 800 } });
    const side = await wide.evaluate(() => ({
      tocLeft: document.querySelector('.toc')!.getBoundingClientRect().left,
      bodyRight: document.querySelector('.article-body')!.getBoundingClientRect().right,
      linkVisible: document.querySelector('.toc a')!.checkVisibility(),
    }));
    expect(side.tocLeft).toBeGreaterThan(side.bodyRight);
    expect(side.linkVisible).toBe(true);
    await wide.context().close();
    const phone = await open(ARTICLE, { viewport: { width: 360, height: 800 } });
    expect(await phone.$eval('.toc a', (a) => a.checkVisibility())).toBe(false);
    await phone.click('.toc summary');
    expect(await phone.$eval('.toc a', (a) => a.checkVisibility())).toBe(true);
    await phone.context().close();
  });
});

describe('text size', () => {
  async function sizes(page: Page) {
    return page.evaluate(() => {
      const px = (selector: string) => parseFloat(getComputedStyle(document.querySelector(selector)!).fontSize);
      return { headline: px('h1'), body: px('.article-body p'), caption: px('figcaption'), meta: px('.article-meta .meta') };
    });
  }

  it('the largest size scales headlines, captions and meta with the body, and a headline at 360 px stays larger than the text', async () => {
    const page = await open(ARTICLE, { viewport: { width: 360, height: 800 } });
    const choose = async (value: string) => {
      await page.evaluate((v) => (v === 'm' ? localStorage.removeItem('text-size') : localStorage.setItem('text-size', v)), value);
      await page.reload();
      return sizes(page);
    };
    const smallest = await choose('s');
    const largest = await choose('xl');
    expect(largest.body).toBe(24);
    expect(largest.headline).toBeGreaterThan(largest.body);
    // The body grows 1.5 times from the smallest to the largest; the rest of the scale grows with it (a fluid headline a little less).
    for (const key of ['headline', 'caption', 'meta'] as const) expect(largest[key] / smallest[key], key).toBeGreaterThan(1.3);
    await page.context().close();
  });
});

describe('captions', () => {
  it('marks a caption without its photo as a caption: labelled 图片说明, small type, no pull-quote panel', async () => {
    const page = await open('/articles/he-cheng-nong-shang-yin-hang/');
    const style = await page.$eval('figure.photo figcaption', (caption) => {
      const before = getComputedStyle(caption, '::before');
      const figure = getComputedStyle(caption.closest('figure')!);
      return {
        label: before.content,
        size: parseFloat(getComputedStyle(caption).fontSize),
        body: parseFloat(getComputedStyle(document.querySelector('.article-body p')!).fontSize),
        background: figure.backgroundColor,
        leftBorder: figure.borderLeftStyle,
      };
    });
    expect(style.label).toBe('"图片说明"');
    expect(style.size).toBeLessThan(style.body);
    expect(style.background).toBe('rgba(0, 0, 0, 0)');
    expect(style.leftBorder).toBe('none');
    await page.context().close();
  });
});

describe('the reading settings panel', () => {
  async function openPanel(): Promise<Page> {
    const page = await open(ARTICLE, { viewport: { width: 1280, height: 800 } });
    await page.click('.reader-settings summary');
    // The panel's module loads on opening; it ticks the settings in force when ready.
    await page.waitForFunction(() => document.querySelector<HTMLInputElement>('input[name="text-size"][value="m"]')?.checked);
    return page;
  }
  const isOpen = (page: Page) => page.$eval('details.reader-settings', (d) => (d as HTMLDetailsElement).open);

  it('closes on Esc and gives focus back to its button', async () => {
    const page = await openPanel();
    await page.focus('input[name="text-size"][value="m"]');
    await page.keyboard.press('Escape');
    expect(await isOpen(page)).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SUMMARY');
    await page.context().close();
  });

  it('closes on a click outside it, and stays open on a click inside', async () => {
    const page = await openPanel();
    await page.click('.reader-settings legend');
    expect(await isOpen(page)).toBe(true);
    await page.mouse.click(640, 600);
    expect(await isOpen(page)).toBe(false);
    await page.context().close();
  });

  it('gives every choice a target of at least 24 by 24 px', async () => {
    const page = await openPanel();
    const boxes = await page.$$eval('.reader-settings input', (inputs) => inputs.map((i) => i.getBoundingClientRect()).map((b) => [b.width, b.height]));
    expect(boxes.length).toBe(7);
    for (const [width, height] of boxes) expect(Math.min(width!, height!)).toBeGreaterThanOrEqual(24);
    await page.context().close();
  });
});

describe('the palette', () => {
  /** WCAG contrast of two rgb() colours. */
  function contrast(a: string, b: string): number {
    const lum = (c: string) => {
      const [r, g, bl] = c.match(/[\d.]+/gu)!.slice(0, 3).map((v) => Number(v) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
    };
    const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
    return (hi! + 0.05) / (lo! + 0.05);
  }
  /** Hue in degrees of an rgb() colour. */
  function hue(c: string): { hue: number; saturation: number } {
    const [r, g, b] = c.match(/[\d.]+/gu)!.slice(0, 3).map((v) => Number(v) / 255) as [number, number, number];
    const max = Math.max(r, g, b);
    const min = Math.min(r, g, b);
    const d = max - min;
    const h = d === 0 ? 0 : max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
    const l = (max + min) / 2;
    return { hue: (h * 60 + 360) % 360, saturation: d === 0 ? 0 : d / (1 - Math.abs(2 * l - 1)) };
  }

  it.each(['light', 'dark'] as const)('in %s: the accent is a newspaper red and dividers have at least 3:1 contrast on page and surface', async (colorScheme) => {
    const page = await open(ARTICLE, { colorScheme });
    const colours = await page.evaluate(() => {
      const probe = document.createElement('div');
      document.body.append(probe);
      const read = (name: string) => {
        probe.style.color = `var(${name})`;
        return getComputedStyle(probe).color;
      };
      return { accent: read('--accent'), rule: read('--rule'), bg: read('--bg'), surface: read('--surface'), divider: getComputedStyle(document.querySelector('.item, .article-meta')!).borderTopColor };
    });
    const accent = hue(colours.accent);
    expect(accent.hue < 10 || accent.hue > 350, `accent ${colours.accent} hue ${accent.hue}`).toBe(true);
    expect(accent.saturation, `accent ${colours.accent} is too pale to read as red`).toBeGreaterThan(0.6);
    expect(contrast(colours.accent, colours.bg)).toBeGreaterThanOrEqual(4.5);
    expect(colours.divider).toBe(colours.rule);
    expect(contrast(colours.rule, colours.bg)).toBeGreaterThanOrEqual(3);
    expect(contrast(colours.rule, colours.surface)).toBeGreaterThanOrEqual(3);
    await page.context().close();
  });
});

describe('list pages', () => {
  it.each(['/', '/editions/newspaper-page/', '/authors/shen-zhen-qin/'])('%s at 1280 px sets its leads at most 40 characters a line', async (path) => {
    const page = await open(path, { viewport: { width: 1280, height: 800 } });
    const perLine = await page.$$eval('.item .lead', (leads) => leads.map((p) => p.getBoundingClientRect().width / parseFloat(getComputedStyle(p).fontSize)));
    expect(perLine.length).toBeGreaterThan(0);
    for (const chars of perLine) expect(chars).toBeLessThanOrEqual(40);
    await page.context().close();
  });
});

describe('the 版面', () => {
  it('at 1280 px the page map stands beside the items, one block an item, and each block goes to its item', async () => {
    const page = await open('/editions/newspaper-page/', { viewport: { width: 1280, height: 800 } });
    const layout = await page.evaluate(() => ({
      mapRight: document.querySelector('.page-map')!.getBoundingClientRect().right,
      itemsLeft: document.querySelector('.item-list')!.getBoundingClientRect().left,
      headlinesShown: [...document.querySelectorAll('.page-map-headline')].every((el) => el.getBoundingClientRect().width > 50),
    }));
    expect(layout.mapRight).toBeLessThanOrEqual(layout.itemsLeft);
    expect(layout.headlinesShown).toBe(true);
    await page.click('.page-map li:nth-child(3) a');
    expect(new URL(page.url()).hash).toBe('#item-3');
    const target = await page.$eval('#item-3', (el) => ({ top: el.getBoundingClientRect().top, targeted: el.matches(':target') }));
    expect(target.targeted).toBe(true);
    expect(target.top).toBeGreaterThanOrEqual(0);
    expect(target.top).toBeLessThan(800);
    await page.context().close();
  });

  it('at 360 px the page map collapses to one row of numbered blocks above the items', async () => {
    const page = await open('/editions/newspaper-page/', { viewport: { width: 360, height: 800 } });
    const map = await page.$eval('.page-map ol', (ol) => ({ height: ol.getBoundingClientRect().height, tops: new Set([...ol.children].map((li) => Math.round(li.getBoundingClientRect().top))).size }));
    expect(map.tops).toBe(1);
    expect(map.height).toBeLessThan(60);
    await page.context().close();
  });
});
