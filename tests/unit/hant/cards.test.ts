/** The 繁體 preview cards: the Simplified card's text converted, every glyph drawable by the card fonts. */
import { describe, expect, it } from 'vitest';
import { hantCardText } from '../../../src/lib/hant/cards.ts';
import { createConverter } from '../../../src/lib/hant/converter.ts';
import { articleCardsFromContent, cardTextsFromContent } from '../../../src/lib/og/from-content.ts';
import { undrawable } from '../../../src/lib/og/coverage.ts';
import { siteCardText } from '../../../src/lib/site-card.ts';
import { projectRoot } from '../../support/paths.ts';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const convert = createConverter();
const contentDir = join(projectRoot, 'content');

describe('繁體 card text', () => {
  it('converts every field of the card, as the pages are converted', () => {
    expect(hantCardText({ siteName: '读报', kicker: '头条', headline: '拱墅开局：以实干争先', footer: '詹丽华 柳景春', label: '第 1 期版面' }, convert)).toEqual({
      siteName: '讀報',
      kicker: '頭條',
      headline: '拱墅開局：以實幹爭先',
      footer: '詹麗華 柳景春',
      label: '第 1 期版面',
    });
    expect(hantCardText(siteCardText, convert).footer).toBe(siteCardText.footer);
  });

  it('lists every article with its slug, newest edition first (then printed order), for the newest n to get a card', () => {
    expect(articleCardsFromContent(contentDir).map((card) => card.slug).sort()).toEqual(['gong-shu-kai-ju', 'he-cheng-nong-shang-yin-hang', 'tui-dong-xin-ju-min-cong']);
    const dir = mkdtempSync(join(tmpdir(), 'cards-'));
    mkdirSync(join(dir, 'editions'));
    mkdirSync(join(dir, 'articles'));
    const editions: [string, string, number][] = [['old', '2026-03-04', 1], ['new-a', '2026-03-05', 2], ['new-b', '2026-03-05', 3]];
    for (const [id, date, sequence] of editions) writeFileSync(join(dir, 'editions', `${id}.yaml`), `sequence: ${sequence}\ndate: "${date}"\n`);
    for (const [slug, edition] of [['a', 'old'], ['b', 'new-a'], ['c', 'new-b'], ['d', 'old']]) {
      writeFileSync(join(dir, 'articles', `${slug}.mdx`), `---\nslug: ${slug}\nheadline: 标题${slug}\nauthors: []\nedition: ${edition}\nposition: 1\n---\n\n正文。\n`);
    }
    expect(articleCardsFromContent(dir).map((card) => card.slug)).toEqual(['c', 'b', 'a', 'd']);
    expect(cardTextsFromContent(dir).map((text) => text.headline)).toEqual(['标题c', '标题b', '标题a', '标题d']);
  });

  it('draws every Traditional glyph of the cards: no character falls back to the substitute mark', () => {
    const texts = [siteCardText, ...articleCardsFromContent(contentDir).map((card) => card.text)].map((text) => hantCardText(text, convert));
    for (const text of texts) expect(undrawable([text.siteName, text.kicker ?? '', text.headline, text.footer, text.label].join('')), text.headline).toEqual([]);
    // And the hard cases' Traditional forms, whichever card they come to be on.
    expect(undrawable('頭髮發展幹部乾淨以後這裏麪條臺灣颱風鐘錶聯繫')).toEqual([]);
  });
});
