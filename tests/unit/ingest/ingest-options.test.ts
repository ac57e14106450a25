/** ingestPage's options and the edition's names, one rule per test. */
import { describe, expect, it } from 'vitest';
import { digest, editionIdFor, formatWarning, ingestPage } from '../../../src/lib/ingest/index.ts';
import { WIDE, encode, page } from '../../support/pages.ts';

const NOTHING = { articles: [], editions: [] };
const HEADED = page('2026年3月5日', '第3版：要闻', '城市书房开到家门口', '■ 王小明', '第一段。');
const UNSIGNED = page('城市书房开到家门口', '第一段。', '乡村公交通到村口', '第二段。');
const edition = (result: ReturnType<typeof ingestPage>) => String(result.files.find((f) => f.path.startsWith('editions/'))!.content);

describe('desk options', () => {
  it('uses --date over the header, and says they differ', () => {
    const result = ingestPage({ file: 'p.txt', bytes: encode(HEADED), published: NOTHING, date: '2026-03-06' });
    expect(result.report.warnings.map(formatWarning)).toContain('--date 2026-03-06 differs from the date the page header prints (2026-03-05); --date is used');
    expect(result.report.edition).toBe('2026-03-06-3');
    expect(ingestPage({ file: 'p.txt', bytes: encode(HEADED), published: NOTHING, date: '2026-03-05' }).report.warnings).toEqual([]);
  });

  it('uses --title over the header’s name, and keeps a date set earlier when the page states none', () => {
    const titled = ingestPage({ file: 'p.txt', bytes: encode(HEADED), published: NOTHING, title: '要闻版' });
    expect(edition(titled)).toContain('title: 要闻版\ndate: "2026-03-05"\npage: "3"\nsection: 要闻\n');
    const plain = page('城市书房开到家门口', '■ 王小明', '第一段。');
    const kept = ingestPage({ file: 'p.txt', bytes: encode(plain), published: { articles: [], editions: [{ id: 'p', sequence: 2, date: '2026-03-01' }] } });
    expect(edition(kept)).toContain('sequence: 2\ndate: "2026-03-01"\nsource: source/p.txt\n');
    expect(edition(kept)).not.toMatch(/title:|paper:|page:|section:/u);
  });

  it('under --strict refuses weak signals, counting them, and passes a page with none', () => {
    expect(() => ingestPage({ file: 'p.txt', bytes: encode(UNSIGNED), published: NOTHING, strict: true })).toThrow(
      /^p\.txt: --strict: 3 decisions rest on weak signals; mark the lines \(see README\) or drop --strict: line 5: “乡村公交通到村口” read as a new article’s headline.*\(weak signal\); line 1: .*\(weak signal\); line 5: .*\(weak signal\)$/u,
    );
    expect(ingestPage({ file: 'p.txt', bytes: encode(HEADED), published: NOTHING, strict: true }).report.articles).toHaveLength(1);
  });

  it('names the existing edition’s source when it refuses a different page', () => {
    const published = (source?: string) => ({ articles: [], editions: [{ id: '2026-03-05-3', sequence: 1, sourceDigest: 'other', ...(source ? { source } : {}) }] });
    expect(() => ingestPage({ file: 'p.txt', bytes: encode(HEADED), published: published('source/x.txt') })).toThrow('edition 2026-03-05-3 already exists (source/x.txt)');
    expect(() => ingestPage({ file: 'p.txt', bytes: encode(HEADED), published: published() })).toThrow('edition 2026-03-05-3 already exists (editions/2026-03-05-3.yaml)');
    expect(ingestPage({ file: 'p.txt', bytes: encode(HEADED), published: { articles: [], editions: [{ id: '2026-03-05-3', sequence: 1, sourceDigest: digest(encode(HEADED)) }] } }).report.edition).toBe('2026-03-05-3');
  });
});

describe('the report', () => {
  it('counts captions and credits wherever they stand', () => {
    const text = page('城市书房开到家门口', '■ 王小明', '第一段。', WIDE, '市民在读书。', '第二段。', '市民在借书。 张三 摄', '图片由区委宣传部提供');
    const { report } = ingestPage({ file: 'p.txt', bytes: encode(text), published: NOTHING });
    expect([report.captions, report.credits]).toEqual([2, 2]);
  });

  it('writes a warning without a line as its text alone', () => {
    expect(formatWarning({ text: '说明', weak: false })).toBe('说明');
    expect(formatWarning({ line: 3, text: '说明', weak: true })).toBe('line 3: 说明 (weak signal)');
  });

  it('keeps the page’s own extension for its copy, lower case, .txt when it has none or an odd one', () => {
    const copy = (file: string) => ingestPage({ file, bytes: encode(HEADED), published: NOTHING }).files.at(-1)!.path;
    expect([copy('a.TXT'), copy('a'), copy('a.text'), copy('a.文本')]).toEqual(['source/2026-03-05-3.txt', 'source/2026-03-05-3.txt', 'source/2026-03-05-3.text', 'source/2026-03-05-3.txt']);
  });
});

