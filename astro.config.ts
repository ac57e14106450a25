import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { createHash } from 'node:crypto';
import { defineConfig } from 'astro/config';
import { lazyScripts } from './src/integrations/lazy-scripts.ts';
import { offlineWorker } from './src/integrations/offline.ts';
import { pageCsp } from './src/integrations/page-csp.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { pinyinFiles } from './src/integrations/pinyin-files.ts';
import { previewCards } from './src/integrations/preview-cards.ts';
import { headScript } from './src/lib/theme-init.ts';
import { paragraphIds } from './src/markdown/paragraph-ids.ts';
import { site } from './src/site.ts';

export default defineConfig({
  site: site.url,
  trailingSlash: 'always',
  // Two routes or two articles claiming one URL is a mistake to fix, not to build over.
  prerenderConflictBehavior: 'error',
  experimental: {
    // Pages whose getStaticPaths gives a cacheKey (articles, their preview images) are copied
    // from the last build while the key and their code are unchanged: the daily rebuild renders
    // only what the new edition changed. The cache lives in cacheDir (node_modules/.astro).
    incrementalBuild: true,
  },
  integrations: [
    mdx(),
    // The sitemaps are pages of their own (src/pages/sitemap-*.xml.ts), split by year: see src/lib/sitemap.ts.
    previewCards(),
    pagefindIndex(),
    // The pinyin map's files, from the one route that writes them all.
    pinyinFiles(),
    lazyScripts(),
    // After the search index and the on-demand modules, which the worker can save.
    offlineWorker(),
    // Last: each page's policy narrowed to the hashes of its own inline code.
    pageCsp(),
  ],
  security: {
    // A Content Security Policy in every page's <meta>: Astro adds hashes for each inline
    // script and style it emits, so nothing inline runs unless it was built here. Astro lists the
    // whole site's hashes on every page; pageCsp (src/integrations/page-csp.ts) keeps each page's own.
    csp: {
      // The no-flash snippet is inline by hand (it must block), so its hash is given here.
      scriptDirective: { hashes: [`sha256-${createHash('sha256').update(headScript).digest('base64')}`] },
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
  build: {
    // Each page carries its styles in a <style> (hashed for the CSP): the page is one request, and a
    // reader who arrives at one article from a shared link fetches nothing else before reading.
    inlineStylesheets: 'always',
  },
  vite: {
    build: {
      rolldownOptions: {
        // Astro marks each MDX entry's propagated-assets module with the directive "use astro:head-inject";
        // the bundler warns it may not keep a module-level directive, but it keeps it (withastro/astro#18087).
        // Only that warning is silenced, so a build prints nothing that looks like a failure.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('use astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  markdown: {
    // No code blocks in news text; Shiki's inline styles would also break the CSP.
    syntaxHighlight: false,
    processor: satteri({
      // The text must reach the page exactly as printed: no smart quotes, no GFM autolinks or tables.
      features: { smartPunctuation: false, gfm: false, headingAttributes: true },
      hastPlugins: [paragraphIds],
    }),
  },
});
