import { describe, expect, it } from 'vitest';
import { toBlocks } from '../../../src/lib/ingest/blocks.ts';

describe('toBlocks', () => {
  it('keeps line numbers and the blank lines before each block', () => {
    const { blocks, usualGap } = toBlocks('甲\n\n乙\n\n丙\n\n\n\n丁\n');
    expect(blocks).toEqual([
      { text: '甲', line: 1, gapBefore: 0 },
      { text: '乙', line: 3, gapBefore: 1 },
      { text: '丙', line: 5, gapBefore: 1 },
      { text: '丁', line: 9, gapBefore: 3 },
    ]);
    expect(usualGap).toBe(1);
  });

  it('reads CRLF and CR line ends, ideographic-space indents and stray spaces', () => {
    const { blocks } = toBlocks('\ufeff\u3000\u3000甲。  \r\n\r\n  乙 \r\r\u00a0丙\t\n');
    expect(blocks.map((b) => [b.text, b.line, b.gapBefore])).toEqual([
      ['甲。', 1, 0],
      ['乙', 3, 1],
      ['丙', 5, 1],
    ]);
  });

  it('takes the page’s own usual gap, so a page without blank lines still has wider gaps', () => {
    const { usualGap } = toBlocks('甲\n乙\n丙\n\n丁\n');
    expect(usualGap).toBe(0);
  });

  it('trims every white-space character /\\s/ knows from the edges, and keeps inner runs', () => {
    const spaces = Array.from({ length: 0x10000 }, (_, code) => String.fromCharCode(code)).filter((c) => /\s/u.test(c) && !/[\r\n\u2028\u2029]/u.test(c));
    for (const space of spaces) {
      expect(toBlocks(`${space}${space}甲${space}${space}乙${space}`).blocks[0]!.text).toBe(`甲${space}${space}乙`);
    }
  });
});
