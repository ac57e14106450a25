import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readPublishedArticle, readPublishedEdition, type PublishedContent } from './existing.ts';
import { digest, type OutputFile } from './index.ts';
import { withLock } from './lock.ts';
import { recoverLeftover, TXN_DIR, writeFilesAtomically, type Recovery } from './transaction.ts';

export { ContentLockedError } from './lock.ts';
export type { Recovery } from './transaction.ts';

/** Reads what is already published in a content folder (an empty or missing folder has nothing). */
export function readPublished(contentDir: string): PublishedContent {
  const list = (folder: string, ext: string) =>
    existsSync(join(contentDir, folder)) ? readdirSync(join(contentDir, folder)).filter((name) => name.endsWith(ext)).sort() : [];
  return {
    articles: list('articles', '.mdx').map((name) => readPublishedArticle(`articles/${name}`, readFileSync(join(contentDir, 'articles', name), 'utf8'))),
    editions: list('editions', '.yaml').map((name) => {
      const edition = readPublishedEdition(name.slice(0, -'.yaml'.length), readFileSync(join(contentDir, 'editions', name), 'utf8'));
      const source = edition.source === undefined ? undefined : join(contentDir, edition.source);
      // The digest of the page this edition was made from, so a different page under the same id is caught.
      return source !== undefined && existsSync(source) ? { ...edition, sourceDigest: digest(readFileSync(source)) } : edition;
    }),
  };
}

/**
 * Writes all files or none, even if the process is killed midway: see
 * transaction.ts. Call it inside {@link withContentLock}, which also
 * finishes any write an earlier, killed ingest left.
 */
export function writeAll(contentDir: string, files: OutputFile[]): void {
  writeFilesAtomically(contentDir, files);
}

/**
 * Runs `fn` as the only ingest on `contentDir`: takes the lock (refusing with
 * ContentLockedError when a live ingest holds it), brings back a whole state
 * if an earlier write was killed, then runs `fn`, so the published content it
 * reads and the files it writes are seen by no other ingest in between.
 * `onNote` hears about a stale lock taken over or a write recovered.
 */
export function withContentLock<T>(contentDir: string, fn: () => T, onNote: (note: string) => void = () => {}): T {
  return withLock(contentDir, (lock) => {
    if (lock.note !== undefined) onNote(lock.note);
    const recovery = recoverLeftover(contentDir);
    if (recovery !== 'clean') onNote(recoveryNote(contentDir, recovery));
    return fn();
  });
}

/**
 * For the site build (and anyone reading the folder): finishes or rolls back
 * a write an ingest was killed in, so the folder holds the old or the new
 * files, never a mix. Throws ContentLockedError while an ingest is writing.
 */
export function recoverContent(contentDir: string): Recovery {
  if (!existsSync(join(contentDir, TXN_DIR))) return 'clean'; // the usual case: touch nothing, take no lock
  return withLock(contentDir, () => recoverLeftover(contentDir));
}

function recoveryNote(contentDir: string, recovery: Recovery): string {
  switch (recovery) {
    case 'completed':
      return `${contentDir}: an earlier ingest was stopped while writing; its write was completed first`;
    case 'rolled back':
      return `${contentDir}: an earlier ingest failed while writing; its files were put back as they were`;
    default:
      return `${contentDir}: an earlier ingest was stopped before writing; its unfinished files were removed`;
  }
}
