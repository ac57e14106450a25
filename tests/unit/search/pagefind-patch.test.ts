import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { awaitPagefindStart, gunzipWasmNatively, keepSortedOrderAcrossIndexes, mergeOnceLoaded, skipTermSegmentation } from '../../../src/lib/search/pagefind-patch.ts';

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

describe('awaitPagefindStart', () => {
  // Pagefind's start as it ships, cut down: the instance loads its index in the background (load), init() only creates it.
  const shipped = [
    'var Pagefind=class{constructor(options2={}){this.primary={};this.instances=[this.primary];this.init(options2?.language);}init(){return load();}};',
    'var pagefind;var init_pagefind=()=>{pagefind={fallback:new Pagefind(),waitForInit:async()=>{}};};',
    'var init=async()=>{init_pagefind();};',
    'return init;',
  ].join('');

  it('makes init() wait until the index has loaded', async () => {
    let loaded = false;
    const load = () => new Promise<void>((resolve) => setTimeout(() => ((loaded = true), resolve()), 20));
    await (new Function('load', shipped)(load) as () => Promise<void>)();
    expect(loaded).toBe(false);
    await (new Function('load', awaitPagefindStart(shipped))(load) as () => Promise<void>)();
    expect(loaded).toBe(true);
  });

  it('makes init() fail when the start fails', async () => {
    const load = () => Promise.reject(new Error('no WebAssembly'));
    await expect((new Function('load', awaitPagefindStart(shipped))(load) as () => Promise<void>)()).rejects.toThrow('no WebAssembly');
  });

  it('refuses a pagefind.js whose start changed, naming the file to update', () => {
    expect(() => awaitPagefindStart('var init=async()=>{start();};')).toThrow(/pagefind-patch\.ts/u);
  });
});

describe('mergeOnceLoaded', () => {
  const merge = [
    'async mergeIndex(indexPath,options2={}){let newInstance=make(indexPath);',
    'this.instances.push(newInstance);while(this.primary.wasm===null){await asyncSleep(50);}await newInstance.init(options2.language||this.primaryLanguage,{load_wasm:false});const{language,...remainingOptions}=options2;await newInstance.options(remainingOptions);}',
  ].join('');

  it('adds a merged index to what searches cover only once it has loaded', async () => {
    const seen: string[][] = [];
    const host = { primary: { wasm: {} }, primaryLanguage: 'zh', instances: [] as { path: string }[] };
    const make = (path: string) => ({ path, init: async () => seen.push(host.instances.map((i) => i.path)), options: async () => undefined });
    const mergeIndex = new Function('make', 'asyncSleep', `return ({${mergeOnceLoaded(merge)}}).mergeIndex`)(make, async () => undefined) as (path: string) => Promise<void>;
    await mergeIndex.call(host, '/v/a/');
    // While it loaded, searches did not cover it; now they do.
    expect(seen).toEqual([[]]);
    expect(host.instances.map((i) => i.path)).toEqual(['/v/a/']);
  });

  it('refuses a pagefind.js whose merging changed, naming the file to update', () => {
    expect(() => mergeOnceLoaded('async mergeIndex(p){this.instances.push(make(p));}')).toThrow(/pagefind-patch\.ts/u);
  });
});

describe('skipTermSegmentation', () => {
  it('keeps Pagefind’s plain loop over the characters alone, without the Intl.Segmenter branch', () => {
    const code = 'const term_chunks=[];if(trueLanguage&&typeof Intl.Segmenter!=="undefined"){segment();if(x){}else{y();}}else{for(const char of term){loop(char);}term=done();}';
    expect(skipTermSegmentation(code)).toBe('const term_chunks=[];{for(const char of term){loop(char);}term=done();}');
  });

  it('refuses a pagefind.js whose term cutting changed, naming the file to update', () => {
    expect(() => skipTermSegmentation('const term_chunks=[];if(Intl.Segmenter){}')).toThrow(/pagefind-patch\.ts/u);
  });
});

describe('gunzipWasmNatively', () => {
  const shipped = 'let compressed_wasm=await fetchIt();const final_wasm=this.decompress(new Uint8Array(compressed_wasm),"Pagefind WebAssembly");return final_wasm;';
  const run = (code: string, bytes: Uint8Array) =>
    (new Function('fetchIt', `return (async function(){${code}})`)(async () => bytes.buffer) as () => Promise<Uint8Array>).call({
      // Pagefind's decompress, cut down: a decoded file starts with its signature, which it strips; anything else it would gunzip.
      decompress: (data: Uint8Array) => (new TextDecoder().decode(data.slice(0, 12)) === 'pagefind_dcd' ? data.slice(12) : new Uint8Array([0])),
    });

  it('gunzips with DecompressionStream, then lets Pagefind strip its signature', async () => {
    const wasm = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]);
    const gzipped = new Uint8Array(gzipSync(Buffer.concat([Buffer.from('pagefind_dcd'), wasm])));
    expect([...(await run(gunzipWasmNatively(shipped), gzipped))]).toEqual([...wasm]);
  });

  it('hands bytes that are not gzip to Pagefind as they are', async () => {
    const decoded = new Uint8Array(Buffer.concat([Buffer.from('pagefind_dcd'), Buffer.from([1, 2])]));
    expect([...(await run(gunzipWasmNatively(shipped), decoded))]).toEqual([1, 2]);
  });

  it('refuses a pagefind.js whose WebAssembly loading changed, naming the file to update', () => {
    expect(() => gunzipWasmNatively('const final_wasm=gunzip(x);')).toThrow(/pagefind-patch\.ts/u);
  });
});
