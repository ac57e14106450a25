import { describe, expect, it } from 'vitest';
import { COMMON_CHARACTERS, MAX_PHRASE_WORDS, commonCharacters, phraseWindow } from '../../../src/lib/search/window.ts';

const common = new Set(['在', '的', '了', '是']);

describe('phraseWindow', () => {
  it(`sends a phrase of at most ${MAX_PHRASE_WORDS} words whole`, () => {
    expect(phraseWindow('"春 耕 贷 款"', common)).toBe('"春 耕 贷 款"');
    expect(phraseWindow('"在 南 北 湖 的 人"', common)).toBe('"在 南 北 湖 的 人"');
  });

  it(`sends ${MAX_PHRASE_WORDS} consecutive words of a longer phrase, those with the fewest common characters`, () => {
    expect(phraseWindow('"在 南 北 湖 感 受 非 遗 传 承 的 魅 力"', common)).toBe('"南 北 湖 感 受 非"');
    expect(phraseWindow('"在 的 是 了 一 二 三 四 五 六"', common)).toBe('"一 二 三 四 五 六"');
    expect(phraseWindow('"1100 名 选 手 南 北 湖 竞 技 围 棋"', common)).toBe('"1100 名 选 手 南 北"');
  });

  it('between runs with as many common characters, takes the one whose common characters are the less frequent, then the first', () => {
    // The archive's common characters, most frequent first: 道 before 街 before 民 before 展 before 动 before 项.
    const archive = new Set(['的', '道', '新', '街', '民', '展', '动', '项']);
    // 魏塘街道开展 and 居民专项行动 hold three each (新 is in neither): 街, 道, 展 are the more frequent.
    expect(phraseWindow('"魏 塘 街 道 开 展 新 居 民 专 项 行 动"', archive)).toBe('"居 民 专 项 行 动"');
    // The same common characters in both runs: the first.
    expect(phraseWindow('"甲 乙 丙 丁 戊 己 庚"', archive)).toBe('"甲 乙 丙 丁 戊 己"');
  });
});

describe('commonCharacters', () => {
  it(`lists the ${COMMON_CHARACTERS} most frequent Han characters, most frequent first, ignoring other characters`, () => {
    const counts = new Map<string, number>([['的', 50], ['a', 99], ['在', 30], ['，', 80], ['是', 30]]);
    for (let i = 0; i < 60; i++) counts.set(String.fromCodePoint(0x4e00 + i), 1);
    const list = commonCharacters(counts);
    expect(list).toHaveLength(COMMON_CHARACTERS);
    expect(list.slice(0, 3)).toEqual(['的', '在', '是']);
    expect(list).not.toContain('a');
  });
});
