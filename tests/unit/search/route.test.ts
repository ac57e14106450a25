import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeText, parseQuery } from '../../../src/lib/search/normalize.ts';
import {
  MAX_QUERY_KEYS,
  MAX_TITLE_KEYS,
  queryKeys,
  queryTitleKeys,
  queryTitleLineKey,
  readRouteShard,
  routeShards,
  routeText,
  shardOf,
  termKeys,
  textKeys,
  titleKeys,
  titlesText,
  volumesHoldingAll,
  writeRouteShards,
} from '../../../src/lib/search/route.ts';
import { projectRoot } from '../../support/paths.ts';

const term = (text: string) => ({ text, quoted: false });
const articles = readdirSync(join(projectRoot, 'content/articles')).map((name) => normalizeText(readFileSync(join(projectRoot, 'content/articles', name), 'utf8')));

describe('the keys a text is filed under', () => {
  it('are every Han character, every pair of adjacent Han characters, and the first one and two characters of other words', () => {
    expect([...textKeys(normalizeText('武林CBD连续3年'))].sort()).toEqual(['3', 'c', 'cb', '年', '林', '武', '武林', '续', '连', '连续'].sort());
  });

  it('never pair Han characters across anything that stands between them', () => {
    const keys = textKeys('春耕，贷款 农 商');
    expect(keys.has('耕贷')).toBe(false);
    expect(keys.has('农商')).toBe(false);
    expect(keys.has('春耕')).toBe(true);
  });
});

