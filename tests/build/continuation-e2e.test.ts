/**
 * An article over two pages, and a headline whose body a later page brings,
 * ingested through the CLI and built: the reader gets one whole article, and
 * both edition pages lead to it. The header dates are read back as dates.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { astroBuild, makeSiteCopy } from '../support/astro.ts';
import { loadPage, textOf } from '../support/dist.ts';
import { BACK, FRONT, LATER, WHOLE } from '../support/jump-pages.ts';
import { projectRoot } from '../support/paths.ts';

let dist: string;
beforeAll(() => {
  const { root, contentDir } = makeSiteCopy();
  for (const [name, text] of [['front.txt', FRONT], ['back.txt', BACK], ['later.txt', LATER]] as const) {
    writeFileSync(join(root, name), text);
    const run = spawnSync(process.execPath, [join(projectRoot, 'scripts/ingest.ts'), join(root, name), '--out', contentDir], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
  }
  const build = astroBuild(root);
  expect(build.ok, build.output).toBe(true);
  dist = join(root, 'dist');
});

describe('an article continued on a later page, built', () => {
  it('is one article holding both parts in order', () => {
    const doc = loadPage('/articles/cheng-shi-shu-fang-kai-dao/', dist);
    expect([...doc.querySelectorAll('.article-body > p:not(.credit), .article-body > h2')].map(textOf)).toEqual(WHOLE);
  });

  it('is listed on page 5 as a link to the whole article, marked as continued', () => {
    const doc = loadPage('/editions/2026-03-05-5/', dist);
    expect(doc.querySelector('.item-list h2 a')?.getAttribute('href')).toBe('/articles/cheng-shi-shu-fang-kai-dao/');
    expect(textOf(doc.querySelector('.item-list .meta'))).toBe('版面第 1 项 · 上接第 1 版，已并入全文');
  });

  it('links the headline page 1 printed without its body to the article the next day brought', () => {
    const doc = loadPage('/editions/2026-03-05-1/', dist);
    const bodiless = doc.querySelector('.item-bodiless');
    expect(bodiless?.querySelector('h2 a')?.getAttribute('href')).toBe('/articles/rang-cheng-shi/');
  });

  it('names editions from their headers, dates read back as dates', () => {
    expect(textOf(loadPage('/editions/2026-03-05-5/', dist).querySelector('h1'))).toContain('2026年3月5日 第5版 综合');
  });
});
