import { Parser } from 'htmlparser2';
import { rewriteLink, type HantPageOptions } from './convert-html.ts';
import { HANT_LANG } from './paths.ts';

/**
 * The Traditional copy of the RSS feed: every text (titles, descriptions,
 * the escaped HTML of content:encoded) converted, every link to a page on the
 * site leading to its twin, `<language>` zh-Hant. Markup is copied as written;
 * only text between tags changes.
 */
export function toTraditionalFeed(xml: string, options: HantPageOptions): string {
  const out: string[] = [];
  let cursor = 0;
  let element = '';
  const site = new RegExp(`${options.origin.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}(?:/[^\\s"'<>&]*)?`, 'gu');
  const parser: Parser = new Parser(
    {
      onopentag(name) {
        element = name;
      },
      onclosetag() {
        element = '';
      },
      ontext(text) {
        const start = parser.startIndex;
        const end = parser.endIndex + 1;
        const converted =
          element === 'language' ? HANT_LANG : options.convert(text).replace(site, (url) => rewriteLink(url, options));
        if (converted === text) return;
        out.push(xml.slice(cursor, start), converted);
        cursor = end;
      },
    },
    { xmlMode: true, decodeEntities: false },
  );
  parser.end(xml);
  out.push(xml.slice(cursor));
  return out.join('');
}
