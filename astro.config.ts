import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { defineConfig } from 'astro/config';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { paragraphIds } from './src/markdown/paragraph-ids.ts';
import { site } from './src/site.ts';

export default defineConfig({
  site: site.url,
  trailingSlash: 'always',
  // Two routes or two articles claiming one URL is a mistake to fix, not to build over.
  prerenderConflictBehavior: 'error',
  integrations: [mdx(), pagefindIndex()],
  security: {
    // A Content Security Policy in every page's <meta>: Astro adds hashes for each inline
    // script and style it emits, so nothing inline runs unless it was built here.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
  markdown: {
    processor: satteri({
      // The text must reach the page exactly as printed: no smart quotes, no GFM autolinks or tables.
      features: { smartPunctuation: false, gfm: false, headingAttributes: true },
      hastPlugins: [paragraphIds],
    }),
  },
});
