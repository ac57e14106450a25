/**
 * A small archive of made-up pages, written straight into a content folder in
 * the formats ingest writes (its YAML options: dates quoted, read as text): dated pages over several months and two years
 * (with a month left empty), one day whose pages print no page label, a few
 * undated pages, and one author on enough articles to need three pages. The
 * text is drawn character by character from the real articles' characters, so
 * it compresses like Chinese text (slightly worse: no phrase repeats).
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { mulberry32 } from '../../src/lib/archive/random.ts';
import { YAML_OPTIONS } from '../../src/lib/ingest/mdx.ts';
import { projectRoot } from './paths.ts';

/** A seeded PRNG (the generator's mulberry32): the same archive on every run. */
export const seededRandom = mulberry32;

let hanPool: string[] | undefined;
/** Every Han character of the project's real articles, as often as they print it. */
function pool(): string[] {
  if (!hanPool) {
    const dir = join(projectRoot, 'content/articles');
    const text = readdirSync(dir).map((name) => readFileSync(join(dir, name), 'utf8')).join('');
    hanPool = text.match(/\p{Script=Han}/gu) ?? [];
  }
  return hanPool;
}

/** `length` Han characters in sentences of 8–30, with ， and 。 as a page prints them. */
export function hanText(random: () => number, length: number): string {
  const chars = pool();
  let text = '';
  let sinceStop = 0;
  for (let i = 0; i < length; i++) {
    text += chars[Math.floor(random() * chars.length)]!;
    sinceStop++;
    if (sinceStop >= 8 && (random() < 0.08 || sinceStop >= 30 || i === length - 1)) {
      text += i === length - 1 || random() < 0.4 ? '。' : '，';
      sinceStop = 0;
    }
  }
  return text;
}

export interface FixturePage {
  id: string;
  date?: string;
  page?: string;
  articles: { slug: string; headline: string; authors: string[] }[];
}

export interface FixtureArchive {
  /** In sequence order (the first written is sequence 1). */
  pages: FixturePage[];
  /** The author on every other article. */
  prolific: string;
}

/** Days with pages: late December 2025, January 2026, none in February, early March 2026. */
const DAYS = ['2025-12-28', '2025-12-29', '2025-12-30', '2025-12-31', '2026-01-05', '2026-01-06', '2026-01-20', '2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05'];
/** On this day the pages print no page label. */
export const UNLABELLED_DAY = '2026-01-20';
const OTHERS = ['李四', '王五', '赵六', '钱七', '孙八'];

/** Writes the archive into `contentDir` (articles/, editions/): 3 pages a day of 3 articles, and 3 undated pages. */
export function writeArchive(contentDir: string, { pagesPerDay = 3, articlesPerPage = 3, undatedPages = 3, seed = 20260305 } = {}): FixtureArchive {
  const random = seededRandom(seed);
  mkdirSync(join(contentDir, 'articles'), { recursive: true });
  mkdirSync(join(contentDir, 'editions'), { recursive: true });
  const prolific = '张三';
  const pages: FixturePage[] = [];
  let articleNumber = 0;
  const plan: { id: string; date?: string; page?: string }[] = [
    // Undated pages first: like the project's own first page, ingested before any dated one.
    ...Array.from({ length: undatedPages }, (_, i) => ({ id: `wu-ri-qi-${i + 1}` })),
    ...DAYS.flatMap((date) =>
      Array.from({ length: pagesPerDay }, (_, i) => (date === UNLABELLED_DAY ? { id: `${date}-x${i + 1}`, date } : { id: `${date}-${i + 1}`, date, page: String(i + 1) })),
    ),
  ];
  plan.forEach((entry, index) => {
    const articles = Array.from({ length: articlesPerPage }, (_, position) => {
      articleNumber++;
      const authors = articleNumber % 2 === 0 ? [prolific, OTHERS[articleNumber % OTHERS.length]!] : [OTHERS[articleNumber % OTHERS.length]!];
      const article = { slug: `wen-zhang-${articleNumber}`, headline: `${hanText(random, 6 + (articleNumber % 7)).replace(/[，。]/gu, '')}第${articleNumber}篇`, authors };
      const paragraphs = Array.from({ length: 3 }, () => hanText(random, 80 + Math.floor(random() * 120)));
      const frontmatter = { slug: article.slug, headline: article.headline, byline: authors.join(' '), authors, edition: entry.id, position: position + 1 };
      writeFileSync(join(contentDir, 'articles', `${article.slug}.mdx`), `---\n${stringify(frontmatter, YAML_OPTIONS)}---\n\n${paragraphs.join('\n\n')}\n`);
      return article;
    });
    const section = entry.page === undefined ? undefined : ['要闻', '综合', '副刊'][Number(entry.page) - 1];
    const record = {
      sequence: index + 1,
      ...(entry.date && entry.page ? { title: `${entry.date.replace(/^(\d+)-0?(\d+)-0?(\d+)$/u, '$1年$2月$3日')} 第${entry.page}版 ${section}` } : {}),
      ...(entry.date ? { date: entry.date } : {}),
      ...(entry.page ? { page: entry.page, section } : {}),
      source: `source/${entry.id}.txt`,
      items: articles.map((a) => ({ article: a.slug })),
    };
    writeFileSync(join(contentDir, 'editions', `${entry.id}.yaml`), stringify(record, YAML_OPTIONS));
    pages.push({ ...entry, articles });
  });
  return { pages, prolific };
}
