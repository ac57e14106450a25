import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pinyinKey, pinyinPrefix, readPinyin, splitPinyin } from '../../../src/lib/search/pinyin.ts';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { cachedCounts } from '../../../src/lib/search/pinyin-cache.ts';
import { corpusPinyinShards, countsFromJson, countsToJson, countTexts, MAX_WORDS, mergeCounts, pinyinOf, pinyinShardsOf, PRUNE_EVERY, type WordCounts } from '../../../src/lib/search/pinyin-index.ts';
import { parseQuery } from '../../../src/lib/search/normalize.ts';
import { projectRoot } from '../../support/paths.ts';

const texts = readdirSync(join(projectRoot, 'content/articles')).map((name) => readFileSync(join(projectRoot, 'content/articles', name), 'utf8'));
const shards = corpusPinyinShards(texts, ['詹丽华', '柳景春', '张焕楠', '沈震勤']);
const lookup = (key: string) => shards.get(pinyinPrefix(key))?.[key];

describe('pinyinKey', () => {
  it('reads a query of Latin letters as one key, spaces between syllables dropped', () => {
    expect(pinyinKey(parseQuery('Hang Zhou').terms)).toBe('hangzhou');
    expect(pinyinKey(parseQuery('nü').terms)).toBe('nv');
    expect(pinyinKey(parseQuery('杭州').terms)).toBeUndefined();
    expect(pinyinKey(parseQuery('"hangzhou"').terms)).toBeUndefined();
    expect(pinyinKey(parseQuery('h').terms)).toBeUndefined();
    expect(pinyinKey(parseQuery('5g').terms)).toBeUndefined();
    expect(pinyinKey(parseQuery('hang2zhou1').terms)).toBe('hangzhou');
    expect(pinyinKey(parseQuery('Hángzhōu').terms)).toBe('hangzhou');
    expect(pinyinKey(parseQuery('lǜsè').terms)).toBe('lvse');
    expect(pinyinKey(parseQuery('2026').terms)).toBeUndefined();
  });

  it('splits pinyin typed as one run into the words the map knows', async () => {
    const lookup = async (prefix: string) => shards.get(prefix) ?? {};
    expect(await splitPinyin('gongshurengongzhineng', lookup)).toEqual(['gongshu', 'rengongzhineng']);
    expect(await splitPinyin('chungengdaikuan', lookup)).toEqual(['chungeng', 'daikuan']);
    expect(await splitPinyin('hello', lookup)).toBeUndefined();
  });
});

describe('readPinyin: what a query in pinyin is searched as', () => {
  const shardOf = async (prefix: string) => shards.get(prefix) ?? {};
  const read = async (query: string) => (await readPinyin(parseQuery(query).terms, shardOf))?.terms.map((term) => term.text);

  it('reads the whole query as one word, then each term as a word, then the whole as a run of words', async () => {
    expect(await read('hang zhou')).toEqual(['杭州']);
    expect(await read('gongshu rengongzhineng')).toEqual(['拱墅', '人工智能']);
    expect(await read('gongshurengongzhineng')).toEqual(['拱墅', '人工智能']);
    expect(await read('hello')).toBeUndefined();
    expect(await read('cbd')).toBeUndefined();
  });

  it('reads the pinyin terms beside Chinese, and keeps a Latin word the articles print as typed', async () => {
    expect(await read('拱墅 hangzhou')).toEqual(['拱墅', '杭州']);
    expect(await read('chungeng 贷款')).toEqual(['春耕', '贷款']);
    expect(await read('wulin cbd')).toEqual(['武林', 'cbd']);
    expect(await read('hangzhou "cbd"')).toEqual(['cbd', '杭州']);
    expect(await read('拱墅 人工智能')).toBeUndefined();
  });
});

