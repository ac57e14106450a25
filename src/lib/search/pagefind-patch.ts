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
  const at = script.indexOf(RESULT_SHAPE);
  if (at === -1 || script.indexOf(RESULT_SHAPE, at + 1) !== -1) {
    throw new Error(`pagefind.js: expected “${RESULT_SHAPE}” exactly once (Pagefind changed its result code; update src/lib/search/pagefind-patch.ts)`);
  }
  return script.replace(RESULT_SHAPE, 'words:locations,weighted_locations,data:async()=>');
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
  const at = script.indexOf(MERGED_ORDER);
  if (at === -1 || script.indexOf(MERGED_ORDER, at + 1) !== -1) {
    throw new Error(`pagefind.js: expected “${MERGED_ORDER}” exactly once (Pagefind changed how it merges indexes; update src/lib/search/pagefind-patch.ts)`);
  }
  return script.replace(MERGED_ORDER, 'const results=search2.flatMap((s)=>s.results);if(Object.keys(options2.sort??{}).length===0)results.sort((a,b)=>b.score-a.score);');
}
