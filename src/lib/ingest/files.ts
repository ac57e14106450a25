import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readPublishedArticle, readPublishedEdition, type PublishedContent } from './existing.ts';
import type { OutputFile } from './index.ts';

/** Reads what is already published in a content folder (an empty or missing folder has nothing). */
export function readPublished(contentDir: string): PublishedContent {
  const list = (folder: string, ext: string) =>
    existsSync(join(contentDir, folder)) ? readdirSync(join(contentDir, folder)).filter((name) => name.endsWith(ext)).sort() : [];
  return {
    articles: list('articles', '.mdx').map((name) => readPublishedArticle(`articles/${name}`, readFileSync(join(contentDir, 'articles', name), 'utf8'))),
    editions: list('editions', '.yaml').map((name) => readPublishedEdition(name.slice(0, -'.yaml'.length), readFileSync(join(contentDir, 'editions', name), 'utf8'))),
  };
}

/**
 * Writes all files or none: everything is written to a temporary folder next
 * to the content first, then moved into place; if a move fails, the files
 * already moved are put back as they were.
 */
export function writeAll(contentDir: string, files: OutputFile[]): void {
  mkdirSync(contentDir, { recursive: true });
  const staging = mkdtempSync(join(contentDir, '.ingest-'));
  const moved: { target: string; backup?: string }[] = [];
  try {
    files.forEach((file, i) => writeFileSync(join(staging, `new-${i}`), file.content));
    files.forEach((file, i) => {
      const target = join(contentDir, file.path);
      mkdirSync(dirname(target), { recursive: true });
      const backup = existsSync(target) ? join(staging, `old-${i}`) : undefined;
      if (backup) renameSync(target, backup);
      moved.push(backup ? { target, backup } : { target });
      renameSync(join(staging, `new-${i}`), target);
    });
  } catch (error) {
    for (const { target, backup } of moved.reverse()) {
      rmSync(target, { force: true });
      if (backup) renameSync(backup, target);
    }
    throw error;
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}
