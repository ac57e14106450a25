/**
 * The latest edition as 离线阅读本期 saves it (src/data/queries.ts,
 * latestEditionPlan). src/integrations/offline.ts reads it once the site is
 * built, adds the files' sizes and the build's id, and writes the manifest the
 * service worker follows.
 */
import type { APIRoute } from 'astro';
import { latestEditionPlan, loadContent } from '../../data/queries.ts';

export const GET: APIRoute = async () => new Response(JSON.stringify(latestEditionPlan(await loadContent())), { headers: { 'content-type': 'application/json' } });
