/**
 * Pagefind's options on this site besides the index it starts with (its
 * basePath and metaCacheTag): excerpts of 40 words, and no worker, since for
 * a volume this size starting a worker costs more than it saves.
 */
export const PAGEFIND_OPTIONS = { excerptLength: 40, noWorker: true } as const;

/** Pagefind's browser API, as the build writes it (with the site's edits, src/lib/search/pagefind-patch.ts). */
export const PAGEFIND_SCRIPT = '/pagefind/pagefind.js';

/** Where the search page's head leaves Pagefind's start for the search script (src/scripts/pagefind-api.ts). */
export const EARLY_START = 'pagefindStart';
