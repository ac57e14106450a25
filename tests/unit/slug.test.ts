import { describe, expect, it } from 'vitest';
import { pinyinSlug, slugAllocator, uniqueSlug } from '../../src/lib/slug.ts';

describe('pinyinSlug', () => {
  it.each([
    ['拱墅开局：以实干争先，以创新致远', 'gong-shu-kai-ju'],
    ['禾城农商银行：金融活水润田畴', 'he-cheng-nong-shang-yin-hang'],
    ['“十四五”期间', 'shi-si-wu'],
    ['武林CBD连续三年', 'wu-lin-cbd-lian-xu-san'],
    ['AI时代', 'ai-shi-dai'],
    ['绿色发展', 'lv-se-fa-zhan'],
    ['！！', ''],
  ])('%s → %s', (text, slug) => expect(pinyinSlug(text)).toBe(slug));

  it('reads polyphonic characters in context (银行 is yin-hang, not yin-xing)', () => {
    expect(pinyinSlug('农商银行')).toBe('nong-shang-yin-hang');
  });
});

describe('uniqueSlug', () => {
  it('adds the first free numeric suffix', () => {
    expect(uniqueSlug('a', new Set())).toBe('a');
    expect(uniqueSlug('a', new Set(['a', 'a-2']))).toBe('a-3');
  });
});

describe('slugAllocator', () => {
  it('hands out base, base-2, base-3 and skips slugs already taken', () => {
    const allocate = slugAllocator(['a-2']);
    expect([allocate('a'), allocate('a'), allocate('a'), allocate('b')]).toEqual(['a', 'a-3', 'a-4', 'b']);
  });
});
