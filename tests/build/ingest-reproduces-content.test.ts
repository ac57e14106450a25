/** The committed articles are exactly what `npm run ingest` makes of the project's copy of the page. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { snapshot } from '../support/folders.ts';
import { projectRoot, sourcePage } from '../support/paths.ts';

const ingest = (out: string) => spawnSync(process.execPath, [join(projectRoot, 'scripts/ingest.ts'), sourcePage, '--out', out], { encoding: 'utf8' });
const committed = snapshot(join(projectRoot, 'content'));

describe('content/ is the ingest of content/source/newspaper-page.txt', () => {
  it('a fresh ingest writes byte for byte the committed articles, edition and page copy', () => {
    const out = mkdtempSync(join(tmpdir(), 'reingest-'));
    expect(ingest(out).status).toBe(0);
    expect(snapshot(out)).toEqual(committed);
  });

  it('ingesting again over the committed content changes nothing and adds nothing', () => {
    const out = mkdtempSync(join(tmpdir(), 'reingest-'));
    cpSync(join(projectRoot, 'content'), out, { recursive: true });
    expect(ingest(out).status).toBe(0);
    expect(snapshot(out)).toEqual(committed);
  });
});
