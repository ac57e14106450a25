/**
 * The service worker (/sw.js, built with the build's id by
 * src/integrations/offline.ts). Pages come from the network first; when it
 * fails, from what this build saved: the latest edition on request
 * (离线阅读本期), its search index on request, the pages the reader visited
 * (at most VISITED_LIMIT, the oldest edition's dropped first), and else the
 * offline page (/offline/), which lists what is saved. Every cache is named
 * for the build; a new build's worker takes over at once, drops the old
 * caches and, if the reader had saved an edition, saves the new one instead.
 */
import { hantPath, isHantPath } from '../lib/hant/paths.ts';
import { cacheName, CACHE_PREFIX, editionKeyOf, pageTitle, visitedToDrop, type CacheGroup, type OfflineManifest, type OfflineStatus, type PageLink } from '../lib/offline.ts';
import { site } from '../site.ts';

declare const __OFFLINE_BUILD__: string;

/** The few parts of the worker's scope used here (the project's types are the DOM's, not a worker's). */
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  request: Request;
  respondWith(response: Promise<Response>): void;
}
interface MessageEventWithPorts extends ExtendableEvent {
  data: { type?: string };
  ports: readonly MessagePort[];
}
interface WorkerScope {
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
  addEventListener(type: 'message', listener: (event: MessageEventWithPorts) => void): void;
  skipWaiting(): Promise<void>;
  clients: { claim(): Promise<void> };
  location: Location;
}

const worker = globalThis as unknown as WorkerScope;
const BUILD = __OFFLINE_BUILD__;
const MANIFEST = `/offline/manifest-${BUILD}.json`;
const OFFLINE_PAGE = '/offline/';
/** The offline page in the reader's script: a 繁體 page's stand-in is the 繁體 offline page (where the build made one). */
const offlinePageFor = (pathname: string): string => (isHantPath(pathname) ? hantPath(OFFLINE_PAGE) : OFFLINE_PAGE);
const name = (group: CacheGroup) => cacheName(group, BUILD);
/** Where a saved page is looked for, in this order. */
const LOOKUP: CacheGroup[] = ['edition', 'visited', 'search', 'shell'];

/** Past the browser's HTTP cache: what is saved is what the server has now. */
const fresh = (url: string) => new Request(url, { cache: 'reload' });

let manifest: Promise<OfflineManifest> | undefined;
function readManifest(): Promise<OfflineManifest> {
  manifest ??= caches
    .open(name('shell'))
    .then((cache) => cache.match(MANIFEST))
    .then((response) => response ?? fetch(fresh(MANIFEST)))
    .then((response) => response.json() as Promise<OfflineManifest>)
    .catch((error: unknown) => {
      // Asked again next time: a failed fetch (offline at install) must not stick.
      manifest = undefined;
      throw error;
    });
  return manifest;
}

async function saveGroup(group: 'edition' | 'search'): Promise<void> {
  const { urls } = (await readManifest())[group];
  // addAll keeps all or nothing, so a half-saved edition never looks saved.
  await (await caches.open(name(group))).addAll(urls.map(fresh));
}

async function isSaved(group: 'edition' | 'search'): Promise<boolean> {
  const first = (await readManifest())[group].urls[0];
  return first !== undefined && (await caches.has(name(group))) && (await (await caches.open(name(group))).match(first)) !== undefined;
}

async function visitedPages(): Promise<PageLink[]> {
  const cache = await caches.open(name('visited'));
  const pages: PageLink[] = [];
  for (const request of await cache.keys()) {
    const response = await cache.match(request);
    if (response) pages.push({ url: new URL(request.url).pathname, title: pageTitle(await response.text(), site.name) });
  }
  return pages;
}

async function status(): Promise<OfflineStatus> {
  const { edition, search } = await readManifest();
  const { urls: _urls, ...plan } = edition;
  return { edition: { ...plan, saved: await isSaved('edition') }, search: { bytes: search.bytes, saved: await isSaved('search') }, visited: await visitedPages() };
}

/** Keeps a copy of a page the reader opened, then trims the cache to its bound. */
async function remember(pathname: string, response: Response): Promise<void> {
  if (pathname === offlinePageFor(pathname) || (await (await caches.open(name('edition'))).match(pathname))) return;
  const html = await response.text();
  const cache = await caches.open(name('visited'));
  const headers = new Headers(response.headers);
  headers.set('x-offline-edition', editionKeyOf(pathname, html));
  headers.set('x-offline-time', String(Date.now()));
  await cache.put(pathname, new Response(html, { headers }));
  const entries = [];
  for (const request of await cache.keys()) {
    const saved = await cache.match(request);
    entries.push({ url: request.url, edition: saved?.headers.get('x-offline-edition') ?? '', time: Number(saved?.headers.get('x-offline-time') ?? 0) });
  }
  await Promise.all(visitedToDrop(entries).map((url) => cache.delete(url)));
}

/** A saved copy of the URL; its query is ignored (?hl=… from a search result is the same page; Pagefind adds ?ts=…). */
async function fromCaches(request: Request | string): Promise<Response | undefined> {
  for (const group of LOOKUP) {
    if (!(await caches.has(name(group)))) continue;
    const found = await (await caches.open(name(group))).match(request, { ignoreSearch: true });
    if (found) return found;
  }
  return undefined;
}

async function navigate(event: FetchEvent, url: URL): Promise<Response> {
  try {
    const response = await fetch(event.request);
    if (response.ok && !response.redirected && (response.headers.get('content-type') ?? '').startsWith('text/html')) event.waitUntil(remember(url.pathname, response.clone()));
    return response;
  } catch {
    return (await fromCaches(url.pathname)) ?? (await fromCaches(offlinePageFor(url.pathname))) ?? (await fromCaches(OFFLINE_PAGE)) ?? Response.error();
  }
}

worker.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(name('shell'));
      await cache.addAll([MANIFEST, ...(await readManifest()).shell].map(fresh));
      await worker.skipWaiting();
    })(),
  );
});

worker.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const old = (await caches.keys()).filter((key) => key.startsWith(CACHE_PREFIX) && !key.endsWith(`-${BUILD}`));
      await worker.clients.claim();
      // A new edition replaces the saved one: saved again from this build before the old caches go.
      for (const group of ['edition', 'search'] as const) {
        if (old.some((key) => key.startsWith(`${CACHE_PREFIX}${group}-`))) await saveGroup(group).catch(() => undefined);
      }
      await Promise.all(old.map((key) => caches.delete(key)));
    })(),
  );
});

worker.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== worker.location.origin) return;
  if (request.mode === 'navigate') event.respondWith(navigate(event, url));
  else event.respondWith(fromCaches(request).then((found) => found ?? fetch(request)));
});

worker.addEventListener('message', (event) => {
  const port = event.ports[0];
  const act = async () => {
    const type = event.data.type;
    if (type === 'save') await saveGroup('edition');
    else if (type === 'save-search') await Promise.all([saveGroup('edition'), saveGroup('search')]);
    else if (type === 'remove') await Promise.all((['edition', 'search', 'visited'] as const).map((group) => caches.delete(name(group))));
  };
  event.waitUntil(
    act().then(
      async () => port?.postMessage({ ok: true, status: await status() }),
      async () => port?.postMessage({ ok: false, status: await status() }),
    ),
  );
});
