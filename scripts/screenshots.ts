/**
 * npm run screenshots: writes docs/screenshots/, the pictures that show how
 * the site reads. Two throwaway site copies are built (the project's content,
 * and a small generated archive for the dated 版面 and the calendar, since the
 * project's one page has no date), served on 127.0.0.1 and drawn in Debian's
 * chromium at 360 and 1280 px, light theme at the smallest text size and dark
 * at the largest; 听新闻 with a fake Chinese voice; last, the offline page as a
 * reader with the edition saved sees it with the network off. Names given
 * after `--` redraw only those pictures. The project's own dist/ and caches
 * are left alone.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { launchChromium } from './lib/chromium.ts';
import { installFakeSpeech } from './lib/fake-speech.ts';
import { makeSiteCopy } from './lib/site-copy.ts';
import { serveStatic } from './lib/static-server.ts';

const projectRoot = fileURLToPath(new URL('../', import.meta.url));
const outDir = join(projectRoot, 'docs/screenshots');
/** About two days of the generated paper: enough for a month's calendar and a day's pages to turn. */
const ARCHIVE_ARTICLES = 200;

/** Builds a site copy from a content folder filled by `fill`; returns its dist/. */
function buildCopy(name: string, fill: (contentDir: string) => void): string {
  const site = makeSiteCopy(projectRoot);
  fill(site.contentDir);
  const env = { ...process.env, CONTENT_DIR: site.contentDir, OG_CACHE_DIR: join(site.root, '.cache/og-cards'), PAGEFIND_CACHE_DIR: join(site.root, '.cache/pagefind-volumes'), PINYIN_CACHE_DIR: join(site.root, '.cache/pinyin-volumes'), ASTRO_TELEMETRY_DISABLED: '1' };
  console.log(`building ${name} in ${site.root}`);
  // As npm run build does it: astro build, then the search index (scripts/build.ts, run in the copy's folder).
  const run = spawnSync(process.execPath, [join(projectRoot, 'scripts/build.ts')], { cwd: site.root, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`build of ${name} failed:\n${run.stdout}\n${run.stderr}`);
  return join(site.root, 'dist');
}

function generateArchive(contentDir: string): void {
  const run = spawnSync(process.execPath, ['scripts/archive-generate.ts', '--articles', String(ARCHIVE_ARTICLES), '--out', contentDir], { cwd: projectRoot, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`archive:generate failed:\n${run.stdout}\n${run.stderr}`);
}

/** A page of the generated archive to show as the 版面: the second page of its first day, so both turns show. */
function archiveEdition(dist: string): string {
  const ids = readdirSync(join(dist, 'editions')).filter((id) => /^\d{4}-\d{2}-\d{2}-/u.test(id)).sort();
  return `/editions/${ids[1]}/`;
}

const VARIANTS = [
  { name: 'light-small', colorScheme: 'light' as const, textSize: 's' },
  { name: 'dark-largest', colorScheme: 'dark' as const, textSize: 'xl' },
];
const WIDTHS = [
  { width: 360, height: 780 },
  { width: 1280, height: 800 },
];

/** 听新闻 playing: the fake voice (browsers in CI have none), the player open, reading the fifth paragraph. */
async function listening(page: Page): Promise<void> {
  await page.click('[data-action="listen"]');
  await page.waitForSelector('.listen-player');
  await page.click('#p-5', { position: { x: 60, y: 8 } });
  // Past the smooth scroll; the pointer off the text (it would show the paragraph's link mark).
  await page.mouse.move(0, 0);
  await page.waitForTimeout(800);
}

/** Saves the latest edition with its button (the worker running), then switches the network off. */
async function saveEditionAndGoOffline(page: Page, origin: string): Promise<void> {
  await page.goto(new URL('/', origin).href, { waitUntil: 'load' });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await page.getByRole('button', { name: '离线阅读本期' }).click();
  await page.waitForFunction(() => document.querySelector('[data-offline-status]')?.textContent?.startsWith('已保存'), null, { timeout: 30_000 });
  await page.context().setOffline(true);
}

interface Shot {
  name: string;
  path: string;
  /** Drawn from the generated archive rather than the project's content. */
  archive?: boolean;
  /** With a Chinese voice (the fake one), and what to do before the picture. */
  speech?: (page: Page) => Promise<void>;
  /** Opened with the latest edition saved for offline reading and the network off. */
  offline?: boolean;
}

const SHOTS: Shot[] = [
  { name: 'home', path: '/' },
  { name: 'edition', path: '', archive: true },
  { name: 'archive-calendar', path: '/editions/', archive: true },
  { name: 'article', path: '/articles/gong-shu-kai-ju/' },
  // The same article in the 繁體 edition.
  { name: 'article-hant', path: '/zh-hant/articles/gong-shu-kai-ju/' },
  { name: 'listen', path: '/articles/gong-shu-kai-ju/', speech: listening },
  { name: 'search', path: '/search/?q=新居民' },
  // The edition saved with 离线阅读本期, then, with the network off, a page not saved: the offline page lists what is.
  { name: 'offline', path: '/editions/', archive: true, offline: true },
];

/** `npm run screenshots` redraws every picture; `npm run screenshots -- listen article` only those named (and builds only what they need). */
async function main(only: string[]): Promise<void> {
  const shots = SHOTS.filter((shot) => only.length === 0 || only.includes(shot.name));
  if (shots.length === 0) throw new Error(`no screenshot named ${only.join(', ')}; known: ${SHOTS.map((shot) => shot.name).join(', ')}`);
  const siteDist = buildCopy('the project’s content', (contentDir) => cpSync(join(projectRoot, 'content'), contentDir, { recursive: true }));
  const archiveDist = shots.some((shot) => shot.archive) ? buildCopy(`an archive of ${ARCHIVE_ARTICLES} generated articles`, generateArchive) : undefined;
  const site = await serveStatic(siteDist);
  const archive = archiveDist === undefined ? undefined : await serveStatic(archiveDist);
  if (only.length === 0) rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const browser = await launchChromium();
  try {
    for (const variant of VARIANTS) {
      for (const viewport of WIDTHS) {
        for (const shot of shots) {
          const context = await browser.newContext({ viewport, colorScheme: variant.colorScheme, locale: 'zh-CN' });
          // The reader's saved text size, as the settings panel stores it.
          await context.addInitScript((size) => localStorage.setItem('text-size', size), variant.textSize);
          if (shot.speech) await context.addInitScript(installFakeSpeech, { voices: [{ name: '普通话', lang: 'zh-CN' }], msPerChar: 400 });
          const page = await context.newPage();
          const server = shot.archive ? archive! : site;
          const path = shot.name === 'edition' ? archiveEdition(archiveDist!) : shot.path;
          if (shot.offline) await saveEditionAndGoOffline(page, server.url);
          await page.goto(new URL(path, server.url).href, { waitUntil: 'networkidle' });
          if (shot.offline) await page.waitForSelector('[data-offline-list] a', { timeout: 10_000 });
          if (shot.name === 'search') await page.waitForSelector('.result', { timeout: 10_000 }).catch(() => undefined);
          await shot.speech?.(page);
          const file = join(outDir, `${shot.name}-${viewport.width}-${variant.name}.png`);
          await page.screenshot({ path: file });
          console.log(`${file.slice(projectRoot.length)} (${(statSync(file).size / 1024).toFixed(0)} KiB)`);
          await context.close();
        }
      }
    }
  } finally {
    await browser.close();
    await Promise.all([site.close(), archive?.close()]);
    for (const dist of [siteDist, archiveDist]) if (dist !== undefined) rmSync(join(dist, '..'), { recursive: true, force: true });
  }
}

await main(process.argv.slice(2));
