/**
 * Simplified → Traditional for what scripts write on a 繁體 page (/zh-hant/…):
 * status lines, results, panels' labels and messages. Loaded only there, and
 * only when a script first has text to write (src/scripts/hant-text.ts); it
 * fetches the site's dictionary once (/pagefind/hant.txt, written by the
 * search index's build from the site's own text: src/lib/hant/client-dict.ts).
 */
import { liteConverter, parseHantPasses } from '../../lib/hant/convert-lite.ts';

const DICT_URL = '/pagefind/hant.txt';

let loading: Promise<(text: string) => string> | undefined;

/** The converter; if the dictionary cannot be fetched, text is left as it is (and the next call tries again). */
export function toTraditional(): Promise<(text: string) => string> {
  loading ??= fetch(DICT_URL)
    .then((response) => (response.ok ? response.text() : Promise.reject(new Error(`${DICT_URL}: ${response.status}`))))
    .then((file) => liteConverter(parseHantPasses(file)))
    .catch(() => {
      loading = undefined;
      return (text: string) => text;
    });
  return loading;
}
