/**
 * One ingest at a time per content folder. Two ingests reading the same
 * published content both chose the next edition sequence and the same free
 * slugs, and the later write overwrote the earlier. The lock is a file,
 * `<contentDir>/.ingest.lock`, created with O_EXCL so only one process can
 * make it; it holds the owner's pid and start time. A second ingest refuses
 * at once (rather than wait: a desk member sees why, and a stuck process
 * cannot hang the next one). A lock whose pid is no longer running (a
 * killed ingest) is taken over, and the caller gets a note saying so.
 */
import { closeSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';

export const LOCK_FILE = '.ingest.lock';

/** Another live process holds the lock. */
export class ContentLockedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ContentLockedError';
  }
}

export interface ContentLock {
  /** Set when a stale lock was taken over, for the caller to print. */
  note?: string;
  release(): void;
}

interface Holder {
  pid: number;
  since: string;
}

/** Takes the lock on `contentDir` (creating the folder), or throws ContentLockedError. */
export function lockContent(contentDir: string): ContentLock {
  mkdirSync(contentDir, { recursive: true });
  const path = join(contentDir, LOCK_FILE);
  const mine = `${JSON.stringify({ pid: process.pid, since: new Date().toISOString() } satisfies Holder)}\n`;
  let note: string | undefined;
  // A few attempts: between our failed create and our read, the holder may finish or another process take over.
  for (let attempt = 0; attempt < 5; attempt++) {
    if (createExclusive(path, mine)) {
      return { ...(note === undefined ? {} : { note }), release: () => releaseIfMine(path, mine) };
    }
    const raw = readLock(path);
    if (raw === undefined) continue; // released meanwhile
    const holder = parseHolder(raw);
    if (holder === undefined) {
      // Just created and not yet written, or a process killed between the two: judge by age.
      if (ageMs(path) < 5_000) {
        sleep(50);
        continue;
      }
    } else if (holder.pid === process.pid || isRunning(holder.pid)) {
      throw new ContentLockedError(
        `${shown(contentDir)} is being written by another ingest (pid ${holder.pid}, since ${clock(holder.since)}); wait for it or remove ${shown(path, false)} if that process is gone`,
      );
    }
    // Stale: move it aside, then make sure what moved is the lock judged stale, not a new live one.
    const aside = `${path}.stale-${process.pid}`;
    try {
      renameSync(path, aside);
    } catch {
      continue; // someone else moved it first
    }
    const moved = readLock(aside);
    if (moved !== raw && moved !== undefined) {
      try {
        renameSync(aside, path); // a live lock taken by mistake: give it back
      } catch {
        /* the next attempt reports who holds it now */
      }
      continue;
    }
    rmSync(aside, { force: true });
    note =
      holder === undefined
        ? `took over ${shown(path, false)}, an empty lock left by an ingest that was killed`
        : `took over ${shown(path, false)} left by pid ${holder.pid} (since ${clock(holder.since)}), which is no longer running`;
  }
  throw new ContentLockedError(`could not take ${shown(path, false)}: other ingests keep taking it; try again`);
}

/** Runs `fn` holding the lock; the lock is released however `fn` ends. */
export function withLock<T>(contentDir: string, fn: (lock: ContentLock) => T): T {
  const lock = lockContent(contentDir);
  try {
    return fn(lock);
  } finally {
    lock.release();
  }
}

function createExclusive(path: string, content: string): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    writeSync(fd, content);
  } finally {
    closeSync(fd);
  }
  return true;
}

function readLock(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

function parseHolder(raw: string): Holder | undefined {
  try {
    const value = JSON.parse(raw) as Partial<Holder>;
    return Number.isInteger(value.pid) && typeof value.since === 'string' ? { pid: value.pid!, since: value.since } : undefined;
  } catch {
    return undefined;
  }
}

function releaseIfMine(path: string, mine: string): void {
  if (readLock(path) === mine) rmSync(path, { force: true });
}

/** Signal 0 checks that a process exists; EPERM means it exists but is someone else's. */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function ageMs(path: string): number {
  try {
    return Date.now() - statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** HH:MM in local time, as the desk reads a clock. */
function clock(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
}

/** A path as the desk typed it: relative to the working folder when inside it ("content/"). */
function shown(path: string, folder = true): string {
  const rel = relative(process.cwd(), path);
  const base = rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path.replace(/[/\\]+$/u, '');
  return folder ? `${base}${sep}` : base;
}
