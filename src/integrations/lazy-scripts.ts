import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';

const SOURCE = fileURLToPath(new URL('../scripts/lazy/', import.meta.url));
/** Where the modules land in the site; src/lib/theme-init.ts imports them from here. */
export const LAZY_PATH = '_lazy';

/**
 * Builds each module in src/scripts/lazy/ to /_lazy/<name>.js. Pages import
 * them only when the reader asks (copy a link, change a setting, arrive from
 * search), from a fixed URL, so the script every page runs first stays a few
 * hundred bytes: a module Vite bundled would need Vite's loader around it.
 * A stylesheet there (reader-tools.css) is built to /_lazy/ too, for the
 * module of its name to add when it first needs it.
 */
export function lazyScripts(): AstroIntegration {
  return {
    name: 'lazy-scripts',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const entryPoints = (await readdir(SOURCE)).filter((name) => /\.(ts|css)$/u.test(name)).map((name) => join(SOURCE, name));
        const result = await build({ entryPoints, bundle: true, format: 'esm', minify: true, target: 'es2022', outdir: join(fileURLToPath(dir), LAZY_PATH), logLevel: 'silent' });
        if (result.errors.length > 0) throw new Error(`lazy scripts: ${result.errors.map((e) => e.text).join('; ')}`);
        logger.info(`built ${entryPoints.length} on-demand modules and stylesheets into /${LAZY_PATH}/`);
      },
    },
  };
}
