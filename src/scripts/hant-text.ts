/**
 * What a script writes on the page, in the page's script: on a 繁體 page
 * (`<html lang="zh-Hant">`) converted to Traditional by /_lazy/hant.js, loaded
 * then and only then; on a Simplified page the text as it is, at the cost of
 * these few lines. Bundled into the scripts that write text.
 */
import { HANT_DICT_URLS, hantPath, isHantPath } from '../lib/hant/paths.ts';
import type * as Hant from './lazy/hant.ts';
import { preloadFetch } from './preload.ts';
import type { HantDictName } from './lazy/hant.ts';

/** A plain string in a variable: Vite and esbuild leave such an import alone. */
const hantUrl = '/_lazy/hant.js';

const same = (text: string): string => text;

/** Whether this page is the 繁體 edition's. */
export const isHantPage = (): boolean => /^zh-Hant\b/iu.test(document.documentElement.lang);

/**
 * The page's script for text written from script: call once text is to be
 * written (on a 繁體 page it fetches a dictionary). `ui` when the text is the
 * scripts' own strings and numbers alone (a smaller file), `site` when it
 * holds the articles' words too.
 */
export async function pageText(dict: HantDictName = 'site'): Promise<(text: string) => string> {
  if (!isHantPage()) return same;
  // The converter fetches its dictionary once loaded: preloaded now, both come in one round trip.
  preloadFetch(HANT_DICT_URLS[dict]);
  try {
    return await (await (import(/* @vite-ignore */ hantUrl) as Promise<typeof Hant>)).toTraditional(dict);
  } catch {
    return same;
  }
}

/** A site path on this page's edition: /articles/x/ → /zh-hant/articles/x/ on a 繁體 page. */
export function editionPath(path: string): string {
  return isHantPage() && path.startsWith('/') && !isHantPath(path) ? hantPath(path) : path;
}
