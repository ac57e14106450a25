/**
 * Where the 繁體 (Traditional Chinese) edition lives: every page's twin under
 * /zh-hant/, same slug. Pure, so the templates, the build step and the tests
 * agree on it.
 */

/** The edition's folder: `/articles/x/` and `/zh-hant/articles/x/` are the same article. */
export const HANT_PREFIX = '/zh-hant';

/** BCP 47 tags of the two editions, for hreflang, and `<html lang>` of the Traditional one. */
export const HANS_LANG = 'zh-Hans';
export const HANT_LANG = 'zh-Hant';

/**
 * Where the 繁體 pages' scripts fetch their Simplified→Traditional dictionary
 * (written by the search index's build, src/lib/hant/client-dict.ts): the
 * whole site's words, or the client scripts' own strings alone.
 */
export const HANT_DICT_URLS = { site: '/pagefind/hant.txt', ui: '/pagefind/hant-ui.txt' } as const;

/** The localStorage key of the reader's choice of script: the hreflang of the edition chosen (zh-Hans or zh-Hant). */
export const SCRIPT_KEY = 'script';

/**
 * Scroll offsets (px) at or above which the reader is at the page's head, not
 * reading: the head script keeps the last place the reader stopped scrolling
 * below it, and the switch carries that place (see theme-init.ts).
 */
export const READING_FROM = 200;

/** The header's switch: its text and accessible name on a page of each script, pointing at the other. */
export const SCRIPT_SWITCH = {
  /** On a Simplified page: go to the Traditional twin. */
  toHant: { text: '繁', label: '繁體中文', hreflang: HANT_LANG },
  /** On a Traditional page: back to the Simplified one. */
  toHans: { text: '简', label: '简体中文', hreflang: HANS_LANG },
} as const;

/** A Simplified page's twin path: `/articles/x/` → `/zh-hant/articles/x/`, `/` → `/zh-hant/`. */
export function hantPath(path: string): string {
  return `${HANT_PREFIX}${path}`;
}

/** The Simplified path of a Traditional one (or the path itself when it is already Simplified). */
export function hansPath(path: string): string {
  return isHantPath(path) ? path.slice(HANT_PREFIX.length) || '/' : path;
}

export function isHantPath(path: string): boolean {
  return path === HANT_PREFIX || path.startsWith(`${HANT_PREFIX}/`);
}

/**
 * Whether a built Simplified page (a site path such as `/articles/x/`,
 * `/404.html`) gets a Traditional twin: every page (articles, editions and the
 * archive, authors, home, search, 404, and the offline page, which lists the
 * saved edition's twins on a 繁體 reader's screen).
 */
export function hasHantTwin(path: string): boolean {
  return !isHantPath(path);
}

/** Site files that are pages (a folder's index, or an .html file). */
const PAGE = /(?:\/|\.html)$/u;

/**
 * The Traditional twin of any site path a built page links to, by rule, so a
 * page's conversion depends on nothing but its own text (and can be cached by
 * it): pages with a twin (see hasHantTwin), the feed, and the preview cards
 * that have a Traditional twin (`/og/x.png` → `/og/zh-hant/x.png`): all of them
 * with `cards: true`, those in the set given.
 * Assets (/_astro/, /_lazy/, /pagefind/, the favicon) and the sitemaps have none.
 */
export function twinOf(path: string, { cards = false }: { cards?: boolean | ReadonlySet<string> } = {}): string | undefined {
  if (isHantPath(path) || path.startsWith('/og/zh-hant/')) return undefined;
  if (path === '/rss.xml') return hantPath(path);
  if ((cards === true || (cards !== false && cards.has(path))) && path.startsWith('/og/') && path.endsWith('.png')) return `/og${hantPath(path.slice('/og'.length))}`;
  if (PAGE.test(path) && !path.startsWith('/_') && !path.startsWith('/pagefind/') && hasHantTwin(path)) return hantPath(path);
  return undefined;
}
