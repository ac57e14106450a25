import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema, editionSchema } from './lib/content-schema.ts';

/** Where the content lives: `content/` unless CONTENT_DIR names another folder (an archive, a test copy). */
const contentDir = process.env.CONTENT_DIR ?? './content';

const articles = defineCollection({
  loader: glob({
    pattern: '*.mdx',
    base: `${contentDir}/articles`,
    // One file per slug, named after it: two articles can then never share a URL.
    generateId: ({ entry, data }) => {
      const fileSlug = entry.replace(/\.mdx$/u, '');
      if (data.slug !== fileSlug) {
        throw new Error(`content/articles/${entry}: slug “${String(data.slug)}” must equal the file name “${fileSlug}” (one file per slug keeps slugs unique)`);
      }
      return fileSlug;
    },
  }),
  // Field documentation lives with the schema, in src/lib/content-schema.ts.
  schema: articleSchema(reference('editions')),
});

const editions = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${contentDir}/editions` }),
  schema: editionSchema(reference('articles')),
});

export const collections = { articles, editions };
