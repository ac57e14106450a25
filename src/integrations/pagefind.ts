import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { indexCopy } from '../lib/search/index-copy.ts';

/**
 * Builds the Pagefind index after the site is built, through Pagefind's Node
 * API, from a copy of each page in which every Chinese character is its own
 * index word (see src/lib/search/han.ts): search can then ask for an exact run
 * of characters. Only elements marked data-pagefind-body are indexed.
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, pages, logger }) => {
        const outDir = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh' });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        let indexed = 0;
        for (const { pathname } of [...pages].sort((a, b) => a.pathname.localeCompare(b.pathname))) {
          const file = join(outDir, pathname, pathname.endsWith('.html') ? '' : 'index.html');
          const copy = indexCopy(await readFile(file, 'utf8').catch(() => ''));
          if (copy === undefined) continue;
          const added = await index.addHTMLFile({ url: `/${pathname}`, content: copy });
          if (added.errors.length > 0) throw new Error(`Pagefind could not index /${pathname}: ${added.errors.join('; ')}`);
          indexed++;
        }
        const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
        if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        await pagefind.close();
        // The site has its own search page; Pagefind's ready-made interfaces are never loaded.
        for (const ui of ['pagefind-ui', 'pagefind-component-ui', 'pagefind-modular-ui']) {
          for (const ext of ['.js', '.css']) await rm(join(outDir, 'pagefind', ui + ext), { force: true });
        }
        logger.info(`indexed ${indexed} pages for search`);
      },
    },
  };
}
