/** The lock's rules, in this process (the CLI tests prove them across real processes). */
import { existsSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentLockedError, LOCK_FILE, lockContent, withLock } from '../../../src/lib/ingest/lock.ts';

const folder = () => mkdtempSync(join(tmpdir(), 'lock-'));
/** A pid far above Linux's default pid_max: no process has it. */
const DEAD_PID = 4_194_000;

describe('lockContent', () => {
  it('holds the folder until released, refusing a second holder with the pid and time', () => {
    const dir = folder();
    const lock = lockContent(dir);
    expect(JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8')).pid).toBe(process.pid);
    expect(lock.note).toBeUndefined();
    expect(() => lockContent(dir)).toThrow(ContentLockedError);
    expect(() => lockContent(dir)).toThrow(new RegExp(`is being written by another ingest \\(pid ${process.pid}, since \\d\\d:\\d\\d\\); wait for it or remove .*\\.ingest\\.lock if that process is gone`, 'u'));
    lock.release();
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
    lockContent(dir).release();
  });

  it('takes over a lock whose process is gone, with a note', () => {
    const dir = folder();
    writeFileSync(join(dir, LOCK_FILE), `${JSON.stringify({ pid: DEAD_PID, since: '2026-03-05T08:30:00.000Z' })}\n`);
    const lock = lockContent(dir);
    expect(lock.note).toMatch(new RegExp(`took over .*\\.ingest\\.lock left by pid ${DEAD_PID} \\(since \\d\\d:\\d\\d\\), which is no longer running`, 'u'));
    expect(JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8')).pid).toBe(process.pid);
    lock.release();
  });

  it('takes over an old empty lock left by a killed ingest', () => {
    const dir = folder();
    const path = join(dir, LOCK_FILE);
    writeFileSync(path, '');
    utimesSync(path, new Date(Date.now() - 60_000), new Date(Date.now() - 60_000));
    const lock = lockContent(dir);
    expect(lock.note).toMatch(/an empty lock left by an ingest that was killed/u);
    lock.release();
  });

  it('waits out a lock being written, then refuses one that stays empty', () => {
    const dir = folder();
    writeFileSync(join(dir, LOCK_FILE), '');
    expect(() => lockContent(dir)).toThrow(/could not take .*\.ingest\.lock: other ingests keep taking it; try again/u);
  });

  it('reads an old lock it cannot parse as an empty one', () => {
    const dir = folder();
    const path = join(dir, LOCK_FILE);
    writeFileSync(path, '{"pid": "x"}');
    utimesSync(path, new Date(Date.now() - 60_000), new Date(Date.now() - 60_000));
    expect(lockContent(dir).note).toMatch(/an empty lock left by an ingest that was killed/u);
  });

  it('does not release a lock another process took over meanwhile', () => {
    const dir = folder();
    const lock = lockContent(dir);
    const theirs = `${JSON.stringify({ pid: DEAD_PID, since: '2026-03-05T08:30:00.000Z' })}\n`;
    writeFileSync(join(dir, LOCK_FILE), theirs);
    lock.release();
    expect(readFileSync(join(dir, LOCK_FILE), 'utf8')).toBe(theirs);
  });
});

describe('withLock', () => {
  it('releases the lock however the work ends, and returns its result', () => {
    const dir = folder();
    expect(withLock(dir, () => 42)).toBe(42);
    expect(() => withLock(dir, () => { throw new Error('boom'); })).toThrow('boom');
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
  });
});

describe('what the lock tells the desk', () => {
  it('names a folder inside the working folder relatively, one outside it in full, and is a ContentLockedError', () => {
    const inside = mkdtempSync(join(process.cwd(), '.lock-test-'));
    try {
      const lock = lockContent(inside);
      const error = (() => {
        try {
          lockContent(inside);
        } catch (caught) {
          return caught as Error;
        }
      })();
      expect(error?.name).toBe('ContentLockedError');
      expect(error?.message).toMatch(new RegExp(`^${relative(process.cwd(), inside)}${sep === '/' ? '/' : '\\\\'} is being written`, 'u'));
      expect(error?.message).toContain(`remove ${relative(process.cwd(), inside)}${sep}.ingest.lock if`);
      lock.release();
    } finally {
      rmSync(inside, { recursive: true, force: true });
    }
    const outside = folder();
    const lock = lockContent(`${outside}/`);
    expect(() => lockContent(outside)).toThrow(`${outside}${sep} is being written by another ingest`);
    lock.release();
  });

  it('treats a lock held by a running process of another user as live', () => {
    const dir = folder();
    writeFileSync(join(dir, LOCK_FILE), `${JSON.stringify({ pid: 1, since: 'not a time' })}\n`);
    expect(() => lockContent(dir)).toThrow('(pid 1, since not a time)');
  });

  it('reads a lock without a start time as unreadable', () => {
    const dir = folder();
    const path = join(dir, LOCK_FILE);
    writeFileSync(path, JSON.stringify({ pid: DEAD_PID }));
    utimesSync(path, new Date(Date.now() - 60_000), new Date(Date.now() - 60_000));
    expect(lockContent(dir).note).toMatch(/an empty lock/u);
  });
});
