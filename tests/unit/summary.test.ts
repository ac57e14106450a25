import { describe, expect, it } from 'vitest';
import { deriveSummary } from '../../src/lib/summary.ts';

describe('deriveSummary', () => {
  it('keeps whole sentences that fit', () => {
    expect(deriveSummary('第一句。第二句！第三句？', 9)).toBe('第一句。第二句！');
  });

  it('keeps a closing quote with its sentence', () => {
    expect(deriveSummary('他说：“好。”后来又说了别的。', 7)).toBe('他说：“好。”');
  });

  it('cuts a first sentence that is too long, with an ellipsis', () => {
    expect(deriveSummary('这是一个非常非常长的句子。', 6)).toBe('这是一个非…');
  });

  it('returns a short lead whole', () => {
    const lead = '2026年的春天，杭州市拱墅区站在了“十五五”谋篇开局的关键节点。';
    expect(deriveSummary(lead)).toBe(lead);
  });
});
