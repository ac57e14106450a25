/**
 * The pinyin map of the articles' own words (src/data/pinyin.ts), every file
 * of it in one: src/integrations/pinyin-files.ts splits it into the files the
 * search page fetches (/search/pinyin/<three letters>.json) and removes it.
 * One route, not one per file: Astro spends about a millisecond a route, and
 * the three articles' map alone has some 700 files.
 */
import type { APIRoute } from 'astro';
import { pinyinShards } from '../../data/pinyin.ts';

export const GET: APIRoute = async () => new Response(JSON.stringify(Object.fromEntries(await pinyinShards())), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
