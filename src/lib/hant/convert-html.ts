import { Parser } from 'htmlparser2';
import { HANT_LANG, HANT_PREFIX, SCRIPT_SWITCH } from './paths.ts';

export interface HantPageOptions {
  /** Simplified → Traditional text (OpenCC cn → t, see converter.ts). */
  convert: (text: string) => string;
  /**
   * The Traditional twin of a site path without query or hash (`/articles/x/`
   * → `/zh-hant/articles/x/`, `/og/articles/x.png` → `/og/zh-hant/articles/x.png`),
   * or undefined when it has none (assets, the search index, the offline page).
   */
  twin: (path: string) => string | undefined;
  /** The site's origin as canonical links, og:url and JSON-LD spell it (`https://dubao.example.cn`). */
  origin: string;
}

/** Attributes a reader sees or hears: converted wherever they are. */
const READABLE = new Set(['title', 'alt', 'aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'aria-placeholder', 'placeholder', 'label']);
/** Attributes that hold a URL: rewritten to the Traditional twin when there is one. */
const LINKING = new Set(['href', 'action', 'src', 'poster', 'formaction']);
/** `value` is text on these buttons; elsewhere it is data (a search filter's value must stay as the index holds it). */
const BUTTON_TYPES = new Set(['button', 'submit', 'reset']);
/** Script `type`s that are data, not code: JSON-LD is converted; other data blocks are kept as they are. */
const JSON_LD = 'application/ld+json';

interface Attribute {
  name: string;
  value: string;
  /** `"`, `'`, null for an unquoted value, undefined for none (`<input hidden>`). */
  quote: string | null | undefined;
}

interface Open {
  name: string;
  /** Text inside is kept as it is: executable scripts, styles, text marked as Simplified, the switch. */
  keep: boolean;
  /** Inside JSON-LD. */
  jsonLd: boolean;
}

/**
 * The Traditional Chinese copy of a built page: the page's own markup, byte
 * for byte, except for what a reader reads and where its links lead.
 *
 * - Text (text nodes, `<title>`) and readable attributes (title, alt,
 *   aria-label, placeholder, `<meta content>` of description and og:*…) go
 *   through `convert`; data-* attributes are kept (they are values for
 *   scripts and the search index, not text).
 * - Executable `<script>` and `<style>` are untouched, so the CSP hashes of
 *   the Simplified page hold; JSON-LD's string values are converted and its
 *   URLs rewritten, as the page's are.
 * - Links to pages that have a twin lead to it (href, action, src, canonical,
 *   og:url, og:image when the Traditional card exists); `hreflang` alternates
 *   are kept as they are (they name both editions already).
 * - `<html lang>` becomes zh-Hant, og:locale zh_TW; the header's switch
 *   (`data-action="script"`) points back to the Simplified page.
 * - Text inside an element marked `lang="zh-Hans"`/`zh-CN` stays Simplified.
 *
 * Read with htmlparser2's tokenizer, entities left encoded (conversion only
 * touches Han characters, never markup); a tag is rewritten only when one of
 * its attributes changes, so the output is the input's HTML with text swapped.
 */
export function toTraditionalPage(html: string, options: HantPageOptions): string {
  const { convert } = options;
  const out: string[] = [];
  let cursor = 0;
  const stack: Open[] = [];
  let attributes: Attribute[] = [];
  /** JSON-LD's text, gathered until its script closes (the tokenizer may hand it over in pieces). */
  let jsonStart = -1;
  let jsonEnd = -1;
  /** Inside the switch: its text is replaced, so the text within is dropped. */
  let switchDepth = -1;

  const emit = (start: number, end: number, replacement: string) => {
    out.push(html.slice(cursor, start), replacement);
    cursor = end;
  };
  const keeping = () => stack.some((open) => open.keep);
  const rewriteUrl = (value: string) => rewriteLink(value, options);

  const parser: Parser = new Parser(
    {
      onattribute(name, value, quote) {
        attributes.push({ name, value, quote });
      },
      onopentag(name) {
        const start = parser.startIndex;
        const end = parser.endIndex + 1;
        const attrs = attributes;
        attributes = [];
        const get = (attribute: string) => attrs.find((a) => a.name.toLowerCase() === attribute)?.value;
        const lang = get('lang');
        const type = get('type')?.toLowerCase();
        const open: Open = {
          name,
          keep: (name === 'script' && type !== JSON_LD) || name === 'style' || (name !== 'html' && lang !== undefined && /^zh-(hans|cn)\b/iu.test(lang)),
          jsonLd: name === 'script' && type === JSON_LD,
        };
        if (!VOID.has(name)) stack.push(open);
        if (name === 'script' || name === 'style') return;
        let changed = false;
        const set = (attribute: Attribute, value: string) => {
          if (value !== attribute.value) {
            attribute.value = value;
            if (attribute.quote === undefined) attribute.quote = '"';
            changed = true;
          }
        };
        if (name === 'a' && get('data-action') === 'script') {
          const to = SCRIPT_SWITCH.toHans;
          for (const attribute of attrs) {
            const key = attribute.name.toLowerCase();
            if (key === 'href') set(attribute, attribute.value.startsWith(`${HANT_PREFIX}/`) ? attribute.value.slice(HANT_PREFIX.length) : attribute.value);
            else if (key === 'hreflang' || key === 'lang') set(attribute, to.hreflang);
            else if (key === 'aria-label') set(attribute, to.label);
          }
          emit(start, end, `${rebuildTag(html, start, end, attrs)}${to.text}`);
          open.keep = true;
          switchDepth = stack.length;
          return;
        }
        const inert = keeping();
        const isMeta = name === 'meta';
        const metaKey = isMeta ? (get('property') ?? get('name') ?? '').toLowerCase() : '';
        const hasHreflang = get('hreflang') !== undefined;
        for (const attribute of attrs) {
          const key = attribute.name.toLowerCase();
          if (name === 'html' && key === 'lang') set(attribute, HANT_LANG);
          else if (LINKING.has(key) && !hasHreflang) set(attribute, rewriteUrl(attribute.value));
          else if (isMeta && key === 'content' && get('http-equiv') === undefined) {
            if (metaKey === 'og:locale') set(attribute, 'zh_TW');
            else if (isSiteUrl(attribute.value, options.origin)) set(attribute, rewriteUrl(attribute.value));
            else set(attribute, convert(attribute.value));
          } else if (!inert && (READABLE.has(key) || (key === 'value' && name === 'input' && BUTTON_TYPES.has(get('type')?.toLowerCase() ?? '')))) {
            set(attribute, convert(attribute.value));
          }
        }
        if (changed) emit(start, end, rebuildTag(html, start, end, attrs));
      },
      ontext(text) {
        const top = stack.at(-1);
        const start = parser.startIndex;
        const end = parser.endIndex + 1;
        if (top?.jsonLd) {
          if (jsonStart < 0) jsonStart = start;
          jsonEnd = end;
          return;
        }
        if (switchDepth >= 0) {
          emit(start, end, '');
          return;
        }
        if (keeping()) return;
        const converted = convert(text);
        if (converted !== text) emit(start, end, converted);
      },
      onclosetag(name) {
        const index = stack.findLastIndex((open) => open.name === name);
        if (index < 0) return;
        const closed = stack[index]!;
        if (closed.jsonLd && jsonStart >= 0) {
          emit(jsonStart, jsonEnd, convertJsonLd(html.slice(jsonStart, jsonEnd), options));
          jsonStart = jsonEnd = -1;
        }
        if (switchDepth >= 0 && index + 1 <= switchDepth) switchDepth = -1;
        stack.length = index;
      },
    },
    { decodeEntities: false, lowerCaseAttributeNames: false },
  );
  parser.end(html);
  out.push(html.slice(cursor));
  return out.join('');
}

/** Elements that never hold content (htmlparser2 closes them at once). */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/** An opening tag written back with its attributes in their order and quotes, under its name as written. */
function rebuildTag(html: string, start: number, end: number, attributes: Attribute[]): string {
  const raw = html.slice(start, end);
  const name = /^<([^\s/>]+)/u.exec(raw)![1]!;
  const selfClosing = raw.endsWith('/>');
  const parts = attributes.map(({ name: key, value, quote }) => {
    if (quote === undefined) return ` ${key}`;
    const q = quote === "'" || (quote === null && value.includes('"')) ? "'" : '"';
    return ` ${key}=${q}${value}${q}`;
  });
  return `<${name}${parts.join('')}${selfClosing ? ' />' : '>'}`;
}

function isSiteUrl(value: string, origin: string): boolean {
  return value === origin || value.startsWith(`${origin}/`);
}

/**
 * A link rewritten to the Traditional twin of the page it leads to: a site
 * path (`/articles/x/#p-3`) or an absolute URL on the site's origin; other
 * links (other sites, `#p-3`, assets without a twin) as they are.
 */
export function rewriteLink(value: string, { twin, origin }: Pick<HantPageOptions, 'twin' | 'origin'>): string {
  // The bare origin (the publisher's URL in JSON-LD) names the site, not a page: kept.
  const absolute = isSiteUrl(value, origin);
  const local = absolute ? value.slice(origin.length) : value;
  if (!local.startsWith('/') || local.startsWith('//')) return value;
  const cut = local.search(/[?#]/u);
  const path = cut < 0 ? local : local.slice(0, cut);
  const target = twin(path);
  if (target === undefined) return value;
  return `${absolute ? origin : ''}${target}${cut < 0 ? '' : local.slice(cut)}`;
}

/**
 * JSON-LD with its string values in Traditional and its URLs on the twin
 * pages; inLanguage says zh-Hant. `<` stays escaped, as the page wrote it.
 */
export function convertJsonLd(text: string, options: HantPageOptions): string {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    // Not JSON (never written by this site): its Han characters converted, nothing else touched.
    return options.convert(text);
  }
  const walk = (value: unknown, key?: string): unknown => {
    if (typeof value === 'string') {
      if (key === 'inLanguage') return HANT_LANG;
      return isSiteUrl(value, options.origin) ? rewriteLink(value, options) : options.convert(value);
    }
    if (Array.isArray(value)) return value.map((item) => walk(item, key));
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, k)]));
    return value;
  };
  return JSON.stringify(walk(data)).replaceAll('<', '\\u003c');
}