describe('the pinyin map, from the articles’ own words', () => {
  it('spells words, names the segmenter does not know, and names from bylines', () => {
    expect(pinyinOf('行长')).toEqual({ full: 'hangzhang', initials: 'hz' });
    expect(lookup('hangzhou')).toEqual(['杭州']);
    expect(lookup('gongshu')).toEqual(['拱墅']);
    expect(lookup('xinjumin')).toEqual(['新居民']);
    expect(lookup('yujianzhong')).toEqual(['俞建忠']);
    expect(lookup('zhanlihua')).toEqual(['詹丽华']);
    expect(lookup('rengongzhineng')).toEqual(['人工智能']);
  });

  it('gives initials only where one word clearly dominates them', () => {
    expect(lookup('hz')).toEqual(['杭州']);
    expect(lookup('xjm')).toEqual(['新居民']);
    // 拱墅 and 工作, 公司… share gs: too ambiguous to guess.
    expect(lookup('gs')).toBeUndefined();
  });

  it('leaves out runs that begin or end with a function word, and the Latin words the articles print', () => {
    expect(lookup('gongshude')).toBeUndefined();
    expect(lookup('cbd')).toBeUndefined();
  });

  it('stays small: a file per three-letter prefix (two for initials), at most a few KiB each here, and a bounded number of words', () => {
    const sizes = [...shards.values()].map((shard) => Buffer.byteLength(JSON.stringify(shard)));
    expect([...shards.keys()].every((prefix) => /^[a-z]{2,3}$/u.test(prefix))).toBe(true);
    expect(Math.max(...sizes)).toBeLessThan(8 * 1024);
    expect(MAX_WORDS).toBeLessThanOrEqual(60_000);
  });
});

describe('the map counted volume by volume, and kept between builds', () => {
  const names = ['詹丽华', '柳景春', '张焕楠', '沈震勤'];

  it('adds up volumes’ counts to the map of the whole corpus', () => {
    const byVolume = mergeCounts([countTexts(texts.slice(0, 1)), countTexts(texts.slice(1))]);
    expect(pinyinShardsOf(byVolume, names)).toEqual(corpusPinyinShards(texts, names));
    expect(pinyinShardsOf(countsFromJson(countsToJson(byVolume)), names)).toEqual(corpusPinyinShards(texts, names));
  });

  it(`forgets runs seen once after every ${PRUNE_EVERY} articles added, before the next volume, as counting does`, () => {
    const part = (articles: number, counts: [string, number][], singles: string[] = []): WordCounts => ({ articles, counts: new Map(counts), whole: new Set(), singles: new Set(singles), latin: new Set() });
    const total = mergeCounts([part(PRUNE_EVERY, [['甲乙', 1], ['丙丁', 3]], ['甲乙']), part(1, [['戊己', 1]], ['戊己'])]);
    expect([...total.counts]).toEqual([['丙丁', 3], ['戊己', 1]]);
    expect([...total.singles]).toEqual(['戊己']);
    expect(total.articles).toBe(PRUNE_EVERY + 1);
  });

  it('counts a volume once: a later build with the same text reads the counts back, changed text is counted again', () => {
    const root = mkdtempSync(join(tmpdir(), 'pinyin-cache-'));
    try {
      const first = cachedCounts(root, 'code', '2026-03-1', texts);
      const [file] = readdirSync(join(root, '2026-03-1'));
      expect(file).toMatch(/^[0-9a-f]{24}\.json$/u);
      // What the file says is what the next build uses: it does not count again.
      writeFileSync(join(root, '2026-03-1', file!), countsToJson({ ...first, articles: 99 }));
      expect(cachedCounts(root, 'code', '2026-03-1', texts).articles).toBe(99);
      expect(cachedCounts(root, 'other code', '2026-03-1', texts).articles).toBe(texts.length);
      expect(cachedCounts(root, 'code', '2026-03-1', texts.slice(1)).articles).toBe(texts.length - 1);
      expect(readdirSync(join(root, '2026-03-1'))).toHaveLength(3);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
