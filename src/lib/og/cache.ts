/**
 * Preview cards drawn once and kept: a card's file is named after a hash of
 * what it shows (its text) and of how it is drawn (this folder's code, the
 * drawing packages' versions), so it is reused by every later build while
 * its headline, kicker, byline and edition name stay the same, and redrawn
 * when any of them, the card design or a font changes. The folder survives
 * between builds (node_modules/.cache/ by default, which CI caches and hosts'
 * build caches keep); OG_CACHE_DIR names another.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { CardText } from './card.ts';

/** The packages whose versions change what a card looks like. */
const DRAWING_PACKAGES = ['satori', '@resvg/resvg-js', '@fontsource/noto-sans-sc', '@fontsource/noto-sans', '@fontsource/noto-sans-hk', '@fontsource/noto-sans-jp', '@fontsource/noto-sans-symbols', '@fontsource/noto-sans-symbols-2', '@fontsource/noto-emoji', '@fontsource/unifontex'];

/** The default cache folder, relative to the project root. */
export const DEFAULT_CARD_CACHE = 'node_modules/.cache/og-cards';

/**
 * How cards are drawn, as a short hash: the source of src/lib/og/ and the
 * drawing packages' versions. Read from the project folder, not from the
 * bundle Astro builds, so it is the same in every build of the same code.
 */
export function rendererFingerprint(projectRoot: string): string {
  const hash = createHash('sha256');
  const ogDir = join(projectRoot, 'src/lib/og');
  for (const file of readdirSync(ogDir).filter((name) => name.endsWith('.ts')).sort()) {
    hash.update(file).update('\0').update(readFileSync(join(ogDir, file))).update('\0');
  }
  const lock = JSON.parse(readFileSync(join(projectRoot, 'package-lock.json'), 'utf8')) as { packages: Record<string, { version?: string }> };
  for (const name of DRAWING_PACKAGES) hash.update(`${name}@${lock.packages[`node_modules/${name}`]?.version ?? '?'}\0`);
  return hash.digest('hex').slice(0, 16);
}

/** The hash of what a card shows: the same text always gives the same name. */
export function cardKey(text: CardText): string {
  const fields = [text.siteName, text.kicker ?? '', text.headline, text.footer, text.label];
  return createHash('sha256').update(JSON.stringify(fields)).digest('hex').slice(0, 32);
}

export interface CardCache {
  /** The cache folder given (OG_CACHE_DIR or the default). */
  root: string;
  /** This renderer's folder: <root>/<fingerprint>/. */
  dir: string;
  pathFor(text: CardText): string;
  has(text: CardText): boolean;
  /** Writes a card so that a reader of the cache sees the whole file or none. */
  put(text: CardText, png: Uint8Array): string;
}

const opened = new Map<string, CardCache>();

/** A folder of another fingerprint unused for this long is removed. */
const STALE_AFTER_MS = 24 * 60 * 60 * 1000;

/**
 * Opens the cache for this renderer, once per process. Folders of other
 * fingerprints (an older card design or font) are removed once a day old:
 * a younger one may be another build's at this moment (a site copy built
 * from another version of the code over the same cache), and removing it
 * under that build made it fail.
 */
export function openCardCache(projectRoot: string, cacheRoot = process.env.OG_CACHE_DIR ?? join(projectRoot, DEFAULT_CARD_CACHE)): CardCache {
  const known = opened.get(`${projectRoot}\0${cacheRoot}`);
  if (known) return known;
  const fingerprint = rendererFingerprint(projectRoot);
  const dir = join(cacheRoot, fingerprint);
  mkdirSync(dir, { recursive: true });
  const now = new Date();
  utimesSync(dir, now, now);
  for (const entry of readdirSync(cacheRoot)) {
    const path = join(cacheRoot, entry);
    if (entry !== fingerprint && /^[0-9a-f]{16}$/u.test(entry) && statSync(path).mtimeMs < now.getTime() - STALE_AFTER_MS) rmSync(path, { recursive: true, force: true });
  }
  const pathFor = (text: CardText) => {
    const key = cardKey(text);
    // Two-character fan-out keeps each folder small at 100,000 cards.
    return join(dir, key.slice(0, 2), `${key}.png`);
  };
  const cache: CardCache = {
    root: cacheRoot,
    dir,
    pathFor,
    has: (text) => existsSync(pathFor(text)),
    put(text, png) {
      const path = pathFor(text);
      mkdirSync(dirname(path), { recursive: true });
      const partial = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
      writeFileSync(partial, png);
      renameSync(partial, path);
      return path;
    },
  };
  opened.set(`${projectRoot}\0${cacheRoot}`, cache);
  return cache;
}

/**
 * A card's PNG from the cache, drawn by `draw` and kept there first when
 * missing (in `astro dev`, or the site's own card, which no step draws ahead).
 */
export async function cachedCard(cache: CardCache, text: CardText, draw: (text: CardText) => Promise<Uint8Array>): Promise<Buffer> {
  return readFile(cache.has(text) ? cache.pathFor(text) : cache.put(text, await draw(text)));
}
