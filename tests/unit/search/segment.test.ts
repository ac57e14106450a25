import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { candidateRuns, MAX_WORD, splitRun, splittable, wordSegments } from '../../../src/lib/search/segment.ts';
import { projectRoot } from '../../support/paths.ts';

/** The real articles' text: a run is "held" when it occurs in it, as the index would report. */
const corpus = readdirSync(join(projectRoot, 'content/articles'))
  .map((name) => readFileSync(join(projectRoot, 'content/articles', name), 'utf8'))
  .join('\n');
const held = (run: string) => corpus.includes(run);
const split = (query: string) => splitRun(wordSegments(query), held);

describe('wordSegments (Intl.Segmenter, as the browser splits)', () => {
  it('knows common words but not the paper’s names, which is why the index decides', () => {
    expect(wordSegments('春耕贷款')).toEqual(['春耕', '贷款']);
    expect(wordSegments('拱墅人工智能')).toEqual(['拱', '墅', '人工', '智能']);
    expect(wordSegments('春耕，贷款 ai')).toEqual(['春耕', '贷款', 'ai']);
  });
});

describe('splitRun: the fewest runs the index holds', () => {
  it.each([
    ['春耕贷款', ['春耕', '贷款']],
    ['拱墅人工智能', ['拱墅', '人工智能']],
    ['海盐新居民', ['海盐', '新居民']],
    ['嘉兴生姜', ['嘉兴', '生姜']],
    ['俞建忠葡萄', ['俞建忠', '葡萄']],
    ['王江泾支行贷款', ['王江泾支行', '贷款']],
    ['詹丽华拱墅', ['詹丽华', '拱墅']],
    ['嘉兴的生姜', ['嘉兴', '生姜']],
  ])('%s → %j', (query, words) => {
    expect(split(query)).toEqual({ words, missing: [] });
  });

  it('names the word no page holds, and never falls back to its single characters', () => {
    expect(split('新居民房价').missing).toEqual(['房价']);
    // Missing segments and the weak single characters beside them are named together, as typed.
    expect(split('足球联赛').missing).toEqual(['足球联赛']);
    expect(split('量子计算机').missing).toEqual(['量子计算机']);
    // Every one of 王, 小, 明 is somewhere in the articles; the name is not.
    expect(split('王小明嘉兴')).toEqual({ words: ['嘉兴'], missing: ['王小明'] });
  });

  it('keeps a lone held character between real words, but not one standing alone', () => {
    expect(splitRun(['春耕', '新', '贷款'], held)).toEqual({ words: ['春耕', '新', '贷款'], missing: [] });
    expect(splitRun(['新'], held)).toEqual({ words: [], missing: ['新'] });
  });

  it('prefers the longest held runs to more, shorter words', () => {
    expect(splitRun(['新', '居民', '志愿', '者', '春耕'], held).words).toEqual(['新居民志愿者', '春耕']);
  });
});

describe('candidateRuns and splittable', () => {
  it('asks about every run of consecutive segments up to the longest word', () => {
    expect(candidateRuns(['春耕', '贷款', '嘉兴'])).toEqual(['春耕', '春耕贷款', '春耕贷款嘉兴', '贷款', '贷款嘉兴', '嘉兴']);
    expect(candidateRuns(['一二三四五', '六七八九']).every((run) => [...run].length <= MAX_WORD)).toBe(true);
  });

  it('splits only Chinese terms of three characters or more', () => {
    expect(splittable('春耕贷款')).toBe(true);
    expect(splittable('春耕')).toBe(false);
    expect(splittable('cbdabc')).toBe(false);
    expect(splittable('春'.repeat(40))).toBe(false);
  });
});
