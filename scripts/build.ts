/**
 * npm run build: `astro build`, then the search index in this process once
 * Astro's has ended (see pagefindIndex in src/integrations/pagefind.ts for
 * why; the indexer is src/integrations/search-index.ts), then the 繁體 edition
 * under /zh-hant/ (src/integrations/hant-edition.ts). Run in the folder
 * of the site to build; arguments go to astro.
 */
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { INDEX_AFTER_BUILD } from '../src/integrations/pagefind.ts';

const root = process.cwd();
const outDir = join(root, 'dist');
const astro = spawn(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  env: {
    // The bundler (rolldown) allocates through mimalloc, which by default keeps freed pages a while
    // for reuse; bundling 10,000 MDX modules then peaked at 4 GiB. Returning them at once costs a
    // little system time and lowers the peak (docs/scale.md). A value set by the caller wins.
    MIMALLOC_PURGE_DELAY: '0',
    ...process.env,
    [INDEX_AFTER_BUILD]: '1',
  },
});
const exited = new Promise<number>((done) => astro.once('close', (code, signal) => done(code ?? (signal ? 1 : 0))));
// What runs once Astro is done loads on the other core while Astro builds: the indexer's modules (Pagefind,
// linkedom, OpenCC), the 繁體 steps' and the offline worker's, and OpenCC's tables (0.3 s on the 3 articles).
const steps = Promise.all([
  import('../src/integrations/hant-cards.ts'),
  import('../src/integrations/hant-edition.ts'),
  import('../src/integrations/offline.ts'),
  import('../src/lib/hant/converter.ts').then(({ createConverter }) => createConverter()),
]);
const { buildSearchIndex } = await import('../src/integrations/search-index.ts');
const [{ buildHantCards }, { buildHantEdition }, { writeOfflineFiles }] = await steps;
const status = await exited;
if (status !== 0) process.exit(status);

/** The built pages as Astro names them: a folder's index.html by its folder (`articles/x/`), other files by name. */
const pathnames = readdirSync(outDir, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.html'))
  .map((file) => (file === 'index.html' ? '' : file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file))
  .sort();
const time = () => new Date().toTimeString().slice(0, 8);
await buildSearchIndex({ root, outDir, pathnames, logger: { info: (message) => console.log(`${time()} [pagefind-index] ${message}`) } });
// The 繁體 edition: a transform of the built pages (the search page now has its index's preloads).
// Its preview cards first: a page's og:image leads to its 繁體 card where there is one.
const hantLog = { info: (message: string) => console.log(`${time()} [zh-hant] ${message}`) };
const cards = await buildHantCards({ root, outDir, contentDir: resolve(root, process.env.CONTENT_DIR ?? 'content'), logger: hantLog });
await buildHantEdition({ root, outDir, cards, logger: hantLog });
// The offline worker last: the search index is among what a reader can save.
const offline = await writeOfflineFiles(outDir);
console.log(`${time()} [offline-worker] build ${offline.build}: ${offline.edition.urls.length} pages of the latest edition`);
