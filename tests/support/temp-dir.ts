/**
 * Every test file gets a temporary folder of its own, removed when the file
 * is done: tests (and the builds, ingests and browsers they start, which
 * inherit TMPDIR) make throwaway folders with mkdtemp in os.tmpdir(), and
 * those that a test does not remove itself would otherwise pile up in /tmp
 * run after run.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

const folder = mkdtempSync(join(tmpdir(), 'news-test-'));
process.env.TMPDIR = folder;
afterAll(() => rmSync(folder, { recursive: true, force: true }));
