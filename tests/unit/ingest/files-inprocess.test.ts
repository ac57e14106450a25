/** The ingest's view of a content folder, in this process: what it reads, and what it does before it writes. */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPublished, recoverContent, withContentLock } from '../../../src/lib/ingest/files.ts';
import { digest } from '../../../src/lib/ingest/index.ts';
import { LOCK_FILE } from '../../../src/lib/ingest/lock.ts';
import { TXN_DIR } from '../../../src/lib/ingest/transaction.ts';
import { folder, staged } from '../../support/txn.ts';

describe('readPublished', () => {
  it('reads articles and editions only, with the digest of each edition’s page when the copy exists', () => {
    const dir = folder();
    writeFileSync(join(dir, 'articles', 'a.mdx'), '---\nslug: a\nheadline: 标题\nauthors: []\nedition: e\nposition: 1\n---\n正文。\n');
    writeFileSync(join(dir, 'articles', 'notes.txt'), 'not an article');
    mkdirSync(join(dir, 'editions'));
    mkdirSync(join(dir, 'source'));
    const record = (source: string) => `sequence: 1\nsource: ${source}\nitems:\n  - article: a\n`;
    writeFileSync(join(dir, 'editions', 'e.yaml'), record('source/e.txt'));
    writeFileSync(join(dir, 'editions', 'f.yaml'), record('source/missing.txt'));
    writeFileSync(join(dir, 'editions', 'README.md'), 'not an edition');
    writeFileSync(join(dir, 'source', 'e.txt'), '页面');
    const published = readPublished(dir);
    expect(published.articles.map((a) => a.file)).toEqual(['articles/a.mdx']);
    expect(published.editions).toEqual([
      { id: 'e', sequence: 1, source: 'source/e.txt', sourceDigest: digest(new TextEncoder().encode('页面')) },
      { id: 'f', sequence: 1, source: 'source/missing.txt' },
    ]);
  });
});

describe('withContentLock', () => {
  it.each([
    [{ journal: true }, 'an earlier ingest was stopped while writing; its write was completed first'],
    [{ journal: true, aborted: true }, 'an earlier ingest failed while writing; its files were put back as they were'],
    [{ journal: false }, 'an earlier ingest was stopped before writing; its unfinished files were removed'],
  ])('recovers a killed write first and says so (%j)', (state, note) => {
    const dir = folder();
    staged(dir, state);
    const notes: string[] = [];
    expect(withContentLock(dir, () => existsSync(join(dir, TXN_DIR)), (n) => notes.push(n))).toBe(false);
    expect(notes).toEqual([`${dir}: ${note}`]);
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
  });

  it('passes on the note of a stale lock taken over, and none when all was clean', () => {
    const dir = folder();
    writeFileSync(join(dir, LOCK_FILE), `${JSON.stringify({ pid: 4_194_000, since: '2026-03-05T08:30:00.000Z' })}\n`);
    const notes: string[] = [];
    withContentLock(dir, () => undefined, (n) => notes.push(n));
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatch(/took over .*left by pid 4194000/u);
    withContentLock(dir, () => undefined, (n) => notes.push(n));
    expect(notes).toHaveLength(1);
  });
});

describe('recoverContent', () => {
  it('touches nothing in a clean folder and recovers a leftover write', () => {
    const dir = folder();
    expect(recoverContent(dir)).toBe('clean');
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
    staged(dir, { journal: true });
    expect(recoverContent(dir)).toBe('completed');
    expect(existsSync(join(dir, TXN_DIR))).toBe(false);
  });
});
