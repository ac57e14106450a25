import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * Draws the articles' preview cards into their cache before the build
 * bundles and renders the archive, in a process of its own
 * (src/lib/og/draw-content-cards.ts): the drawing's memory is given back
 * before the build's own peak, instead of adding to it. The card route then
 * finds every card in the cache. The process reads the content files itself,
 * so it starts with the build and runs while Astro syncs the content.
 */
export function previewCards(): AstroIntegration {
  let drawn: Promise<string> | undefined;
  return {
    name: 'preview-cards',
    hooks: {
      'astro:config:setup': ({ command, config }) => {
        if (command !== 'build') return;
        const root = fileURLToPath(config.root);
        const contentDir = resolve(root, process.env.CONTENT_DIR ?? 'content');
        // scripts/build.ts has the bundler return freed memory at once (MIMALLOC_PURGE_DELAY=0). resvg
        // allocates through mimalloc too, and with it drew 10,000 cards in 420 s instead of about 220.
        const { MIMALLOC_PURGE_DELAY: _bundlerOnly, ...env } = process.env;
        drawn = new Promise<string>((done, fail) => {
          const child = spawn(process.execPath, [join(root, 'src/lib/og/draw-content-cards.ts'), root, contentDir], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
          let text = '';
          child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()));
          child.stderr.on('data', (chunk: Buffer) => (text += chunk.toString()));
          child.on('close', (code) => (code === 0 ? done(text.trim()) : fail(new Error(`drawing the preview cards failed (exit ${code}):\n${text}`))));
        });
        // Awaited at build start; a failure before then is reported there, not as an unhandled rejection.
        drawn.catch(() => undefined);
      },
      'astro:build:start': async ({ logger }) => {
        if (drawn) logger.info(await drawn);
      },
    },
  };
}
