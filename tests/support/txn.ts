/** Content folders in the states a write can leave, set up by hand for the transaction and recovery tests. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TXN_DIR } from '../../src/lib/ingest/transaction.ts';

/** A content folder holding `articles/a.mdx` = "old a". */
export function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'txn-'));
  mkdirSync(join(dir, 'articles'));
  writeFileSync(join(dir, 'articles', 'a.mdx'), 'old a');
  return dir;
}
/** What a write of a.mdx (replaced) and editions/e.yaml (new, in a new folder) leaves staged. */
export function staged(dir: string, { journal, aborted = false }: { journal: boolean; aborted?: boolean }) {
  const txn = join(dir, TXN_DIR);
  mkdirSync(txn);
  writeFileSync(join(txn, 'new-0'), 'new a');
  writeFileSync(join(txn, 'new-1'), 'new e');
  if (journal) {
    const entries = [
      { target: join('articles', 'a.mdx'), staged: join(TXN_DIR, 'new-0'), backup: join(TXN_DIR, 'old-0') },
      { target: join('editions', 'e.yaml'), staged: join(TXN_DIR, 'new-1') },
    ];
    writeFileSync(join(txn, 'journal.json'), JSON.stringify({ version: 1, entries, createdDirs: ['editions'] }));
  }
  if (aborted) writeFileSync(join(txn, 'aborted'), '');
}
