import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import type { SearchIndexOptions } from './pagefind.ts';
import { CLIENT_SOURCES, HantDictCollector, hantDictFile } from '../lib/hant/client-dict.ts';
import { parseHantPasses } from '../lib/hant/convert-lite.ts';
import { HANT_DICT_URLS } from '../lib/hant/paths.ts';
import { indexCopy, indexInputHash } from '../lib/search/index-copy.ts';
import { normalizeText } from '../lib/search/normalize.ts';
import { patchPagefind } from '../lib/search/pagefind-patch.ts';
import { pagefindStartScript } from '../lib/search/pagefind-start.ts';
import { insertInlineScript } from './page-csp.ts';
import { routeShardPath, routeShards, routeText, textKeys, titleKeys, TITLE_KEY_MARK, titleShardPath, titlesText, writeRouteShards } from '../lib/search/route.ts';
import { BASE_INDEX_PATH, compareVolumesNewestFirst, volumePath, type SearchVolume } from '../lib/search/volumes.ts';

/**
 * What a volume's index folder keeps; Pagefind's ready-made interfaces are
 * never loaded. The WebAssembly is loaded from the index Pagefind starts with:
 * the base index, or a site's only volume (primaryIndexPath).
 */
const VOLUME_FILES = /^(pagefind-entry\.json|pagefind\..+\.pf_meta|wasm\..+\.pagefind|index|fragment|filter)$/u;
const BASE_FILES = /^(pagefind-entry\.json|pagefind\..+\.pf_meta|wasm\..+\.pagefind|index|fragment)$/u;
/** The keys a volume is filed under in the router, kept with its cached index. */
const ROUTE_KEYS_FILE = 'route-keys.txt';
/** The entries of OpenCC's cn→t a volume's pages hold (src/lib/hant/client-dict.ts), kept with its cached index. */
const HANT_FILE = 'hant.txt';
/** Where the 繁體 pages fetch the Simplified→Traditional dictionary of the whole site (src/scripts/lazy/hant.ts). */
export const HANT_DICT_PATH = HANT_DICT_URLS.site.slice(1);
/** …and that of the client scripts' strings alone, for the tools of an article page. */
export const HANT_UI_DICT_PATH = HANT_DICT_URLS.ui.slice(1);
/**
 * The code that decides what a cached volume holds (its index copy of each
 * page and its router keys): a change to it indexes every volume again. A
 * hand-kept version string once stayed the same while the title keys changed,
 * and a build served the old keys from the cache.
 */
const CACHE_FORMAT = createHash('sha256')
  .update(['route.ts', 'index-copy.ts', 'normalize.ts', 'han.ts'].map((file) => readFileSync(new URL(`../lib/search/${file}`, import.meta.url), 'utf8')).join('\0'))
  .update(readFileSync(new URL(import.meta.url), 'utf8'))
  .update(readFileSync(new URL('../lib/hant/client-dict.ts', import.meta.url), 'utf8'))
  .update(readFileSync(new URL('../../node_modules/opencc-js/package.json', import.meta.url), 'utf8'))
  .digest('hex')
  .slice(0, 16);
/**
 * Word locations per index chunk (Pagefind's default is 20,000). A query
 * downloads the whole chunk holding each of its words. With one index word
 * per character, 20,000 locations hold dozens of characters' entries, and
 * 经济 on a volume of 1,000 articles downloaded 80 KiB of chunks; at 1,500
 * it downloads 13 KiB, for a list of chunks (in the volume's metadata) 6 KiB
 * longer. Measured in docs/scale.md. Pagefind's indexer reads it from its
 * environment (PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE, which also overrides it).
 */
export const INDEX_CHUNK_LOCATIONS = Number(process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ?? 1500);

/** A cached volume index unused for this long is removed. */
const STALE_AFTER_MS = 24 * 60 * 60 * 1000;

/** What the site loads from /pagefind/ itself. */
const SHARED_FILES = ['pagefind.js', 'pagefind-highlight.js'];

interface IndexedPage {
  url: string;
  file: string;
  volume: string;
  /** Newest first (see searchOrder): the order pages are added, so equal matches come out newest first. */
  order: number;
  htmlHash: string;
}

/**
 * Builds the search index of a built site, through Pagefind's Node API: one
 * index per volume (a 旬 of editions, see src/lib/search/volumes.ts), from a
 * copy of each article page in which every Chinese character is its own index
 * word (src/lib/search/han.ts), so search can ask for an exact run of
 * characters; a base index every volume is merged into; and the volume router
 * (src/lib/search/route.ts). A volume whose pages are unchanged since an
 * earlier build is copied from the cache (node_modules/.cache/ by default,
 * PAGEFIND_CACHE_DIR names another) instead of being indexed again.
 */
