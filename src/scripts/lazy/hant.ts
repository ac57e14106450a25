/**
 * Simplified → Traditional for what scripts write on a 繁體 page (/zh-hant/…):
 * status lines, results, panels' labels and messages. Loaded only there, and
 * only when a script first has text to write (src/scripts/hant-text.ts); it
 * fetches a dictionary once, written by the search index's build from the
 * site's own text (src/lib/hant/client-dict.ts): the site's whole text's
 * (/pagefind/hant.txt), or the scripts' own strings' alone (hant-ui.txt), for
 * the tools of an article page, which write nothing of the articles.
 */
import { liteConverter, parseHantPasses } from '../../lib/hant/convert-lite.ts';
import { HANT_DICT_URLS } from '../../lib/hant/paths.ts';

export type HantDictName = keyof typeof HANT_DICT_URLS;

const loading = new Map<HantDictName, Promise<(text: string) => string>>();

/** The converter; if the dictionary cannot be fetched, text is left as it is (and the next call tries again). */
export function toTraditional(dict: HantDictName = 'site'): Promise<(text: string) => string> {
  const url = HANT_DICT_URLS[dict];
  let converter = loading.get(dict);
  if (!converter) {
    converter = fetch(url)
      .then((response) => (response.ok ? response.text() : Promise.reject(new Error(`${url}: ${response.status}`))))
      .then((file) => liteConverter(parseHantPasses(file)))
      .catch(() => {
        loading.delete(dict);
        return (text: string) => text;
      });
    loading.set(dict, converter);
  }
  return converter;
}
