import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

/**
 * A throwaway copy of the site (its code, an empty content folder) in a
 * temporary folder, so a test can build it from content of its own without
 * touching the project's content, caches or dist.
 */
export function makeSiteCopy(): { root: string; contentDir: string } {
  const root = mkdtempSync(join(tmpdir(), 'news-site-'));
  // The lockfile too: the preview-card cache keys its cards by the renderer's locked versions.
  for (const item of ['src', 'public', 'tsconfig.json', 'package.json', 'package-lock.json']) {
    cpSync(join(projectRoot, item), join(root, item), { recursive: true });
  }
  symlinkSync(join(projectRoot, 'node_modules'), join(root, 'node_modules'), 'dir');
  // Same configuration as the project, but its own cache: the shared one lives in node_modules.
  writeFileSync(
    join(root, 'astro.config.ts'),
    `import config from ${JSON.stringify(join(projectRoot, 'astro.config.ts'))};\nexport default { ...config, cacheDir: './.astro-cache' };\n`,
  );
  const contentDir = join(root, 'content');
  mkdirSync(contentDir);
  return { root, contentDir };
}
