import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cardKey, openCardCache, rendererFingerprint } from '../../src/lib/og/cache.ts';
import type { CardText } from '../../src/lib/og/card.ts';
import { cardTextsFromContent } from '../../src/lib/og/from-content.ts';
import { drawMissingCards } from '../../src/lib/og/pool.ts';
import { renderCard } from '../../src/lib/og/render.ts';
import { projectRoot } from '../support/paths.ts';

const card: CardText = { siteName: '读报', kicker: '春耕', headline: '禾城农商银行护航春耕', footer: '张焕楠', label: '2026年3月5日 第2版' };

/** A folder holding what the fingerprint reads: src/lib/og/ and the lock file. */
function fakeProject(): string {
  const root = mkdtempSync(join(tmpdir(), 'og-project-'));
  cpSync(join(projectRoot, 'src/lib/og'), join(root, 'src/lib/og'), { recursive: true });
  cpSync(join(projectRoot, 'package-lock.json'), join(root, 'package-lock.json'));
  return root;
}

describe('card cache keys', () => {
  it('are the same for the same text and differ when any shown field changes', () => {
    expect(cardKey({ ...card })).toBe(cardKey(card));
    for (const change of [{ siteName: '读' }, { kicker: undefined }, { kicker: '春' }, { headline: '禾城农商银行' }, { footer: '张焕' }, { label: '第3版' }]) {
      expect(cardKey({ ...card, ...change }), JSON.stringify(change)).not.toBe(cardKey(card));
    }
  });

  it('do not confuse a field boundary: kicker “春耕” + headline “禾城” is not kicker “春” + headline “耕禾城”', () => {
    expect(cardKey({ ...card, kicker: '春耕', headline: '禾城' })).not.toBe(cardKey({ ...card, kicker: '春', headline: '耕禾城' }));
  });

  it('change with the card code and with a drawing package’s version, not otherwise', () => {
    const root = fakeProject();
    const before = rendererFingerprint(root);
    expect(rendererFingerprint(root)).toBe(before);
    writeFileSync(join(root, 'src/lib/og/card.ts'), `${readFileSync(join(root, 'src/lib/og/card.ts'), 'utf8')}\n// a design change\n`);
    const afterCode = rendererFingerprint(root);
    expect(afterCode).not.toBe(before);
    const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as { packages: Record<string, { version: string }> };
    lock.packages['node_modules/@fontsource/noto-sans-sc']!.version = '0.0.0';
    writeFileSync(join(root, 'package-lock.json'), JSON.stringify(lock));
    expect(rendererFingerprint(root)).not.toBe(afterCode);
  });
});

describe('the card cache', () => {
  it('removes folders of other renderers once a day old, keeps younger ones (another build may be using them) and its own', () => {
    const root = fakeProject();
    const cacheRoot = join(root, 'cache');
    mkdirSync(join(cacheRoot, '0123456789abcdef'), { recursive: true });
    const twoDaysAgo = new Date(Date.now() - 2 * 24 * 60 * 60 * 1000);
    utimesSync(join(cacheRoot, '0123456789abcdef'), twoDaysAgo, twoDaysAgo);
    mkdirSync(join(cacheRoot, 'fedcba9876543210'), { recursive: true });
    mkdirSync(join(cacheRoot, 'notes'), { recursive: true });
    const cache = openCardCache(root, cacheRoot);
    expect(readdirSync(cacheRoot).sort()).toEqual([rendererFingerprint(root), 'fedcba9876543210', 'notes'].sort());
    expect(cache.dir).toBe(join(cacheRoot, rendererFingerprint(root)));
  });

  // Worker threads load the fonts and compile the drawing code first: seconds on a busy machine.
  it('draws on worker threads only the cards it lacks, the same PNG as drawn in process', { timeout: 60_000 }, async () => {
    const root = mkdtempSync(join(tmpdir(), 'og-cache-'));
    const cache = openCardCache(projectRoot, root);
    const other = { ...card, headline: '海盐经开区新居民之家' };
    const first = await drawMissingCards(cache, [card, other, { ...card }], { projectRoot, cacheRoot: root, workers: 2 });
    expect(first).toMatchObject({ cards: 2, drawn: 2, workers: 2 });
    expect(readFileSync(cache.pathFor(card))).toEqual(await renderCard(card));
    const third = { ...card, footer: '沈震勤' };
    const second = await drawMissingCards(cache, [card, other, third], { projectRoot, cacheRoot: root, workers: 2 });
    expect(second).toMatchObject({ cards: 3, drawn: 1, workers: 1 });
    expect(existsSync(cache.pathFor(third))).toBe(true);
    expect(readdirSync(cache.dir, { recursive: true }).filter((name) => String(name).endsWith('.tmp'))).toEqual([]);
  });

  // Worker threads load the fonts and compile the drawing code first: seconds on a busy machine.
  it('replaces a worker after its share of cards and still draws every card', { timeout: 60_000 }, async () => {
    const root = mkdtempSync(join(tmpdir(), 'og-cache-'));
    const cache = openCardCache(projectRoot, root);
    const cards = ['甲', '乙', '丙'].map((headline) => ({ ...card, headline }));
    const report = await drawMissingCards(cache, cards, { projectRoot, cacheRoot: root, workers: 1, cardsPerWorker: 1 });
    expect(report).toMatchObject({ cards: 3, drawn: 3, workers: 1, started: 3 });
    for (const text of cards) expect(readFileSync(cache.pathFor(text))).toEqual(await renderCard(text));
  });
});

describe('card texts read from the content files', () => {
  it('give each article its kicker, headline, byline (or authors) and its edition’s name, and skip an article whose edition is missing', () => {
    const content = mkdtempSync(join(tmpdir(), 'og-content-'));
    mkdirSync(join(content, 'articles'));
    mkdirSync(join(content, 'editions'));
    const article = (slug: string, lines: string[]) => writeFileSync(join(content, 'articles', `${slug}.mdx`), `---\nslug: ${slug}\n${lines.join('\n')}\nposition: 1\n---\n\n正文。\n`);
    article('a', ['kicker: 海盐经开区', 'headline: 推动新居民融入', 'byline: 本报记者 沈震勤', 'authors:', '  - 沈震勤', 'edition: titled']);
    article('b', ['headline: 禾城农商银行护航春耕', 'authors:', '  - 张焕楠', '  - 王蓉', 'edition: untitled']);
    article('c', ['headline: 无处可去', 'authors: []', 'edition: missing']);
    writeFileSync(join(content, 'editions', 'titled.yaml'), 'sequence: 2\ntitle: 2026年3月5日 第2版 经济\nsource: source/x.txt\nitems:\n  - article: a\n');
    writeFileSync(join(content, 'editions', 'untitled.yaml'), 'sequence: 1\nsource: source/y.txt\nitems:\n  - article: b\n');
    expect(cardTextsFromContent(content).sort((x, y) => x.headline.localeCompare(y.headline))).toEqual(
      [
        { siteName: '读报', kicker: '海盐经开区', headline: '推动新居民融入', footer: '本报记者 沈震勤', label: '2026年3月5日 第2版 经济' },
        { siteName: '读报', kicker: undefined, headline: '禾城农商银行护航春耕', footer: '张焕楠 王蓉', label: '第 1 期版面' },
      ].sort((x, y) => x.headline.localeCompare(y.headline)),
    );
  });
});
