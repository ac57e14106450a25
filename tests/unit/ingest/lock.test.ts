/** One ingest at a time per content folder: real CLI processes, real files. */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { snapshot } from '../../support/folders.ts';
import { page } from '../../support/pages.ts';
import { projectRoot, sourcePage } from '../../support/paths.ts';

const CLI = join(projectRoot, 'scripts/ingest.ts');
const LOCKED = /^ingest: (.+) is being written by another ingest \(pid \d+, since \d\d:\d\d\); wait for it or remove (.+)\.ingest\.lock if that process is gone$/mu;
let work: string;
let out: string;
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'ingest-lock-'));
  out = join(work, 'content');
});

function ingestSync(...args: string[]) {
  return spawnSync(process.execPath, [CLI, ...args, '--out', out], { encoding: 'utf8', cwd: work });
}

function ingestAsync(...args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args, '--out', out], { cwd: work });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

const pageFile = (name: string) => {
  const path = join(work, name);
  writeFileSync(path, page('拱墅开局', '■ 新记者', '第一段。'));
  return path;
};
const sequences = () =>
  readdirSync(join(out, 'editions')).map((name) => Number(/^sequence: (\d+)$/mu.exec(readFileSync(join(out, 'editions', name), 'utf8'))![1]));

describe('concurrent ingests on one content folder', () => {
  it('run one at a time: the others refuse, and no two editions share a sequence', async () => {
    expect(ingestSync(sourcePage).status).toBe(0);
    const runs = await Promise.all(['2026-03-06-a3.txt', '2026-03-07-a3.txt', '2026-03-08-a3.txt', '2026-03-09-a3.txt'].map((name) => ingestAsync(pageFile(name))));
    for (const run of runs) {
      if (run.status !== 0) expect(run.stderr).toMatch(LOCKED);
      else expect(run.stdout).toMatch(/^wrote \d+ files to /mu);
    }
    const written = runs.filter((run) => run.status === 0).length;
    expect(written).toBeGreaterThanOrEqual(1);
    const seq = sequences();
    expect(seq).toHaveLength(1 + written);
    expect(new Set(seq).size).toBe(seq.length);
    // Every article file belongs to exactly one edition: no slug was claimed twice.
    const slugs = readdirSync(join(out, 'editions')).flatMap((name) => [...readFileSync(join(out, 'editions', name), 'utf8').matchAll(/article: (\S+)/gu)].map((m) => m[1]));
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(readdirSync(join(out, 'articles')).sort()).toEqual(slugs.map((slug) => `${slug}.mdx`).sort());
    expect(existsSync(join(out, '.ingest.lock'))).toBe(false);
  }, 30_000);

  it('refuses while a live process holds the lock, naming it, and writes nothing', () => {
    mkdirSync(out);
    writeFileSync(join(out, '.ingest.lock'), JSON.stringify({ pid: process.pid, since: new Date(2026, 2, 5, 9, 7).toISOString() }));
    const before = snapshot(out);
    const run = ingestSync(sourcePage);
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe(
      `ingest: content/ is being written by another ingest (pid ${process.pid}, since 09:07); wait for it or remove content/.ingest.lock if that process is gone`,
    );
    expect(snapshot(out)).toEqual(before);
  });

  it('takes over a lock whose process is gone, and says so', () => {
    const gone = spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], { encoding: 'utf8' });
    const pid = Number(gone.stdout.trim());
    mkdirSync(out);
    writeFileSync(join(out, '.ingest.lock'), JSON.stringify({ pid, since: new Date().toISOString() }));
    const run = ingestSync(sourcePage);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(new RegExp(`^ingest: note: took over content/\\.ingest\\.lock left by pid ${pid} \\(since \\d\\d:\\d\\d\\), which is no longer running$`, 'mu'));
    expect(existsSync(join(out, '.ingest.lock'))).toBe(false);
    expect(existsSync(join(out, 'editions/newspaper-page.yaml'))).toBe(true);
  });

  it('finishes a write an earlier, killed ingest had committed before reading what is published', () => {
    // What a run killed mid-switch leaves: a committed journal, its files staged but not yet moved in.
    const scratch = join(work, 'scratch');
    expect(spawnSync(process.execPath, [CLI, pageFile('2026-03-05-a3.txt'), '--out', scratch]).status).toBe(0);
    const staged = Object.keys(snapshot(scratch));
    mkdirSync(join(out, '.ingest-txn'), { recursive: true });
    staged.forEach((path, i) => writeFileSync(join(out, `.ingest-txn/new-${i}`), readFileSync(join(scratch, path))));
    const entries = staged.map((target, i) => ({ target, staged: `.ingest-txn/new-${i}` }));
    writeFileSync(join(out, '.ingest-txn/journal.json'), JSON.stringify({ version: 1, entries, createdDirs: ['articles', 'editions', 'source'] }));
    const run = ingestSync(pageFile('2026-03-06-a3.txt'));
    expect(run.stderr).toMatch(/^ingest: note: .*content: an earlier ingest was stopped while writing; its write was completed first$/mu);
    expect(existsSync(join(out, '.ingest-txn'))).toBe(false);
    expect(readFileSync(join(out, 'editions/2026-03-05-a3.yaml'), 'utf8')).toContain('sequence: 1');
    expect(readFileSync(join(out, 'editions/2026-03-06-a3.yaml'), 'utf8')).toContain('sequence: 2');
  });
});