export async function buildSearchIndex({ root, outDir, pathnames, logger }: SearchIndexOptions): Promise<void> {
  const cacheRoot = process.env.PAGEFIND_CACHE_DIR ?? join(root, 'node_modules/.cache/pagefind-volumes');
  const started = performance.now();
  const indexed = await articlePages(outDir, pathnames);
  const volumes = Map.groupBy(indexed, (page) => page.volume);
  const version = pagefindVersion(root);
  let rebuilt = 0;
  rmSync(join(outDir, 'pagefind'), { recursive: true, force: true });
  const routeKeys: Set<string>[] = [];
  const hant = new HantDictCollector();
  for (const [volume, volumePages] of [...volumes].sort(([a], [b]) => compareVolumesNewestFirst(a, b))) {
    volumePages.sort((a, b) => a.order - b.order || a.url.localeCompare(b.url));
    const key = createHash('sha256').update(`${version}\0${CACHE_FORMAT}\0${INDEX_CHUNK_LOCATIONS}\0${volume}\0`);
    for (const page of volumePages) key.update(`${page.url}\0${page.htmlHash}\0`);
    const cached = join(cacheRoot, volume, key.digest('hex').slice(0, 24));
    if (!existsSync(cached)) {
      await indexVolume(volumePages, cached, logger);
      rebuilt++;
    }
    // Other indexes of this volume are stale once a day old. Younger ones may be another
    // build's at this moment (tests build site copies side by side over one cache).
    const now = new Date();
    utimesSync(cached, now, now);
    for (const other of readdirSync(join(cacheRoot, volume))) {
      const path = join(cacheRoot, volume, other);
      if (path !== cached && statSync(path).mtimeMs < now.getTime() - STALE_AFTER_MS) rmSync(path, { recursive: true, force: true });
    }
    const target = join(outDir, volumePath(volume));
    mkdirSync(target, { recursive: true });
    for (const entry of readdirSync(cached).filter((name) => VOLUME_FILES.test(name))) cpSync(join(cached, entry), join(target, entry), { recursive: true });
    routeKeys.push(new Set(readFileSync(join(cached, ROUTE_KEYS_FILE), 'utf8').split('\n').filter(Boolean)));
    hant.merge(parseHantPasses(readFileSync(join(cached, HANT_FILE), 'utf8')));
  }
  writeHantDict(outDir, hant);
  if (volumes.size > 0) {
    const base = await baseIndex(join(cacheRoot, 'base', version));
    const baseTarget = join(outDir, BASE_INDEX_PATH);
    mkdirSync(baseTarget, { recursive: true });
    for (const entry of readdirSync(base).filter((name) => BASE_FILES.test(name))) cpSync(join(base, entry), join(baseTarget, entry), { recursive: true });
    for (const file of SHARED_FILES) cpSync(join(base, file), join(outDir, 'pagefind', file));
    const script = join(outDir, 'pagefind', 'pagefind.js');
    writeFileSync(script, patchPagefind(readFileSync(script, 'utf8')));
    const shards = routeShards(indexed.length);
    // Keys as the text prints them: the search page never maps a character the text uses (t2s.ts), so queries spell them alike.
    writeRoute(outDir, routeKeys, shards);
    const volumeIds = [...volumes.keys()].sort(compareVolumesNewestFirst);
    checkSearchPage(outDir, volumeIds, shards);
    nameIndexFiles(outDir, volumeIds.length === 1 ? volumePath(volumeIds[0]!) : BASE_INDEX_PATH);
  }
  logger.info(`search index: ${indexed.length} articles in ${volumes.size} volumes, ${rebuilt} indexed now, ${volumes.size - rebuilt} from the cache, in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

/** The built pages that hold an article to index, with the volume and order their markup states. */
async function articlePages(outDir: string, pathnames: readonly string[]): Promise<IndexedPage[]> {
  const found: IndexedPage[] = [];
  for (const pathname of pathnames) {
    const file = join(outDir, pathname, pathname.endsWith('.html') ? '' : 'index.html');
    const html = await readFile(file, 'utf8').catch(() => '');
    const body = /<[a-z]+\b[^>]*\bdata-pagefind-body\b[^>]*>/u.exec(html)?.[0];
    if (!body) continue;
    const volume = /\bdata-volume="([^"]+)"/u.exec(body)?.[1];
    const order = /\bdata-order="(-?\d+)"/u.exec(body)?.[1];
    if (volume === undefined || order === undefined) throw new Error(`/${pathname}: the indexed element must state data-volume and data-order`);
    found.push({ url: `/${pathname}`, file, volume, order: Number(order), htmlHash: indexInputHash(html) });
  }
  return found;
}

/** Indexes one volume into `target` (written whole or not at all). */
async function indexVolume(pages: IndexedPage[], target: string, logger: SearchIndexOptions['logger']): Promise<void> {
  // Read by Pagefind's indexing service, which starts with the first index and inherits this environment.
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = String(INDEX_CHUNK_LOCATIONS);
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const keys = new Set<string>();
  const hant = new HantDictCollector();
  for (const page of pages) {
    const html = await readFile(page.file, 'utf8');
    const copy = indexCopy(html);
    if (copy === undefined) throw new Error(`${page.url}: nothing to index`);
    const added = await index.addHTMLFile({ url: page.url, content: copy });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index ${page.url}: ${added.errors.join('; ')}`);
    textKeys(normalizeText(routeText(html)), keys);
    titleKeys(titlesText(html), keys);
    // The page as written (text and attributes: Pagefind's meta and filters) and its text without tags,
    // so every string the search page shows of it converts exactly, also one running across a link.
    hant.add(html).add(html.replace(/<[^>]*>/gu, ''));
  }
  await writeIndex(index, target, (folder) => {
    writeFileSync(join(folder, ROUTE_KEYS_FILE), [...keys].sort().join('\n'));
    writeFileSync(join(folder, HANT_FILE), hantDictFile(hant.passes()));
  });
  logger.info(`indexed ${pages.length} articles for ${target.split('/').at(-2)}`);
}

