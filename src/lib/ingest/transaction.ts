/**
 * Writes a set of files into a content folder all or none, even if the
 * process is killed at any instant (SIGKILL, power cut after the fsyncs).
 *
 * The protocol, all inside `<contentDir>/.ingest-txn/` so every rename stays
 * on one file system:
 *
 * 1. stage: each new file is written to `new-<i>` and fsynced;
 * 2. commit: `journal.json` (targets, staged names, backup names) is written
 *    to a temporary name, fsynced and renamed into place. The rename is the
 *    commit point: before it the content folder is untouched, after it the
 *    new state is promised;
 * 3. switch: each old file is hard-linked to `old-<i>` (its backup), then the
 *    staged file is renamed over it, so a target is never missing;
 * 4. finish: the journal is removed (the new state is now final), then the
 *    staging folder with the backups.
 *
 * {@link recoverLeftover} finishes what a killed run left: no journal means
 * nothing was promised, so the staging folder is dropped; a journal means the
 * switch is completed (every step is repeatable). If the switch fails with an
 * error instead (a disk error, a folder where a file must go), an `aborted`
 * marker is written and the backups are put back, so the folder returns to
 * its old state; a run killed during that is rolled back by recovery too.
 */
import {
  closeSync,
  existsSync,
  fsyncSync,
  linkSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmdirSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { dirname, isAbsolute, join, normalize, sep } from 'node:path';
import { IngestError } from './errors.ts';

/** A file to write, its path relative to the content folder. */
export interface FileToWrite {
  path: string;
  content: string | Uint8Array;
}

/** What recovery found and did. */
export type Recovery = 'clean' | 'completed' | 'rolled back' | 'discarded';

export const TXN_DIR = '.ingest-txn';
const JOURNAL = 'journal.json';
const ABORTED = 'aborted';

interface Entry {
  /** Target path, relative to the content folder. */
  target: string;
  /** Staged file, relative to the content folder. */
  staged: string;
  /** Where the replaced file is kept until the switch is final; absent when the target is new. */
  backup?: string;
}

interface Journal {
  version: 1;
  entries: Entry[];
  /** Folders the switch creates, parents first, removed again on a rollback. */
  createdDirs: string[];
}

/** Writes `files` under `contentDir`, all or none. The caller holds the content lock. */
export function writeFilesAtomically(contentDir: string, files: FileToWrite[]): void {
  mkdirSync(contentDir, { recursive: true });
  const txn = join(contentDir, TXN_DIR);
  if (existsSync(txn)) {
    throw new IngestError(txn, 'an earlier write was interrupted and not recovered; run the ingest again (it recovers first) or call recoverContent');
  }
  const entries = planEntries(contentDir, files);
  const createdDirs = missingDirs(contentDir, entries.map((e) => dirname(e.target)));

  const journal: Journal = { version: 1, entries, createdDirs };
  mkdirSync(txn);
  try {
    // 1. stage
    files.forEach((file, i) => writeDurably(join(contentDir, entries[i]!.staged), file.content));
    // 2. commit
    writeDurably(join(txn, `${JOURNAL}.tmp`), `${JSON.stringify(journal, null, 1)}\n`);
    renameSync(join(txn, `${JOURNAL}.tmp`), join(txn, JOURNAL));
    fsyncDir(txn);
  } catch (error) {
    // Nothing has moved yet: drop the staging (through a rollback if the journal is in place).
    if (existsSync(join(txn, JOURNAL))) abort(contentDir, journal, error);
    rmSync(txn, { recursive: true, force: true });
    throw error;
  }
  // 3. switch, or put everything back if it fails
  try {
    rollForward(contentDir, journal);
  } catch (error) {
    abort(contentDir, journal, error);
  }
  // 4. finish
  finish(contentDir);
}

/**
 * Brings a content folder left by an interrupted write back to a whole
 * state: the new one when the write had committed, else the old one. The
 * caller holds the content lock (see `recoverContent` in files.ts).
 */
export function recoverLeftover(contentDir: string): Recovery {
  const txn = join(contentDir, TXN_DIR);
  if (!existsSync(txn)) return 'clean';
  const journalPath = join(txn, JOURNAL);
  if (!existsSync(journalPath)) {
    // Killed before the commit (or after the journal was removed): the content is whole.
    rmSync(txn, { recursive: true, force: true });
    fsyncDir(contentDir);
    return 'discarded';
  }
  const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as Journal;
  if (existsSync(join(txn, ABORTED))) {
    rollBack(contentDir, journal);
    finish(contentDir);
    return 'rolled back';
  }
  try {
    rollForward(contentDir, journal);
  } catch (error) {
    abort(contentDir, journal, error);
  }
  finish(contentDir);
  return 'completed';
}

function planEntries(contentDir: string, files: FileToWrite[]): Entry[] {
  const seen = new Set<string>();
  return files.map((file, i) => {
    const target = normalize(file.path);
    if (isAbsolute(target) || target === '.' || target.startsWith(`..${sep}`) || target === '..' || target.split(sep)[0] === TXN_DIR) {
      throw new IngestError(file.path, 'not a path inside the content folder');
    }
    if (seen.has(target)) throw new IngestError(file.path, 'the same file is written twice');
    seen.add(target);
    // Refuse up front what the switch could not do, so it fails before anything moves.
    const absolute = join(contentDir, target);
    for (let parent = dirname(absolute); parent.length > contentDir.length; parent = dirname(parent)) {
      if (existsSync(parent) && !statSync(parent).isDirectory()) throw new IngestError(parent, `is a file where a folder must go (to write ${target})`);
    }
    const existed = existsSync(absolute);
    if (existed && statSync(absolute).isDirectory()) throw new IngestError(absolute, 'is a folder where a file must go');
    return { target, staged: join(TXN_DIR, `new-${i}`), ...(existed ? { backup: join(TXN_DIR, `old-${i}`) } : {}) };
  });
}

/** Folders (relative to the content folder) that do not exist yet, parents first. */
function missingDirs(contentDir: string, dirs: string[]): string[] {
  const missing = new Set<string>();
  for (const dir of dirs) {
    for (let d = dir; d !== '.' && d !== '' && !existsSync(join(contentDir, d)); d = dirname(d)) missing.add(d);
  }
  return [...missing].sort((a, b) => a.split(sep).length - b.split(sep).length || a.localeCompare(b));
}

/** Step 3. Every step is repeatable, so recovery runs it again from the start. */
function rollForward(contentDir: string, journal: Journal): void {
  for (const dir of journal.createdDirs) mkdirSync(join(contentDir, dir), { recursive: true });
  const touched = new Set<string>();
  for (const { target, staged, backup } of journal.entries) {
    const [to, from] = [join(contentDir, target), join(contentDir, staged)];
    if (!existsSync(from)) continue; // already switched
    if (backup !== undefined && !existsSync(join(contentDir, backup)) && existsSync(to)) linkSync(to, join(contentDir, backup));
    renameSync(from, to);
    touched.add(dirname(to));
  }
  for (const dir of touched) fsyncDir(dir);
}

/** Puts back the old files: the backups over the targets, new targets removed. */
function rollBack(contentDir: string, journal: Journal): void {
  for (const { target, staged, backup } of [...journal.entries].reverse()) {
    const to = join(contentDir, target);
    if (backup !== undefined) {
      if (existsSync(join(contentDir, backup))) renameSync(join(contentDir, backup), to);
    } else if (!existsSync(join(contentDir, staged))) {
      rmSync(to, { force: true });
    }
  }
  for (const dir of [...journal.createdDirs].reverse()) {
    const path = join(contentDir, dir);
    if (existsSync(path) && readdirSync(path).length === 0) rmdirSync(path);
  }
  fsyncDir(contentDir);
}

/** The switch failed with an error: mark the journal aborted (so recovery rolls back too), roll back, rethrow. */
function abort(contentDir: string, journal: Journal, error: unknown): never {
  writeDurably(join(contentDir, TXN_DIR, ABORTED), '');
  fsyncDir(join(contentDir, TXN_DIR));
  rollBack(contentDir, journal);
  finish(contentDir);
  throw error;
}

/** Step 4: the journal goes first, so a run killed here is already whole. */
function finish(contentDir: string): void {
  const txn = join(contentDir, TXN_DIR);
  rmSync(join(txn, JOURNAL), { force: true });
  fsyncDir(txn);
  rmSync(txn, { recursive: true, force: true });
  fsyncDir(contentDir);
}

/** Writes a file and flushes it to disk before returning. */
function writeDurably(path: string, content: string | Uint8Array): void {
  const fd = openSync(path, 'wx');
  try {
    const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    for (let offset = 0; offset < bytes.length; ) offset += writeSync(fd, bytes, offset, bytes.length - offset);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Flushes a folder's entries (a rename or unlink in it) to disk. */
function fsyncDir(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
