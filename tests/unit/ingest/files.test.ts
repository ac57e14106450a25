import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPublished, writeAll } from '../../../src/lib/ingest/files.ts';
import { snapshot } from '../../support/folders.ts';

describe('writeAll', () => {
  it('writes every file, replacing old ones, and leaves no temporary folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'write-all-'));
    mkdirSync(join(dir, 'articles'));
    writeFileSync(join(dir, 'articles/a.mdx'), 'old');
    writeAll(dir, [
      { path: 'articles/a.mdx', content: 'new' },
      { path: 'editions/e.yaml', content: 'sequence: 1\n' },
    ]);
    expect(snapshot(dir)).toEqual({ 'articles/a.mdx': Buffer.from('new').toString('base64'), 'editions/e.yaml': Buffer.from('sequence: 1\n').toString('base64') });
  });

  it('puts everything back as it was when a write fails half-way', () => {
    const dir = mkdtempSync(join(tmpdir(), 'write-all-'));
    mkdirSync(join(dir, 'articles'));
    writeFileSync(join(dir, 'articles/a.mdx'), 'old');
    writeFileSync(join(dir, 'editions'), 'a file where a folder must go');
    const before = snapshot(dir);
    expect(() =>
      writeAll(dir, [
        { path: 'articles/a.mdx', content: 'new' },
        { path: 'articles/b.mdx', content: 'new' },
        { path: 'editions/e.yaml', content: 'sequence: 1\n' },
      ]),
    ).toThrow();
    expect(snapshot(dir)).toEqual(before);
  });
});

describe('readPublished', () => {
  it('reads nothing from a missing folder', () => {
    expect(readPublished(join(tmpdir(), 'does-not-exist-here'))).toEqual({ articles: [], editions: [] });
  });
});
