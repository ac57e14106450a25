/**
 * What the build writes for offline reading: the worker, named for the build;
 * the manifest it follows (the latest day's pages, their articles, the search
 * index apart); and the worker registered only on the pages that offer
 * 离线阅读本期, never on an article.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { OfflineManifest } from '../../src/lib/offline.ts';
import { builtPages, fileForPath, loadPage, readPage } from '../support/dist.ts';
import { distDir } from '../support/paths.ts';

const manifests = readdirSync(join(distDir, 'offline')).filter((name) => /^manifest-[0-9a-f]{12}\.json$/u.test(name));
const manifest = JSON.parse(readFileSync(join(distDir, 'offline', manifests[0]!), 'utf8')) as OfflineManifest;
const registers = (path: string) => readPage(path).includes('/sw.js');

describe('offline reading, as built', () => {
  it('writes one manifest and a worker carrying its build id', () => {
    expect(manifests).toHaveLength(1);
    const worker = readFileSync(join(distDir, 'sw.js'), 'utf8');
    expect(worker).toContain(`"${manifest.build}"`);
    expect(worker).toContain('/offline/manifest-');
    expect(worker).not.toContain('__OFFLINE_BUILD_ID__');
  });

  it('saves the latest day’s pages with the home page and their articles, and their 繁體 twins; the search index only apart', () => {
    expect(manifest.edition.pages.map((page) => page.url)).toEqual(['/editions/newspaper-page/']);
    const edition = ['/', '/editions/newspaper-page/', '/articles/gong-shu-kai-ju/', '/articles/he-cheng-nong-shang-yin-hang/', '/articles/tui-dong-xin-ju-min-cong/'];
    expect(manifest.edition.urls).toEqual([...edition, ...edition.map((url) => `/zh-hant${url}`)]);
    expect(manifest.edition.urls.some((url) => url.startsWith('/pagefind/'))).toBe(false);
    expect(manifest.search.urls).toContain('/search/');
    expect(manifest.search.urls).toContain('/zh-hant/search/');
    expect(manifest.search.urls).toContain('/pagefind/pagefind.js');
    expect(manifest.shell).toEqual(expect.arrayContaining(['/offline/', '/zh-hant/offline/', '/_lazy/hant.js', '/pagefind/hant.txt']));
    for (const url of [...manifest.edition.urls, ...manifest.search.urls, ...manifest.shell]) expect(existsSync(fileForPath(url)), url).toBe(true);
  });

  it('counts the bytes a reader saves', () => {
    const bytes = (urls: string[]) => urls.reduce((sum, url) => sum + readFileSync(fileForPath(url)).length, 0);
    expect(manifest.edition.bytes).toBe(bytes(manifest.edition.urls));
    expect(manifest.search.bytes).toBe(bytes(manifest.search.urls));
  });

  // The 繁體 twins carry the same page script (the same bytes, for the CSP), so they register it too;
  // what they offer to save is the Simplified edition, as the worker's manifest lists it.
  it('registers the worker on the home page, the latest day’s pages and /offline/ only (and their 繁體 twins)', () => {
    expect(builtPages().filter(registers)).toEqual(['/', '/editions/newspaper-page/', '/offline/', '/zh-hant/', '/zh-hant/editions/newspaper-page/', '/zh-hant/offline/']);
  });

  it('offers 离线阅读本期 as a button hidden until script shows it, and keeps /offline/ out of search engines', () => {
    const panel = loadPage('/').querySelector('[data-offline-panel]');
    expect(panel?.hasAttribute('hidden')).toBe(true);
    expect(panel?.querySelector('button[data-offline="save"]')?.textContent).toBe('离线阅读本期');
    expect(loadPage('/offline/').querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
  });
});
