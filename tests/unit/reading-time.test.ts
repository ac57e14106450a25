import { describe, expect, it } from 'vitest';
import { readingMinutes } from '../../src/lib/reading-time.ts';

describe('readingMinutes', () => {
  it('counts Chinese by characters, about 400 a minute, rounding up', () => {
    expect(readingMinutes('字'.repeat(400))).toBe(1);
    expect(readingMinutes('字'.repeat(401))).toBe(2);
    expect(readingMinutes('字'.repeat(2000))).toBe(5);
  });

  it('counts Latin words at 200 a minute and ignores punctuation', () => {
    expect(readingMinutes('word '.repeat(400))).toBe(2);
    expect(readingMinutes('，。！？“”……'.repeat(500))).toBe(1);
  });

  it('is at least one minute', () => expect(readingMinutes('')).toBe(1));
});