describe('the keys a term needs', () => {
  it('are its Han pairs, a lone Han character itself, and the first two characters of its other words', () => {
    expect(termKeys(term('春耕贷款'))).toEqual(['春耕', '耕贷', '贷款']);
    expect(termKeys(term('春'))).toEqual(['春']);
    expect(termKeys(term('ai时代'))).toEqual(['ai', '时代']);
    expect(termKeys(term('34.7亿'))).toEqual(['34', '7', '亿']);
  });

  it('are all held by every text that holds the term: each substring of the real articles Pagefind can match routes to its article', () => {
    let checked = 0;
    const wordChar = /[\p{L}\p{N}]/u;
    const han = /\p{Script=Han}/u;
    for (const text of articles) {
      const keys = textKeys(text);
      const chars = [...text];
      for (let at = 0; at < chars.length; at += 7) {
        // Pagefind matches a Latin or digit word from its start, never from inside it.
        if (at > 0 && wordChar.test(chars[at]!) && !han.test(chars[at]!) && wordChar.test(chars[at - 1]!) && !han.test(chars[at - 1]!)) continue;
        for (const length of [1, 2, 3, 5, 9, 14]) {
          for (const parsed of parseQuery(chars.slice(at, at + length).join('')).terms) {
            const missing = termKeys(parsed).filter((key) => !keys.has(key));
            expect(missing, `“${parsed.text}”`).toEqual([]);
            checked++;
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(5000);
  });
});

describe('the keys a query looks up', () => {
  it(`are at most ${MAX_QUERY_KEYS}, spread from both ends of a long headline inwards`, () => {
    const keys = queryKeys([term('在南北湖感受非遗传承的魅力')]);
    expect(keys).toHaveLength(MAX_QUERY_KEYS);
    expect(keys).toContain('在南');
    expect(keys).toContain('魅力');
  });

  it('take keys from every term in turn, without repeats', () => {
    expect(queryKeys([term('春耕贷款'), term('拱墅'), term('春耕')])).toEqual(['春耕', '拱墅', '贷款', '耕贷']);
  });
});

describe('shard files', () => {
  it('grow as a power of two with the square root of the archive', () => {
    expect([1, 3, 100, 1000, 10_000, 100_000].map(routeShards)).toEqual([4, 8, 64, 128, 512, 2048]);
  });

  it('file a key in the same shard every time, inside the range', () => {
    for (const key of ['春耕', '贷', 'ai', '34']) {
      expect(shardOf(key, 512)).toBe(shardOf(key, 512));
      expect(shardOf(key, 512)).toBeGreaterThanOrEqual(0);
      expect(shardOf(key, 512)).toBeLessThan(512);
    }
    expect(new Set(['春耕', '贷款', '拱墅', '海盐', '嘉兴', '居民', '银行', '农商'].map((key) => shardOf(key, 8))).size).toBeGreaterThan(3);
  });

  it('read back, for each key, the volumes that hold it: * for all of them, a bit mask otherwise', () => {
    const volumes = [new Set(['春耕', '贷款']), new Set(['春耕']), new Set(['春耕', '拱墅'])];
    const shards = writeRouteShards(volumes, 1);
    expect(shards[0]).toBe('拱墅\t4\n春耕\t*\n贷款\t1\n'.split('\n').filter(Boolean).sort().join('\n') + '\n');
    const found = readRouteShard(shards[0]!, ['春耕', '贷款', '拱墅', '量子'], 3);
    expect(Object.fromEntries(found)).toEqual({ 春耕: [0, 1, 2], 贷款: [0], 拱墅: [2], 量子: [] });
    expect(volumesHoldingAll(new Map([['春耕', [0, 1, 2]], ['拱墅', [2]]]), 3)).toEqual([2]);
    expect(volumesHoldingAll(found, 3)).toEqual([]);
  });

  it('put every key in the shard its hash names', () => {
    const volumes = [textKeys(articles[0]!), textKeys(articles[1]!)];
    const shards = writeRouteShards(volumes, 8);
    shards.forEach((text, shard) => {
      for (const line of text.split('\n').filter(Boolean)) expect(shardOf(line.split('\t')[0]!, 8)).toBe(shard);
    });
  });
});

describe('routeText', () => {
  it('starts at the indexed element, drops tags without a space, keeps attribute values and decodes entities', () => {
    const text = routeText('<nav>导航</nav><article data-pagefind-body data-headline="新居民"><p>禾城<mark>农商</mark>银行 &amp; AT&#38;T</p><img alt="春耕图"></article>');
    expect(text).not.toContain('导航');
    expect(text).toContain('禾城农商银行 & AT&T');
    expect(text).toContain('新居民');
    expect(text).toContain('春耕图');
    expect(routeText('<p>首页</p>')).toBe('');
  });
});

describe('the title keys', () => {
  it('are every three index words in a row in the titles, marked, never across a line of the heading group', () => {
    const titles = titlesText('<article data-pagefind-body><hgroup><p class="kicker">春耕时节</p><h1 data-pagefind-weight="10">禾城农商银行</h1></hgroup><p>正文文字</p></article>');
    const line = (text: string) => `^${queryTitleLineKey(parseQuery(text).terms)!}`;
    expect([...titleKeys(titles)].sort()).toEqual(['^春耕时', '^耕时节', '^禾城农', '^城农商', '^农商银', '^商银行', line('春耕时节'), line('禾城农商银行')].sort());
  });

  it('come from the indexed article only, not from a heading group before it', () => {
    expect(titlesText('<hgroup><h2>往期标题</h2></hgroup><article data-pagefind-body><hgroup><h1>海盐新居民</h1></hgroup></article>')).toContain('海盐新居民');
    expect(titlesText('<hgroup><h2>往期标题</h2></hgroup><article data-pagefind-body><hgroup><h1>海盐新居民</h1></hgroup></article>')).not.toContain('往期');
    expect(titlesText('<article data-pagefind-body><p>没有标题组</p></article>')).toBe('');
  });

  it(`a query looks up are its runs of three words, at most ${MAX_TITLE_KEYS}, spread along it; none for a query without three words in a row`, () => {
    const keys = queryTitleKeys([term('在南北湖感受非遗传承的魅力')]);
    expect(keys).toHaveLength(MAX_TITLE_KEYS);
    expect(keys[0]).toBe('在南北');
    expect(keys[1]).toBe('的魅力');
    expect(queryTitleKeys([term('春耕'), term('贷款')])).toEqual([]);
    expect(queryTitleKeys([term('春耕贷款')])).toEqual(['春耕贷', '耕贷款']);
  });

  it('include each whole title line, which a query typed as that line, spaces and punctuation aside, looks up', () => {
    const keys = titleKeys(titlesText('<article data-pagefind-body><hgroup><p class="kicker">春耕时节</p><h1>禾城农商银行：金融活水润田畴 护航春耕</h1></hgroup></article>'));
    const key = (text: string) => queryTitleLineKey(parseQuery(text).terms);
    expect(key('禾城农商银行：金融活水润田畴 护航春耕')).toMatch(/^=[0-9a-z]+$/u);
    expect(keys.has(`^${key('禾城农商银行：金融活水润田畴 护航春耕')!}`)).toBe(true);
    expect(keys.has(`^${key('禾城农商银行 金融活水润田畴护航春耕')!}`)).toBe(true);
    expect(keys.has(`^${key('春耕时节')!}`)).toBe(true);
    // Part of a line is not the line.
    expect(keys.has(`^${key('禾城农商银行')!}`)).toBe(false);
    expect(key('春耕')).toBeUndefined();
  });

  it('count a number or Latin word as one word, so a headline’s number tells it from another', () => {
    expect([...titleKeys('1100名选手 ai时代')].filter((k) => !k.startsWith('^=')).sort()).toEqual(['^1100名选', '^名选手', '^ai时代'].sort());
    expect(queryTitleKeys([term('1100名选手')])).toEqual(['1100名选', '名选手']);
    expect(queryTitleKeys([term('800名选手')])).not.toContain('1100名选');
    // A last word not Han may be the start of a longer one (Pagefind matches it as a prefix): no key ends with it.
    expect(queryTitleKeys([term('拱墅加快ai')])).toEqual(['拱墅加', '墅加快']);
  });

  it('of a query are all held by the titles that hold it: every part of the real headlines routes to its article', () => {
    let checked = 0;
    for (const file of readdirSync(join(projectRoot, 'content/articles'))) {
      const source = readFileSync(join(projectRoot, 'content/articles', file), 'utf8');
      const titles = ['headline', 'kicker', 'subtitle'].map((field) => new RegExp(`^${field}: (.+)$`, 'mu').exec(source)?.[1] ?? '').join('\n');
      const keys = titleKeys(titles);
      const chars = [...normalizeText(titles)];
      const inWord = (at: number) => at > 0 && [chars[at]!, chars[at - 1]!].every((c) => /[\p{L}\p{N}]/u.test(c) && !/\p{Script=Han}/u.test(c));
      for (let at = 0; at < chars.length; at++) {
        // Pagefind matches a Latin or digit word from its start, never from inside it.
        if (inWord(at)) continue;
        for (let length = 3; at + length <= chars.length; length++) {
          for (const parsed of parseQuery(chars.slice(at, at + length).join('')).terms) {
            expect(queryTitleKeys([parsed]).filter((key) => !keys.has(`^${key}`)), `“${parsed.text}”`).toEqual([]);
            checked++;
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
  });
});
