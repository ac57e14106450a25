/** Bad content fails the build with a message that names the file and the field. */
import { cpSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { astroBuild, makeSiteCopy } from '../support/astro.ts';
import { projectRoot } from '../support/paths.ts';

const ARTICLE = 'articles/tui-dong-xin-ju-min-cong.mdx';
const EDITION = 'editions/newspaper-page.yaml';

/** Builds a copy of the site whose content has one file changed. */
function buildWith(change: (contentDir: string) => void) {
  const { root, contentDir } = makeSiteCopy();
  cpSync(join(projectRoot, 'content'), contentDir, { recursive: true });
  change(contentDir);
  const result = astroBuild(root);
  rmSync(root, { recursive: true, force: true });
  return result;
}

function edit(contentDir: string, file: string, edit: (text: string) => string) {
  const path = join(contentDir, file);
  const before = readFileSync(path, 'utf8');
  const after = edit(before);
  expect(after, 'the test edit changed nothing').not.toBe(before);
  writeFileSync(path, after);
}

describe('a schema error fails the build, naming file and field', () => {
  it('a missing headline', () => {
    const result = buildWith((dir) => edit(dir, ARTICLE, (t) => t.replace(/^headline: .*\n/mu, '')));
    expect(result.ok).toBe(false);
    expect(result.output).toContain('tui-dong-xin-ju-min-cong.mdx');
    expect(result.output).toMatch(/headline: Required/u);
  });

  it('an unknown field', () => {
    const result = buildWith((dir) => edit(dir, ARTICLE, (t) => t.replace(/^position: 3$/mu, 'position: 3\nauthor: 沈震勤')));
    expect(result.ok).toBe(false);
    expect(result.output).toContain('tui-dong-xin-ju-min-cong.mdx');
    expect(result.output).toContain('Unrecognized key: "author"');
  });

  it('a field of the wrong type', () => {
    const result = buildWith((dir) => edit(dir, ARTICLE, (t) => t.replace(/^position: 3$/mu, 'position: 三')));
    expect(result.ok).toBe(false);
    expect(result.output).toContain('tui-dong-xin-ju-min-cong.mdx');
    expect(result.output).toMatch(/position: Expected type `"number"`/u);
  });

  it('a duplicate slug', () => {
    const result = buildWith((dir) => {
      const text = readFileSync(join(dir, ARTICLE), 'utf8');
      writeFileSync(join(dir, 'articles/copy.mdx'), text.replace('headline: 推动', 'headline: 另一篇推动'));
    });
    expect(result.ok).toBe(false);
    expect(result.output).toContain('content/articles/copy.mdx: slug “tui-dong-xin-ju-min-cong” must equal the file name');
  });

  it('an edition that lists an article where the article says otherwise', () => {
    const result = buildWith((dir) => edit(dir, ARTICLE, (t) => t.replace(/^position: 3$/mu, 'position: 2')));
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/newspaper-page\.yaml, items\[2\]: lists “tui-dong-xin-ju-min-cong” at position 3, but .*tui-dong-xin-ju-min-cong\.mdx says edition “newspaper-page”, position 2/u);
  });

  it('an edition id that the archive’s own pages use', () => {
    const result = buildWith((dir) => {
      renameSync(join(dir, EDITION), join(dir, 'editions/undated.yaml'));
      for (const name of readdirSync(join(dir, 'articles'))) edit(dir, `articles/${name}`, (t) => t.replace('edition: newspaper-page', 'edition: undated'));
    });
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/undated\.yaml: the edition id “undated” is taken by the archive's own pages \(\/editions\/undated\/\)/u);
  });

  it('an edition item with an unknown field', () => {
    const result = buildWith((dir) => edit(dir, EDITION, (t) => t.replace('bodyOnPage: false', 'bodyOnPage: false\n    body: 编造的正文')));
    expect(result.ok).toBe(false);
    expect(result.output).toContain('newspaper-page');
    expect(result.output).toMatch(/items\.3/u);
  });
});
