import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { makeSiteCopy as copySite } from '../../scripts/lib/site-copy.ts';
import { projectRoot } from './paths.ts';

const astroBin = join(projectRoot, 'node_modules/astro/bin/astro.mjs');

export interface BuildResult {
  ok: boolean;
  /** stdout and stderr together, colours off. */
  output: string;
}

/** Runs `astro build` in `root` with the Node that runs the tests (Node 24 via the `node` devDependency). */
export function astroBuild(root: string, extraArgs: string[] = []): BuildResult {
  const run = spawnSync(process.execPath, [astroBin, 'build', ...extraArgs], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1' },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { ok: run.status === 0, output: `${run.stdout}\n${run.stderr}` };
}

/** A throwaway copy of the site to build from content of a test's own (see scripts/lib/site-copy.ts). */
export function makeSiteCopy(): { root: string; contentDir: string } {
  return copySite(projectRoot);
}
