/** The 繁體 edition's file step: twins written under zh-hant/, kept in a cache keyed by the input, reused on a rebuild. */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildHantEdition, hantSources } from '../../../src/integrations/hant-edition.ts';
import { convertFiles, type HantJob } from '../../../src/integrations/hant-pages.ts';

const origin = 'https://dubao.example.cn';
const article = (headline: string, card = '/og/articles/x.png') =>
  `<!DOCTYPE html><html lang="zh-CN"><head><title>${headline}</title><meta property="og:image" content="${origin}${card}"></head><body><h1>${headline}</h1><a href="/editions/">往期版面</a></body></html>`;

function site() {
  const root = mkdtempSync(join(tmpdir(), 'hant-'));
  const outDir = join(root, 'dist');
  for (const folder of ['articles/x', 'offline', 'editions']) mkdirSync(join(outDir, folder), { recursive: true });
  writeFileSync(join(outDir, 'articles/x/index.html'), article('干部的头发'));
  writeFileSync(join(outDir, 'editions/index.html'), article('往期版面', '/og/site.png'));
  writeFileSync(join(outDir, 'offline/index.html'), article('离线阅读', '/og/site.png'));
  writeFileSync(join(outDir, '404.html'), article('找不到这个页面', '/og/site.png'));
  writeFileSync(join(outDir, 'rss.xml'), '<?xml version="1.0"?><rss><channel><title>读报</title><language>zh-CN</language></channel></rss>');
  return { root, outDir, cacheDir: join(root, 'cache') };
}

describe('the 繁體 files', () => {
  it('has a twin of every page, the offline page too, and the feed', () => {
    const { outDir } = site();
    expect(hantSources(outDir)).toEqual(['404.html', 'articles/x/index.html', 'editions/index.html', 'offline/index.html', 'rss.xml']);
  });

  it('writes each twin under zh-hant/, and converts a page again only when it or its card changed', () => {
    const { outDir, cacheDir } = site();
    const job: HantJob = { outDir, cacheDir, version: 'test-1', origin, cards: [], files: hantSources(outDir) };
    expect(convertFiles(job)).toMatchObject({ converted: 5, cached: 0 });
    const twin = () => readFileSync(join(outDir, 'zh-hant/articles/x/index.html'), 'utf8');
    expect(twin()).toContain('<h1>幹部的頭髮</h1><a href="/zh-hant/editions/">往期版面</a>');
    expect(readFileSync(join(outDir, 'zh-hant/rss.xml'), 'utf8')).toContain('<title>讀報</title><language>zh-Hant</language>');
    expect(convertFiles(job)).toMatchObject({ converted: 0, cached: 5 });
    expect(twin()).toContain('<h1>幹部的頭髮</h1>');
    // The article's card now has a 繁體 twin: only that page is converted again, and leads to it.
    expect(convertFiles({ ...job, cards: ['/og/articles/x.png'] })).toMatchObject({ converted: 1, cached: 4 });
    expect(twin()).toContain(`${origin}/og/zh-hant/articles/x.png`);
    // A new converter version converts everything again.
    expect(convertFiles({ ...job, version: 'test-2' })).toMatchObject({ converted: 5, cached: 0 });
  });

  it('removes from the cache what the build did not use', async () => {
    const { root, outDir, cacheDir } = site();
    process.env.HANT_CACHE_DIR = cacheDir;
    try {
      const logger = { info: () => undefined };
      await buildHantEdition({ root, outDir, logger });
      const count = () => readdirSync(cacheDir, { recursive: true }).filter((name) => /\.(html|xml)$/u.test(String(name))).length;
      expect(count()).toBe(5);
      writeFileSync(join(outDir, 'articles/x/index.html'), article('以后'));
      expect(await buildHantEdition({ root, outDir, logger })).toMatchObject({ converted: 1, cached: 4 });
      expect(count()).toBe(5);
    } finally {
      delete process.env.HANT_CACHE_DIR;
    }
  });
});
