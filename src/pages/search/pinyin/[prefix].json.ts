/**
 * The pinyin map's files (/search/pinyin/<three letters>.json), built from the
 * articles' own words (src/data/pinyin.ts); the search page fetches the one
 * file a pinyin query needs.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { pinyinShards } from '../../../data/pinyin.ts';

export const getStaticPaths = (async () => [...(await pinyinShards()).keys()].map((prefix) => ({ params: { prefix } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => new Response(JSON.stringify((await pinyinShards()).get(params.prefix!) ?? {}), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
