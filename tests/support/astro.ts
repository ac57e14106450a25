import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { makeSiteCopy as copySite } from '../../scripts/lib/site-copy.ts';
import { projectRoot } from './paths.ts';

/** What `npm run build` runs: astro build, then the search index in a process of its own. */
const buildScript = join(projectRoot, 'scripts/build.ts');

export interface BuildResult {
  ok: boolean;
  /** stdout and stderr together, colours off. */
  output: string;
}

/** Builds the site in `root` as `npm run build` does, with the Node that runs the tests (Node 24 via the `node` devDependency). */
export function astroBuild(root: string, extraArgs: string[] = []): BuildResult {
  const run = spawnSync(process.execPath, [buildScript, ...extraArgs], {
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
