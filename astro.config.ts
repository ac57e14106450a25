import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { defineConfig } from 'astro/config';
import { paragraphIds } from './src/markdown/paragraph-ids.ts';
import { site } from './src/site.ts';

export default defineConfig({
  site: site.url,
  trailingSlash: 'always',
  // Two routes or two articles claiming one URL is a mistake to fix, not to build over.
  prerenderConflictBehavior: 'error',
  integrations: [mdx()],
  markdown: {
    processor: satteri({
      // The text must reach the page exactly as printed: no smart quotes, no GFM autolinks or tables.
      features: { smartPunctuation: false, gfm: false, headingAttributes: true },
      hastPlugins: [paragraphIds],
    }),
  },
});
