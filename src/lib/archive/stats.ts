/**
 * What an archive holds, counted page by page as the pages come: articles,
 * editions, days, writers, characters, and how well its printed pages
 * compress. The gzip ratio is measured page by page, as a page is the unit
 * real text is compared with (a real 17 KB page of this paper: about 2.0×);
 * templated text that repeats itself shows at once as a ratio of 4× or 5×.
 */
import { gzipSync } from 'node:zlib';
import type { GeneratedPage } from './generate.ts';

export interface ArchiveSummary {
  articles: number;
  editions: number;
  days: number;
  firstDay: string;
  lastDay: string;
  /** Different writers named in the articles' authors. */
  authors: number;
  /** Characters of reading text: standfirsts, paragraphs, subheads, captions. */
  characters: number;
  /** UTF-8 bytes of the printed pages (source/*.txt). */
  sourceBytes: number;
  /** Their bytes gzipped one page at a time. */
  gzipBytes: number;
  gzipRatio: number;
}

export class ArchiveTally {
  #articles = 0;
  #editions = 0;
  readonly #days = new Set<string>();
  readonly #authors = new Set<string>();
  #characters = 0;
  #sourceBytes = 0;
  #gzipBytes = 0;

  add(page: GeneratedPage): void {
    this.#editions++;
    this.#days.add(page.day.iso);
    for (const article of page.articles) {
      this.#articles++;
      this.#characters += [...article.text].length;
      for (const author of article.frontmatter.authors) this.#authors.add(author);
    }
    const bytes = Buffer.from(page.source, 'utf8');
    this.#sourceBytes += bytes.length;
    this.#gzipBytes += gzipSync(bytes).length;
  }

  summary(): ArchiveSummary {
    const days = [...this.#days].sort();
    return {
      articles: this.#articles,
      editions: this.#editions,
      days: days.length,
      firstDay: days[0] ?? '',
      lastDay: days.at(-1) ?? '',
      authors: this.#authors.size,
      characters: this.#characters,
      sourceBytes: this.#sourceBytes,
      gzipBytes: this.#gzipBytes,
      gzipRatio: this.#gzipBytes === 0 ? 0 : this.#sourceBytes / this.#gzipBytes,
    };
  }
}
