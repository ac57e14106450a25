/** The desk's command, run as the desk runs it: a real process, real files. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { beforeEach, describe, expect, it } from 'vitest';
import { projectRoot, sourcePage } from '../../support/paths.ts';
import { snapshot } from '../../support/folders.ts';
import { page } from '../../support/pages.ts';

const CLI = join(projectRoot, 'scripts/ingest.ts');
let work: string;
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'ingest-cli-'));
});

function ingest(...args: string[]) {
  const run = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd: work });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

function write(name: string, content: string | Uint8Array): string {
  const path = join(work, name);
  writeFileSync(path, content);
  return path;
}

describe('npm run ingest', () => {
  it('--dry-run prints the report and writes nothing', () => {
    const out = join(work, 'content');
    const run = ingest(sourcePage, '--out', out, '--dry-run');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('3 articles:');
    expect(run.stdout).toContain('12 paragraphs joined across page breaks:');
    expect(run.stdout).toContain('3 captions, 2 credits');
    expect(run.stdout).toContain('headline only, body not on this page: 让城市“轻”下来');
    expect(run.stdout).toContain('dry run: nothing written');
    expect(snapshot(out)).toEqual({});
  });

  it('writes the articles, and a second run leaves every byte as it was', () => {
    const out = join(work, 'content');
    expect(ingest(sourcePage, '--out', out).status).toBe(0);
    const first = snapshot(out);
    expect(Object.keys(first).sort()).toEqual([
      'articles/gong-shu-kai-ju.mdx',
      'articles/he-cheng-nong-shang-yin-hang.mdx',
      'articles/tui-dong-xin-ju-min-cong.mdx',
      'editions/newspaper-page.yaml',
      'source/newspaper-page.txt',
    ]);
    const again = ingest(sourcePage, '--out', out);
    expect(again.stdout).toContain('(published slug kept)');
    expect(snapshot(out)).toEqual(first);
  });

  it('reads the page the same from GB18030 with CRLF line ends and ideographic-space indents', () => {
    const out = join(work, 'utf8');
    const variantOut = join(work, 'variant');
    ingest(sourcePage, '--out', out);
    const text = readFileSync(sourcePage, 'utf8')
      .split('\n')
      .map((line) => (line.trim() === '' ? line : `\u3000\u3000${line} `))
      .join('\r\n');
    const variant = write('newspaper-page.txt', iconv.encode(text, 'gb18030'));
    const run = ingest(variant, '--out', variantOut);
    expect(run.stdout).toContain('(gb18030)');
    const [a, b] = [snapshot(out), snapshot(variantOut)];
    delete a['source/newspaper-page.txt'];
    delete b['source/newspaper-page.txt'];
    expect(b).toEqual(a);
  });

  it('adds a second page beside the first and never overwrites a published slug', () => {
    const out = join(work, 'content');
    ingest(sourcePage, '--out', out);
    const second = write('2026-03-06-a3.txt', page('拱墅开局', '■ 新记者', '第一段。'));
    const run = ingest(second, '--out', out);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('slug “gong-shu-kai-ju” is already used by articles/gong-shu-kai-ju.mdx');
    const files = snapshot(out);
    expect(Object.keys(files)).toContain('articles/gong-shu-kai-ju-2.mdx');
    expect(Buffer.from(files['editions/2026-03-06-a3.yaml']!, 'base64').toString()).toContain('sequence: 2');
    expect(Buffer.from(files['articles/gong-shu-kai-ju.mdx']!, 'base64').toString()).toContain('headline: 拱墅开局：以实干争先，以创新致远');
  });
});

describe('bad input: one clear line, non-zero exit, nothing written', () => {
  const cases: [string, () => string[], RegExp][] = [
    ['a missing file', () => [join(work, 'missing.txt')], /missing\.txt: no such file$/u],
    ['a folder', () => [(mkdirSync(join(work, 'folder.txt')), join(work, 'folder.txt'))], /folder\.txt: is a folder, not a page file$/u],
    ['an empty file', () => [write('empty.txt', '')], /empty\.txt: the file is empty$/u],
    ['binary bytes', () => [write('photo.txt', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]))], /photo\.txt:3: the file holds NUL bytes/u],
    ['undecodable bytes', () => [write('bad.txt', Uint8Array.from([0x41, 0xff, 0xfe, 0x80, 0x42]))], /bad\.txt: the bytes are not UTF-8, UTF-16, GB18030 or Big5 text; save it as UTF-8$/u],
    ['a page with no headline', () => [write('none.txt', page('第一段正文。', '■ 张三', '正文。'))], /none\.txt: no article found: no headline/u],
    ['a wrong date', () => [sourcePage, '--date', 'March 5'], /newspaper-page\.txt: --date must be a real day as YYYY-MM-DD/u],
    ['a date that is no day', () => [sourcePage, '--date', '2026-13-45'], /newspaper-page\.txt: --date must be a real day as YYYY-MM-DD, got “2026-13-45”/u],
    ['weak signals under --strict', () => [write('weak.txt', page('只有标题', '只有一段正文。')), '--strict'], /weak\.txt: --strict: 1 decision rest on weak signals[\s\S]*line 1: “只有标题” has no byline/u],
    ['an unknown option', () => [sourcePage, '--force'], /Unknown option '--force'/u],
    ['no file at all', () => [], /usage: npm run ingest -- <page\.txt>/u],
  ];

  it.each(cases)('%s', (_name, args, message) => {
    const out = join(work, 'content');
    cpSync(join(projectRoot, 'content'), out, { recursive: true });
    const before = snapshot(out);
    const run = ingest(...args(), '--out', out);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trim().split('\n');
    expect(lines[0]).toMatch(/^ingest: /u);
    expect(lines[0]).toMatch(message);
    expect(run.stderr).not.toMatch(/^\s+at /mu);
    if (!/usage|Unknown option/u.test(message.source)) expect(lines).toHaveLength(1);
    expect(snapshot(out)).toEqual(before);
  });
});
