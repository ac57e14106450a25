import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

/** ASCII slug: lowercase letters and digits in hyphenated parts. */
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u, 'must be lowercase ASCII letters and digits joined by hyphens');
const text = z.string().trim().min(1);
/** A calendar date as printed on the page (YYYY-MM-DD); absent when the page does not say. */
const isoDate = z.iso.date();

const articles = defineCollection({
  loader: glob({
    pattern: '*.mdx',
    base: './content/articles',
    // One file per slug, named after it: two articles can then never share a URL.
    generateId: ({ entry, data }) => {
      const fileSlug = entry.replace(/\.mdx$/u, '');
      if (data.slug !== fileSlug) {
        throw new Error(`content/articles/${entry}: slug “${String(data.slug)}” must equal the file name “${fileSlug}” (one file per slug keeps slugs unique)`);
      }
      return fileSlug;
    },
  }),
  schema: z.strictObject({
    /** The article's URL part, /articles/<slug>/. Chosen once at first ingest; never changes after publication. */
    slug,
    /** 引题: the line printed above the headline. */
    kicker: text.optional(),
    /** 主题: the headline as printed. */
    headline: text,
    /** 副题: the line printed below the headline. */
    subtitle: text.optional(),
    /** The byline as printed, without its ■ mark (may hold role words such as 记者). */
    byline: text,
    /** The people named in the byline, in printed order. */
    authors: z.array(text).min(1),
    /** The edition (printed page) this article appeared in. */
    edition: reference('editions'),
    /** 1-based place on the printed page, in reading order; must match the edition's list. */
    position: z.number().int().positive(),
    /** One or two sentences for lists and link previews; derived from the lead when absent. */
    summary: text.optional(),
    /** 导语: paragraphs printed between the headline and the byline. */
    standfirst: z.array(text).min(1).optional(),
    /** Publication date, only when known from the page or the desk; never invented. */
    date: isoDate.optional(),
  }),
});

/** An item of a printed page whose body is not on it: shown as a headline, never given invented text. */
const headlineOnly = z.strictObject({
  kicker: text.optional(),
  headline: text,
  subtitle: text.optional(),
  /** Always false: marks the item as a headline whose body is elsewhere. */
  bodyOnPage: z.literal(false),
});

const editions = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/editions' }),
  schema: z.strictObject({
    /** Order of ingestion, 1 for the first page; the highest is the latest edition when dates are unknown. */
    sequence: z.number().int().positive(),
    /** The page's printed title (e.g. 第3版 要闻), when known. */
    title: text.optional(),
    /** The page's printed date (YYYY-MM-DD), when known; never invented. */
    date: isoDate.optional(),
    /** The project's verbatim copy of the raw page, relative to the content folder. */
    source: text,
    /** What the page holds, in printed order. */
    items: z.array(z.union([z.strictObject({ article: reference('articles') }), headlineOnly])).min(1),
    /** Lines of the page that belong to no item (e.g. a page header), kept so no word is lost. */
    unplaced: z.array(z.strictObject({ line: z.number().int().positive(), text })).optional(),
  }),
});

export const collections = { articles, editions };
