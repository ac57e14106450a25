import { cpSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A throwaway copy of the site (its code, an empty content folder) in a
 * temporary folder, so a test or a benchmark can build it from content of its
 * own without touching the project's content, caches or dist/. It has its own
 * Astro cache; node_modules is the project's.
 */
export function makeSiteCopy(projectRoot: string): { root: string; contentDir: string } {
  const root = mkdtempSync(join(tmpdir(), 'news-site-'));
  for (const item of ['src', 'public', 'tsconfig.json', 'package.json', 'package-lock.json']) {
    cpSync(join(projectRoot, item), join(root, item), { recursive: true });
  }
  symlinkSync(join(projectRoot, 'node_modules'), join(root, 'node_modules'), 'dir');
  writeFileSync(
    join(root, 'astro.config.ts'),
    `import config from ${JSON.stringify(join(projectRoot, 'astro.config.ts'))};\nexport default { ...config, cacheDir: './.astro-cache' };\n`,
  );
  const contentDir = join(root, 'content');
  mkdirSync(contentDir);
  return { root, contentDir };
}
