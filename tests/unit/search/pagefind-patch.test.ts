import { describe, expect, it } from 'vitest';
import { keepSortedOrderAcrossIndexes } from '../../../src/lib/search/pagefind-patch.ts';

describe('keepSortedOrderAcrossIndexes', () => {
  it('keeps merged results in index order when a sort is asked for, and by score otherwise', async () => {
    const code = 'async search(term,options2={}){let search2=await go(options2);const results=search2.flatMap((s)=>s.results).sort((a,b)=>b.score-a.score);return results;}';
    const patched = keepSortedOrderAcrossIndexes(code);
    const search = new Function('go', `return (${patched.replace('async search', 'async function')})`)(async () => [
      { results: [{ id: 'new-a', score: 0.2 }, { id: 'new-b', score: 0.1 }] },
      { results: [{ id: 'old', score: 0.9 }] },
    ]) as (term: string, options?: { sort?: Record<string, string> }) => Promise<{ id: string }[]>;
    expect((await search('x', { sort: { date: 'desc' } })).map((r) => r.id)).toEqual(['new-a', 'new-b', 'old']);
    expect((await search('x', {})).map((r) => r.id)).toEqual(['old', 'new-a', 'new-b']);
  });

  it('refuses a pagefind.js whose merging code changed, naming the file to update', () => {
    expect(() => keepSortedOrderAcrossIndexes('const results=merge(all);')).toThrow(/pagefind-patch\.ts/u);
  });
});
