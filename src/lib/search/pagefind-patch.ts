/**
 * Pagefind's browser API gives each result its matched word locations but
 * keeps their weights until the result's fragment (its whole text) is
 * loaded. The search page ranks headline matches first from those weights
 * (the headline and kicker are indexed with weights of their own), so it
 * needs them before loading any fragment: this adds them to the result,
 * next to `words`. Checked against the exact code it edits, so a Pagefind
 * upgrade that changes it fails the build instead of search.
 */
const RESULT_SHAPE = 'words:locations,data:async()=>';

export function exposeLocationWeights(script: string): string {
  return replaceOnce(script, RESULT_SHAPE, 'words:locations,weighted_locations,data:async()=>', 'its result code');
}

/**
 * With several indexes merged (the search page merges one per volume),
 * Pagefind orders the merged results by score, even when the search asked
 * for a sort: 按日期 then came out in relevance order. Each volume's results
 * already come sorted, and volumes are merged newest first, so with a sort
 * the merged results are kept in that order instead. Without one, unchanged.
 */
const MERGED_ORDER = 'const results=search2.flatMap((s)=>s.results).sort((a,b)=>b.score-a.score);';

export function keepSortedOrderAcrossIndexes(script: string): string {
  return replaceOnce(
    script,
    MERGED_ORDER,
    'const results=search2.flatMap((s)=>s.results);if(Object.keys(options2.sort??{}).length===0)results.sort((a,b)=>b.score-a.score);',
    'how it merges indexes',
  );
}

/**
 * Pagefind's `init()` only creates its instance, which then loads its index
 * without being awaited; whatever comes next (a search, a merge) waits for
 * it by polling every 50 ms, so a search page's first results came up to
 * 50 ms after everything was in, twice over with a merged volume. This keeps
 * the instance's start as a promise and makes `init()` wait for it (a start
 * that fails then fails `init()`, where the search page handles it).
 */
const START_UNAWAITED = 'this.instances=[this.primary];this.init(options2?.language);}';
const INIT_RETURNS_EARLY = 'var init=async()=>{init_pagefind();};';

export function awaitPagefindStart(script: string): string {
  const started = replaceOnce(script, START_UNAWAITED, 'this.instances=[this.primary];this.started=this.init(options2?.language);this.started.catch(()=>{});}', 'how Pagefind starts its instance');
  return replaceOnce(started, INIT_RETURNS_EARLY, 'var init=async()=>{init_pagefind();await pagefind.waitForInit();await pagefind.fallback?.started;};', 'what init() does');
}

/**
 * A merged index joins the indexes every search covers before it has loaded,
 * so a search made meanwhile (the reader typing on while an older volume
 * loads) polls every 50 ms until it has. It joins once loaded instead: a
 * search covers the volumes loaded when it starts, which is what the search
 * page asks for (it awaits the merges a query needs before searching).
 */
const MERGE_JOINS_EARLY = 'this.instances.push(newInstance);while(this.primary.wasm===null){await asyncSleep(50);}await newInstance.init(options2.language||this.primaryLanguage,{load_wasm:false});const{language,...remainingOptions}=options2;await newInstance.options(remainingOptions);}';

export function mergeOnceLoaded(script: string): string {
  return replaceOnce(
    script,
    MERGE_JOINS_EARLY,
    'while(this.primary.wasm===null){await asyncSleep(50);}await newInstance.init(options2.language||this.primaryLanguage,{load_wasm:false});const{language,...remainingOptions}=options2;await newInstance.options(remainingOptions);this.instances.push(newInstance);}',
    'how Pagefind merges an index',
  );
}

/**
 * Pagefind cuts a Chinese search term into words with Intl.Segmenter, then
 * into characters. The search page hands it terms already cut into the
 * index's words (each Han character alone, Latin and digit runs whole,
 * marks dropped: pagefindPhrase in src/lib/search/normalize.ts), which that
 * cutting leaves as they are; but the first Intl.Segmenter a page makes
 * loads the browser's segmentation data, ~15 ms of the first search. Its
 * plain loop over the characters, which gives the same terms, is kept alone
 * (the branch it replaces was 0.2 KB of the script, gzipped).
 */
const SEGMENTS_TERM = 'const term_chunks=[];if(trueLanguage&&typeof Intl.Segmenter!=="undefined"){';
const CHARACTER_LOOP = '}else{for(const char of term){';

export function skipTermSegmentation(script: string): string {
  const at = script.indexOf(SEGMENTS_TERM);
  const end = script.indexOf(CHARACTER_LOOP, at);
  if (at === -1 || script.indexOf(SEGMENTS_TERM, at + 1) !== -1 || end === -1 || script.indexOf(CHARACTER_LOOP, end + 1) !== -1) {
    throw new Error(`pagefind.js: expected “${SEGMENTS_TERM}…${CHARACTER_LOOP}” exactly once (Pagefind changed how it cuts a search term; update src/lib/search/pagefind-patch.ts)`);
  }
  return `${script.slice(0, at)}const term_chunks=[];{for(const char of term){${script.slice(end + CHARACTER_LOOP.length)}`;
}

/**
 * Pagefind gunzips its WebAssembly (127 KB) in JavaScript, which on a first
 * search runs cold; the browser's own DecompressionStream does it natively.
 * Pagefind's `decompress` then finds its signature and strips it, as it does
 * for a file a server sent already decoded. Where the bytes are not gzip, or
 * the browser has no DecompressionStream, Pagefind's own path is kept.
 */
const WASM_GUNZIP = 'const final_wasm=this.decompress(new Uint8Array(compressed_wasm),"Pagefind WebAssembly");';

export function gunzipWasmNatively(script: string): string {
  return replaceOnce(
    script,
    WASM_GUNZIP,
    'const wasm_bytes=new Uint8Array(compressed_wasm);const final_wasm=this.decompress(wasm_bytes[0]===31&&wasm_bytes[1]===139&&typeof DecompressionStream==="function"?new Uint8Array(await new Response(new Blob([wasm_bytes]).stream().pipeThrough(new DecompressionStream("gzip"))).arrayBuffer()):wasm_bytes,"Pagefind WebAssembly");',
    'how it loads its WebAssembly',
  );
}

/** Every edit of pagefind.js, in one place for the build. */
export const patchPagefind = (script: string): string =>
  gunzipWasmNatively(skipTermSegmentation(mergeOnceLoaded(awaitPagefindStart(keepSortedOrderAcrossIndexes(exposeLocationWeights(script))))));

function replaceOnce(script: string, from: string, to: string, what: string): string {
  const at = script.indexOf(from);
  if (at === -1 || script.indexOf(from, at + 1) !== -1) {
    throw new Error(`pagefind.js: expected “${from}” exactly once (Pagefind changed ${what}; update src/lib/search/pagefind-patch.ts)`);
  }
  return script.slice(0, at) + to + script.slice(at + from.length);
}