/**
 * The index every volume is merged into: a single page holding `_`, which no
 * query can ask for (queries split on punctuation). Pagefind needs a primary
 * index to start; an empty one has no language and cannot. Cached per
 * Pagefind version.
 */
async function baseIndex(target: string): Promise<string> {
  if (existsSync(target)) return target;
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const added = await index.addHTMLFile({ url: BASE_INDEX_PATH, content: '<html lang="zh-CN"><body><main data-pagefind-body><p>_</p></main></body></html>' });
  if (added.errors.length > 0) throw new Error(`Pagefind could not index the base page: ${added.errors.join('; ')}`);
  await writeIndex(index, target);
  return target;
}

/**
 * Writes an index into `target` whole or not at all (a partial folder renamed
 * into place), then closes Pagefind's indexing service: a fresh service for
 * each index, since one service indexing volume after volume keeps the memory
 * of all of them.
 */
async function writeIndex(index: pagefind.PagefindIndex, target: string, addFiles: (folder: string) => void = () => {}): Promise<void> {
  const partial = `${target}.partial-${process.pid}`;
  rmSync(partial, { recursive: true, force: true });
  const written = await index.writeFiles({ outputPath: partial });
  if (written.errors.length > 0) throw new Error(`Pagefind could not write the index for ${target}: ${written.errors.join('; ')}`);
  addFiles(partial);
  await pagefind.close();
  mkdirSync(join(target, '..'), { recursive: true });
  try {
    renameSync(partial, target);
  } catch (error) {
    // Another build wrote the same index first: it is the same, so keep it.
    if (!existsSync(target)) throw error;
    rmSync(partial, { recursive: true, force: true });
  }
}

/**
 * The Simplified → Traditional dictionary the 繁體 pages' scripts convert with
 * (src/lib/hant/): every volume's entries, the search page's (its filters'
 * authors and pages, the volumes' names) and the client scripts' strings;
 * and beside it those strings' alone (hant-ui.txt). Written even for a site
 * with no article, so the files are always there.
 */
function writeHantDict(outDir: string, hant: HantDictCollector): void {
  const sources = CLIENT_SOURCES.flatMap((path) => {
    // The sources of the scripts this build ships, beside this file's own.
    const full = fileURLToPath(new URL(`../../${path}`, import.meta.url));
    return statSync(full).isDirectory() ? readdirSync(full, { recursive: true }).map(String).filter((name) => name.endsWith('.ts')).map((name) => join(full, name)) : [full];
  });
  const ui = new HantDictCollector();
  for (const file of sources) ui.add(readFileSync(file, 'utf8'));
  hant.merge(ui.passes());
  const searchPage = join(outDir, 'search/index.html');
  // Not its Traditional → Simplified map (#search-t2s), which no reader sees: its keys are Traditional and
  // compatibility characters already, and added 120 entries that convert nothing the page shows.
  if (existsSync(searchPage)) hant.add(readFileSync(searchPage, 'utf8').replace(/<script type="application\/json" id="search-t2s">[^<]*<\/script>/u, ''));
  for (const [path, collector] of [[HANT_DICT_PATH, hant], [HANT_UI_DICT_PATH, ui]] as const) {
    const file = join(outDir, path);
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, hantDictFile(collector.passes()));
  }
}

