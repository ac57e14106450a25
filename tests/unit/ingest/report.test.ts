import { describe, expect, it } from 'vitest';
import { formatReport } from '../../../src/lib/ingest/report.ts';

describe('formatReport', () => {
  it('lists kept slugs, joins across captions, singular counts and the absence of warnings', () => {
    const text = formatReport(
      {
        file: 'p.txt',
        encoding: 'gb18030',
        edition: 'p',
        header: {},
        articles: [{ slug: 'a', headline: '标题', paragraphs: 1, subheads: 0, figures: 1, reusedSlug: true }],
        headlinesOnly: [],
        joins: [{ lines: [3, 9], across: [6, 7] }],
        captions: 1,
        credits: 0,
        warnings: [],
      },
      'wrote 3 files',
    );
    expect(text).toBe(
      [
        'p.txt (gb18030) → edition p',
        '1 article:',
        '  1. a (published slug kept)  标题  [1 paragraph, 0 subheads, 1 figure]',
        '1 paragraph joined across page breaks:',
        '  lines 3 + 9 (across caption at line 6, 7)',
        '1 caption, 0 credits',
        'no warnings',
        'wrote 3 files',
      ].join('\n'),
    );
  });
});
