/**
 * The article and edition formats, defined once. The content config builds
 * its collections from these (with Astro's references), ingest validates what
 * it writes with them, and ingest reads published content back through them,
 * so the three can never disagree.
 */
import { z } from 'astro/zod';

/** ASCII slug: lowercase letters and digits in hyphenated parts. */
export const slugSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u, 'must be lowercase ASCII letters and digits joined by hyphens');
const text = z.string().trim().min(1);
/** A calendar date (YYYY-MM-DD) that exists; absent when the page does not say. */
export const isoDateSchema = z.iso.date();
/** A page label as printed between 第 and 版 (3, 13, A03). */
const pageLabel = z.string().regex(/^[A-Za-z]?\d{1,5}$|^[一二三四五六七八九十]{1,3}$/u, 'must be a page label such as 3, 13 or A03');
/** A line of the source page kept as printed (header, furniture, unplaced text). */
const sourceLine = z.strictObject({ line: z.number().int().positive(), text });

/**
 * An article's frontmatter. `edition` is a reference in the content config
 * and a plain slug for ingest; the caller passes the right one.
 */
export function articleSchema<Ref extends z.ZodType>(editionRef: Ref) {
  return z.strictObject({
    /** The article's URL part, /articles/<slug>/. Chosen once at first ingest; never changes after publication. */
    slug: slugSchema,
    /** 引题: the line printed above the headline. */
    kicker: text.optional(),
    /** 主题: the headline as printed. */
    headline: text,
    /** 副题: the line printed below the headline. */
    subtitle: text.optional(),
    /** The byline as printed on its own line, without its mark (may hold role words such as 记者); absent when none was printed. */
    byline: text.optional(),
    /** The people who wrote the text, in printed order: from the byline, a dateline (本报讯（记者 张三）), or a photo story's credits. Empty when none is named. */
    authors: z.array(text),
    /** The edition (printed page) this article appeared in. */
    edition: editionRef,
    /** 1-based place on the printed page, in reading order; must match the edition's list. */
    position: z.number().int().positive(),
    /** One or two sentences for lists and link previews; derived from the lead when absent. */
    summary: text.optional(),
    /** 导语: paragraphs printed between the headline and the byline. */
    standfirst: z.array(text).min(1).optional(),
    /** Publication date, only when known from the page or the desk; never invented. */
    date: isoDateSchema.optional(),
    /** 上接第N版: the page label this article's text continues from. */
    continuedFrom: pageLabel.optional(),
    /** 下转第N版: the page label the article continues on. */
    continuesOn: pageLabel.optional(),
    /**
     * Set once the page holding the rest (上接) was ingested and joined here: that
     * edition, and the body block where its part begins, so a re-ingest of either
     * page replaces its own part and keeps the other's.
     */
    continuedIn: z.strictObject({ edition: editionRef, fromBlock: z.number().int().positive() }).optional(),
  });
}

/** An item of a printed page whose body is not on it: shown as a headline, never given invented text. */
function headlineOnly<Ref extends z.ZodType>(articleRef: Ref) {
  return z.strictObject({
    kicker: text.optional(),
    headline: text,
    subtitle: text.optional(),
    /** Always false: marks the item as a headline whose body is elsewhere. */
    bodyOnPage: z.literal(false),
    /** The page label of a jump printed with it (下转第5版). */
    continuesOn: pageLabel.optional(),
    /** The article a later page brought the body of, once ingested. */
    bodyIn: articleRef.optional(),
  });
}

/** The rest of an article begun on an earlier page (上接第1版): joined to that article, listed here as a link to it. */
function continuation<Ref extends z.ZodType>(articleRef: Ref) {
  return z.strictObject({
    /** The article this page's part was joined to. */
    continuation: articleRef,
    kicker: text.optional(),
    /** The headline as this page printed it. */
    headline: text,
    subtitle: text.optional(),
    /** The page label of the 上接 jump. */
    continuedFrom: pageLabel,
  });
}

/** An edition record: what one printed page holds, in printed order. */
export function editionSchema<Ref extends z.ZodType>(articleRef: Ref) {
  return z.strictObject({
    /** Order of ingestion, 1 for the first page; the highest is the latest edition when dates are unknown. */
    sequence: z.number().int().positive(),
    /** The edition's printed name (2026年3月5日 第13版 秀洲新闻), from its header or the desk. */
    title: text.optional(),
    /** The page's printed date (YYYY-MM-DD), when known; never invented. */
    date: isoDateSchema.optional(),
    /** The paper's name, when the page header gives it. */
    paper: text.optional(),
    /** The page label (第13版 → 13), when the header gives it. */
    page: pageLabel.optional(),
    /** The section printed with the page label (秀洲新闻). */
    section: text.optional(),
    /** The project's verbatim copy of the raw page, relative to the content folder. */
    source: text,
    /** The page header's lines as printed. */
    header: z.array(sourceLine).optional(),
    /** Page furniture (责任编辑…) as printed. */
    furniture: z.array(sourceLine).optional(),
    /** What the page holds, in printed order. */
    items: z.array(z.union([z.strictObject({ article: articleRef }), headlineOnly(articleRef), continuation(articleRef)])).min(1),
    /** Lines of the page that belong to no item, kept so no word is lost. */
    unplaced: z.array(sourceLine).optional(),
  });
}

/** Article frontmatter as ingest writes and reads it (the edition as a plain id). */
export const articleFrontmatter = articleSchema(slugSchema);
export type ArticleFrontmatter = z.infer<typeof articleFrontmatter>;
/** An edition record as ingest writes and reads it (articles as plain slugs). */
export const editionRecord = editionSchema(slugSchema);
export type EditionRecord = z.infer<typeof editionRecord>;

/** A schema failure as one line naming the file and each field: `articles/x.mdx: headline: Required`. */
export function describeIssues(file: string, error: z.ZodError): string {
  return `${file}: ${error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('; ')}`;
}