/** The router's shards: the text keys', and the title keys' in shard files of their own (src/lib/search/route.ts). */
function writeRoute(outDir: string, volumeKeys: Set<string>[], shards: number): void {
  const textOnly = volumeKeys.map((keys) => new Set([...keys].filter((key) => !key.startsWith(TITLE_KEY_MARK))));
  const titlesOnly = volumeKeys.map((keys) => new Set([...keys].filter((key) => key.startsWith(TITLE_KEY_MARK)).map((key) => key.slice(TITLE_KEY_MARK.length))));
  for (const [keys, path] of [[textOnly, routeShardPath], [titlesOnly, titleShardPath]] as const) {
    writeRouteShards(keys, shards).forEach((text, shard) => {
      const file = join(outDir, path(shard));
      mkdirSync(join(file, '..'), { recursive: true });
      writeFileSync(file, text);
    });
  }
}

/** The search page names the volumes and the router's shard count; both must be what was just written. */
function checkSearchPage(outDir: string, volumeIds: string[], shards: number): void {
  const file = join(outDir, 'search/index.html');
  const html = readFileSync(file, 'utf8');
  const element = /<script type="application\/json" id="search-volumes"([^>]*)>([^<]*)<\/script>/u.exec(html);
  if (!element) throw new Error(`${file}: no #search-volumes list for the search index`);
  const listed = (JSON.parse(element[2]!) as { id: string }[]).map((volume) => volume.id);
  const statedShards = Number(/data-route-shards="(\d+)"/u.exec(element[1]!)?.[1]);
  if (listed.join() !== volumeIds.join()) throw new Error(`${file}: the search page lists volumes ${listed.join(', ')}, the index has ${volumeIds.join(', ')}`);
  if (statedShards !== shards) throw new Error(`${file}: the search page expects ${statedShards} router shards, the index has ${shards}`);
}

/**
 * Lets the search page fetch the index Pagefind starts with while it loads:
 * Pagefind reads its entry file, then the metadata it names, one after the
 * other, and only once its script has run; listed as preloads, both come with
 * the script and the WebAssembly, two round trips sooner. The entry file's URL
 * carries a tag (Pagefind's `metaCacheTag`; its own default is the time, which
 * no preload can name): the hash naming the index's metadata, which changes
 * with the index (an entry file that differs otherwise, by Pagefind's version
 * alone, names the same files, so a stale copy of it only makes Pagefind
 * warn). It is written on the page's volume list for the search script to
 * pass on, and each volume in that list gets its own (SearchVolume.meta), for
 * the page to preload a volume's two files when a query needs it. After the
 * preloads goes the script that starts Pagefind from them for a page opened
 * with a query (src/lib/search/pagefind-start.ts). Written into the built
 * page here because the names exist only once the index does.
 */
function nameIndexFiles(outDir: string, primaryPath: string): void {
  const hash = metadataHash(outDir, primaryPath);
  const file = join(outDir, 'search/index.html');
  const html = readFileSync(file, 'utf8');
  const links = [`${primaryPath}pagefind-entry.json?ts=${hash}`, `${primaryPath}pagefind.${hash}.pf_meta`].map((href) => `<link rel="preload" href="${href}" as="fetch" crossorigin="anonymous">`).join('');
  const wasm = `<link rel="preload" href="${primaryPath}wasm.unknown.pagefind" as="fetch" crossorigin="anonymous">`;
  const list = /(<script type="application\/json" id="search-volumes")([^>]*>)([^<]*)(<\/script>)/u.exec(html);
  if (!html.includes(wasm) || !list) throw new Error(`${file}: no preload of ${primaryPath}'s WebAssembly or no #search-volumes list to add the index's files to`);
  const volumes = (JSON.parse(list[3]!) as SearchVolume[]).map((volume) => ({ ...volume, meta: metadataHash(outDir, volume.path) }));
  const named = `${list[1]} data-meta-tag="${hash}"${list[2]}${JSON.stringify(volumes)}${list[4]}`;
  // After them, the script that starts Pagefind from them (src/lib/search/pagefind-start.ts).
  writeFileSync(file, insertInlineScript(html.replace(wasm, `${wasm}${links}`), links, pagefindStartScript).replace(list[0], () => named));
}

/** The hash naming a built Pagefind index's Chinese metadata file (pagefind.<hash>.pf_meta), from its entry file. */
function metadataHash(outDir: string, indexPath: string): string {
  const entry = JSON.parse(readFileSync(join(outDir, indexPath, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string }> };
  const hash = entry.languages['zh']?.hash;
  if (!hash) throw new Error(`${indexPath}pagefind-entry.json: no Chinese index`);
  return hash;
}

function pagefindVersion(root: string): string {
  const manifest = JSON.parse(readFileSync(join(root, 'node_modules/pagefind/package.json'), 'utf8')) as { version: string };
  return manifest.version;
}
