/**
 * All files or none, even under SIGKILL: the writer runs in a child process
 * that kills itself before its Nth file-system change, for every N; recovery
 * must then leave exactly the old files or exactly the new ones, byte for byte.
 */
import { spawnSync } from 'node:child_process';
import fs, { cpSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { recoverContent, writeAll } from '../../../src/lib/ingest/files.ts';
import { snapshot } from '../../support/folders.ts';

const CHILD = join(import.meta.dirname, 'fixtures/crash-writer.ts');
const b64 = (text: string) => Buffer.from(text).toString('base64');

/** A content folder with a published edition: one article replaced, one kept, one added. */
function oldContent(): string {
  const dir = mkdtempSync(join(tmpdir(), 'txn-'));
  mkdirSync(join(dir, 'articles'));
  mkdirSync(join(dir, 'editions'));
  writeFileSync(join(dir, 'articles/a.mdx'), 'old a\n');
  writeFileSync(join(dir, 'articles/keep.mdx'), 'kept\n');
  writeFileSync(join(dir, 'editions/e1.yaml'), 'sequence: 1\n');
  return dir;
}
const NEW_FILES = [
  { path: 'articles/a.mdx', content: 'new a, longer than the old one\n' },
  { path: 'articles/b.mdx', content: 'new b\n' },
  { path: 'editions/e1.yaml', content: 'sequence: 1\nitems: [a, b]\n' },
  { path: 'source/e1.txt', content: '拱墅开局\n' },
];

function copy(dir: string): string {
  const to = mkdtempSync(join(tmpdir(), 'txn-copy-'));
  cpSync(dir, to, { recursive: true });
  return to;
}

function child(mode: 'write' | 'recover', dir: string, killAt: number, filesJson = '') {
  return spawnSync(process.execPath, [CHILD, mode, dir, String(killAt), filesJson], { encoding: 'utf8' });
}

describe('writeAll under SIGKILL at every step', () => {
  const filesJson = join(mkdtempSync(join(tmpdir(), 'txn-files-')), 'files.json');
  writeFileSync(filesJson, JSON.stringify(NEW_FILES.map((f) => ({ path: f.path, content: b64(f.content) }))));
  const before = snapshot(oldContent());
  const after = (() => {
    const dir = oldContent();
    writeAll(dir, NEW_FILES);
    return snapshot(dir);
  })();
  const clean = child('write', oldContent(), 0, filesJson);
  const total = Number(clean.stdout.trim());

  it('has steps to kill at, and an unkilled run gives the new files', () => {
    expect(clean.status, clean.stderr).toBe(0);
    expect(total).toBeGreaterThan(10);
    expect(after).not.toEqual(before);
    expect(after['articles/a.mdx']).toBe(b64(NEW_FILES[0]!.content));
  });

  it('leaves exactly the old or exactly the new files, whichever step it dies at', { timeout: 60_000 }, () => {
    const outcomes: string[] = [];
    for (let n = 1; n <= total; n++) {
      const dir = oldContent();
      const run = child('write', dir, n, filesJson);
      expect(run.signal, `step ${n}: ${run.stderr}`).toBe('SIGKILL');
      recoverContent(dir);
      const files = snapshot(dir);
      const outcome = JSON.stringify(files) === JSON.stringify(before) ? 'old' : JSON.stringify(files) === JSON.stringify(after) ? 'new' : 'MIXED';
      outcomes.push(`${n}:${outcome}`);
      expect(files, `killed before step ${n} of ${total}`).toSatisfy((f: object) => JSON.stringify(f) === JSON.stringify(before) || JSON.stringify(f) === JSON.stringify(after));
    }
    // Early deaths keep the old state, late ones the new: both are seen.
    expect(outcomes.join(' ')).toMatch(/old.*new/u);
  });

  it('recovers whole even when recovery itself is killed, at every step', () => {
    // Recovery has work only once the journal is committed; try it from a few such deaths.
    const committed = Array.from({ length: total }, (_, i) => i + 1).filter((n) => {
      const dir = oldContent();
      child('write', dir, n, filesJson);
      return existsSync(join(dir, '.ingest-txn/journal.json'));
    });
    expect(committed.length).toBeGreaterThan(3);
    for (const n of [committed[0]!, committed[Math.floor(committed.length / 2)]!, committed.at(-1)!]) {
      const killed = oldContent();
      child('write', killed, n, filesJson);
      const recoverySteps = Number(child('recover', copy(killed), 0).stdout.trim());
      for (let m = 1; m <= recoverySteps; m++) {
        const dir = copy(killed);
        expect(child('recover', dir, m).signal).toBe('SIGKILL');
        recoverContent(dir);
        const files = JSON.stringify(snapshot(dir));
        expect(files === JSON.stringify(before) || files === JSON.stringify(after), `write killed at ${n}, recovery at ${m}`).toBe(true);
      }
    }
  }, 60_000);
});

describe('writeAll', () => {
  afterEach(() => {
    fs.renameSync = realRename;
    syncBuiltinESMExports();
  });
  const realRename = fs.renameSync;

  it('puts everything back when the switch fails with an error half-way', () => {
    const dir = oldContent();
    const before = snapshot(dir);
    let renames = 0;
    // The journal's rename is the first; fail on the third file moved into place.
    fs.renameSync = (from, to) => {
      if (++renames === 4) throw Object.assign(new Error('EIO: i/o error, rename'), { code: 'EIO' });
      realRename(from, to);
    };
    syncBuiltinESMExports();
    expect(() => writeAll(dir, NEW_FILES)).toThrow(/EIO/u);
    expect(renames).toBeGreaterThan(4); // the rollback renamed the backups back
    expect(snapshot(dir)).toEqual(before);
  });
});
