/**
 * Where a generated archive may be written, and writing it there. The
 * generator never writes into the project's content/ folder (a benchmark
 * must not mix invented articles with published ones), never into a folder
 * holding anything but an archive of the same seed and start, and never
 * deletes: it only adds the files that are new, so extending an archive by a
 * day touches nothing already there (a warm rebuild sees only the new day).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep, isAbsolute } from 'node:path';
import { GENERATOR_VERSION } from './generate.ts';

/** The record of what a folder holds, so a second run can tell its own archive from anything else. */
export const MARKER = '.archive.json';

export interface ArchiveMarker {
  generator: 'archive:generate';
  version: number;
  seed: number;
  start: string;
  articles: number;
  editions: number;
  days: number;
}

export class ArchiveOutputError extends Error {}

/** The real path of `path`, through symlinks, also when its last parts do not exist yet. */
function realPath(path: string): string {
  const absolute = resolve(path);
  let existing = absolute;
  while (!existsSync(existing)) {
    const parent = dirname(existing);
    if (parent === existing) break;
    existing = parent;
  }
  return join(realpathSync(existing), relative(existing, absolute));
}

function isInside(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

/**
 * Checks `out` before anything is written: not inside `contentDir`, and
 * missing, empty, or holding an archive made with the same seed, start and
 * generator version. Returns that archive's marker, if any.
 */
export function checkOutDir(out: string, contentDir: string, options: { seed: number; start: string }): ArchiveMarker | undefined {
  const target = realPath(out);
  if (isInside(target, realPath(contentDir))) {
    throw new ArchiveOutputError(`--out ${out} is inside the project's content folder (${contentDir}); a generated archive never goes there. Give a folder elsewhere, e.g. /tmp/archive-10000`);
  }
  if (!existsSync(target)) return undefined;
  if (!statSync(target).isDirectory()) throw new ArchiveOutputError(`--out ${out} is a file, not a folder`);
  const entries = readdirSync(target);
  if (entries.length === 0) return undefined;
  if (!entries.includes(MARKER)) {
    throw new ArchiveOutputError(`--out ${out} is not empty and holds no generated archive (no ${MARKER}); give an empty or new folder`);
  }
  const marker = readMarker(join(target, MARKER));
  if (marker.version !== GENERATOR_VERSION || marker.seed !== options.seed || marker.start !== options.start) {
    throw new ArchiveOutputError(
      `--out ${out} holds an archive made with --seed ${marker.seed} --start ${marker.start} (generator ${marker.version}); this run would make --seed ${options.seed} --start ${options.start} (generator ${GENERATOR_VERSION}). Give a new folder`,
    );
  }
  return marker;
}

function readMarker(path: string): ArchiveMarker {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new ArchiveOutputError(`${path} cannot be read as an archive marker (${(error as Error).message})`);
  }
  const marker = data as Partial<ArchiveMarker>;
  if (marker.generator !== 'archive:generate' || typeof marker.seed !== 'number' || typeof marker.start !== 'string' || typeof marker.version !== 'number' || typeof marker.articles !== 'number') {
    throw new ArchiveOutputError(`${path} is not a marker written by archive:generate`);
  }
  return marker as ArchiveMarker;
}

export function writeMarker(out: string, marker: ArchiveMarker): void {
  mkdirSync(out, { recursive: true });
  writeAtomically(join(out, MARKER), `${JSON.stringify(marker, null, 2)}\n`);
}

/**
 * Writes one file of the archive unless it is there already. A file that is
 * there with other content was edited by hand or made by another generator:
 * the archive is no longer what its marker says, so that is an error.
 */
export function writeArchiveFile(out: string, path: string, content: string): 'written' | 'kept' {
  const target = join(out, path);
  if (existsSync(target)) {
    if (readFileSync(target, 'utf8') === content) return 'kept';
    throw new ArchiveOutputError(`${target} differs from what this seed and start generate (edited, or made by another version); give a new folder`);
  }
  mkdirSync(dirname(target), { recursive: true });
  writeAtomically(target, content);
  return 'written';
}

/** Write then rename, so a run killed midway leaves whole files only and the next run can compare them. */
function writeAtomically(target: string, content: string): void {
  const temporary = `${target}.${process.pid}.tmp`;
  writeFileSync(temporary, content);
  renameSync(temporary, target);
}
