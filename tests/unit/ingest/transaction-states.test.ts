/** The write protocol's states, set up by hand in this process: what recovery does with each, and what a write refuses. */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recoverLeftover, TXN_DIR, writeFilesAtomically } from '../../../src/lib/ingest/transaction.ts';
import { folder, staged } from '../../support/txn.ts';

const files = (dir: string) => readdirSync(dir, { recursive: true }).map(String).sort();
const read = (dir: string, path: string) => readFileSync(join(dir, path), 'utf8');

describe('recovery', () => {
  it('finds nothing to do in a clean folder', () => {
    const dir = folder();
    expect(recoverLeftover(dir)).toBe('clean');
    expect(files(dir)).toEqual(['articles', join('articles', 'a.mdx')]);
  });

  it('discards a write killed before its commit: the old files stay as they were', () => {
    const dir = folder();
    staged(dir, { journal: false });
    expect(recoverLeftover(dir)).toBe('discarded');
    expect(files(dir)).toEqual(['articles', join('articles', 'a.mdx')]);
    expect(read(dir, 'articles/a.mdx')).toBe('old a');
  });

  it('completes a committed write: new files in place, new folders made, staging gone', () => {
    const dir = folder();
    staged(dir, { journal: true });
    expect(recoverLeftover(dir)).toBe('completed');
    expect(files(dir)).toEqual(['articles', join('articles', 'a.mdx'), 'editions', join('editions', 'e.yaml')]);
    expect([read(dir, 'articles/a.mdx'), read(dir, 'editions/e.yaml')]).toEqual(['new a', 'new e']);
  });

  it('completes a switch killed half-way, the first file already moved', () => {
    const dir = folder();
    staged(dir, { journal: true });
    mkdirSync(join(dir, 'editions'));
    writeFileSync(join(dir, TXN_DIR, 'old-0'), 'old a');
    writeFileSync(join(dir, 'articles', 'a.mdx'), read(dir, `${TXN_DIR}/new-0`));
    // new-0 has been renamed over the target: it is gone from the staging folder.
    rmSync(join(dir, TXN_DIR, 'new-0'));
    expect(recoverLeftover(dir)).toBe('completed');
    expect([read(dir, 'articles/a.mdx'), read(dir, 'editions/e.yaml')]).toEqual(['new a', 'new e']);
    expect(existsSync(join(dir, TXN_DIR))).toBe(false);
  });

  it('rolls back an aborted write: backups restored, new files and new folders removed', () => {
    const dir = folder();
    staged(dir, { journal: true, aborted: true });
    mkdirSync(join(dir, 'editions'));
    writeFileSync(join(dir, TXN_DIR, 'old-0'), 'old a');
    writeFileSync(join(dir, 'articles', 'a.mdx'), 'new a');
    writeFileSync(join(dir, 'editions', 'e.yaml'), 'new e');
    rmSync(join(dir, TXN_DIR, 'new-0'));
    rmSync(join(dir, TXN_DIR, 'new-1'));
    expect(recoverLeftover(dir)).toBe('rolled back');
    expect(files(dir)).toEqual(['articles', join('articles', 'a.mdx')]);
    expect(read(dir, 'articles/a.mdx')).toBe('old a');
  });
});

describe('writeFilesAtomically', () => {
  it('writes new files in new folders and replaces old ones, leaving no staging', () => {
    const dir = folder();
    writeFilesAtomically(dir, [
      { path: 'articles/a.mdx', content: 'new a' },
      { path: 'editions/deep/e.yaml', content: new TextEncoder().encode('new e') },
    ]);
    expect(files(dir)).toEqual(['articles', join('articles', 'a.mdx'), 'editions', join('editions', 'deep'), join('editions', 'deep', 'e.yaml')]);
    expect([read(dir, 'articles/a.mdx'), read(dir, 'editions/deep/e.yaml')]).toEqual(['new a', 'new e']);
  });

  it.each([
    ['../outside.txt', 'not a path inside the content folder'],
    ['/etc/passwd', 'not a path inside the content folder'],
    [`${TXN_DIR}/x`, 'not a path inside the content folder'],
    ['articles/a.mdx/x', 'is a file where a folder must go'],
    ['articles', 'is a folder where a file must go'],
  ])('refuses %s before anything moves', (path, message) => {
    const dir = folder();
    expect(() => writeFilesAtomically(dir, [{ path: 'articles/b.mdx', content: 'b' }, { path, content: 'x' }])).toThrow(message);
    expect(files(dir)).toEqual(['articles', join('articles', 'a.mdx')]);
  });

  it('refuses to write one file twice, and to start over an unrecovered write', () => {
    const dir = folder();
    expect(() => writeFilesAtomically(dir, [{ path: 'articles/b.mdx', content: 'b' }, { path: 'articles/./b.mdx', content: 'c' }])).toThrow('the same file is written twice');
    staged(dir, { journal: false });
    expect(() => writeFilesAtomically(dir, [{ path: 'articles/b.mdx', content: 'b' }])).toThrow('an earlier write was interrupted and not recovered');
  });
});

describe('paths a write refuses', () => {
  it.each(['.', 'articles/..', ''])('refuses “%s”, the content folder itself', (path) => {
    const dir = folder();
    expect(() => writeFilesAtomically(dir, [{ path, content: 'x' }])).toThrow('not a path inside the content folder');
  });

});
