import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { pinyinShardPath } from '../lib/search/pinyin.ts';

/** Where src/pages/search/pinyin-map.json.ts writes the whole map. */
export const PINYIN_MAP = 'search/pinyin-map.json';

/**
 * Splits the pinyin map into its files (/search/pinyin/<prefix>.json, one
 * fetched per pinyin query) and removes the whole: written by one route, as
 * a route a file cost the build about a millisecond each.
 */
export function pinyinFiles(): AstroIntegration {
  return {
    name: 'pinyin-files',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const map = join(outDir, PINYIN_MAP);
        const shards = JSON.parse(readFileSync(map, 'utf8')) as Record<string, unknown>;
        const prefixes = Object.keys(shards);
        if (prefixes.length > 0) mkdirSync(dirname(join(outDir, pinyinShardPath(prefixes[0]!))), { recursive: true });
        // One after the other, synchronously: for hundreds of small files, faster than as many promises.
        for (const prefix of prefixes) writeFileSync(join(outDir, pinyinShardPath(prefix)), JSON.stringify(shards[prefix]));
        rmSync(map);
        logger.info(`${prefixes.length} files of the pinyin map under /search/pinyin/`);
      },
    },
  };
}
