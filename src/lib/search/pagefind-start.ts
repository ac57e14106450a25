import { EARLY_START, PAGEFIND_OPTIONS, PAGEFIND_SCRIPT } from './pagefind-options.ts';

/**
 * The search page's inline script in <head>, for a reader who arrives with a
 * query (?q=, from the header's search box or a link): it starts Pagefind
 * while the page is still being parsed, not once the search script has run
 * after it (a module runs only when the whole page is parsed, often after the
 * first layout): its start (compiling the WebAssembly, reading the index's
 * metadata) then overlaps the page's own work. The index and its tag are read
 * from the preload of the index's entry file just above it in <head>: both
 * are written into the built page by src/integrations/search-index.ts, once
 * the index exists; no preload, no early start. The CSP allows it by hash.
 */
export const pagefindStartScript =
  // e the entry file's preload, u its URL, p Pagefind's module.
  `{const e=document.querySelector('link[rel=preload][href*="/pagefind-entry.json?ts="]');` +
  `if(e&&/[?&]q=[^&]/.test(location.search)){const u=new URL(e.href);` +
  `self.${EARLY_START}=import('${PAGEFIND_SCRIPT}').then(async p=>{` +
  `await p.options({...${JSON.stringify(PAGEFIND_OPTIONS)},basePath:u.pathname.replace(/[^/]+$/,''),metaCacheTag:u.searchParams.get('ts')});` +
  'await p.init();return p})}}';