describe('editionIdFor', () => {
  it('takes date and page from the header, page in lower case', () => expect(editionIdFor('x.txt', { date: '2026-03-05', page: 'A03' })).toBe('2026-03-05-a03'));
  it('falls back to the file name when the header lacks either', () => {
    expect(editionIdFor('Page 3 (A).txt', { date: '2026-03-05' })).toBe('page-3-a');
    expect(editionIdFor('x.txt', { page: '3' })).toBe('x');
  });
  it('spells Chinese names in full pinyin, Latin and digits kept', () => expect(editionIdFor('第13版A叠.txt')).toBe('di-13-ban-a-die'));
  it('cuts a long name with a hash of the whole, so cut names still differ', () => {
    const a = editionIdFor(`${'长'.repeat(40)}甲.txt`);
    const b = editionIdFor(`${'长'.repeat(40)}乙.txt`);
    expect(a.length).toBeLessThanOrEqual(64);
    expect(a).toMatch(/^chang-chang-.*-[0-9a-f]{8}$/u);
    expect(a).not.toBe(b);
  });
});

describe('published slugs never change', () => {
  const TWO = page('城市书房开到家门口', '■ 王小明', '第一段。', '乡村公交通到村口', '■ 李四', '第二段。');
  const art = (slug: string, position: number, headline: string, edition = 'p') => ({ file: `articles/${slug}.mdx`, slug, edition, position, headline });

  it('keeps a slug by headline first, then by position, never giving one slug twice', () => {
    const published = { articles: [art('b-old', 1, '乡村公交通到村口'), art('a-old', 1, '改过的标题')], editions: [{ id: 'p', sequence: 1 }] };
    const { report } = ingestPage({ file: 'p.txt', bytes: encode(TWO), published });
    expect(report.articles.map((a) => [a.slug, a.reusedSlug])).toEqual([
      ['a-old', true],
      ['b-old', true],
    ]);
  });

  it('reuses nothing from other editions, and warns only about this edition’s articles the page no longer yields', () => {
    const published = { articles: [art('gone', 3, '旧文'), art('kept', 1, '城市书房开到家门口'), art('elsewhere', 1, '乡村公交通到村口', 'q')], editions: [{ id: 'p', sequence: 1 }, { id: 'q', sequence: 2 }] };
    const { report } = ingestPage({ file: 'p.txt', bytes: encode(TWO), published });
    expect(report.articles.map((a) => a.slug)).toEqual(['kept', 'xiang-cun-gong-jiao-tong-dao']);
    expect(report.warnings.map(formatWarning)).toEqual(['articles/gone.mdx belongs to edition p but this page no longer yields it; it was left in place, remove it if it is gone']);
  });
});

describe('--strict counts only weak signals', () => {
  it('passes a page whose only warnings are plain ones, and names one weak decision in the singular', () => {
    const plain = page('城市书房开到家门口', '■ 王小明', '第一段。', '垃圾分类', '让城市“轻”下来');
    const { report } = ingestPage({ file: 'p.txt', bytes: encode(plain), published: NOTHING, strict: true });
    expect(report.warnings.map((w) => w.weak)).toEqual([false]);
    const one = page('城市书房开到家门口', '第一段。');
    expect(() => ingestPage({ file: 'p.txt', bytes: encode(one), published: NOTHING, strict: true })).toThrow('p.txt: --strict: 1 decision rest on weak signals');
  });

  it('reports a 上接 part with nothing to join as a plain warning, not a weak one', () => {
    const back = page('2026年3月5日', '第5版：综合', '城市书房开到家门口', '（上接第1版）第三段在第五版。');
    const { report } = ingestPage({ file: 'p.txt', bytes: encode(back), published: NOTHING, readContent: () => '' });
    expect(report.warnings.map((w) => w.weak)).toEqual([false]);
    expect(report.warnings[0]!.text).toContain('“城市书房开到家门口” continues an article from page 1 (上接) that is not published');
  });
});
