/** The Content Security Policy every page carries, and text that cannot become markup. */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { builtPages, loadPage } from '../support/dist.ts';

const pages = builtPages();

function policyOf(doc: Document): Map<string, string[]> {
  const meta = doc.querySelector('meta[http-equiv="content-security-policy"]');
  expect(meta, 'no CSP <meta>').not.toBeNull();
  return new Map(
    meta!
      .getAttribute('content')!
      .split(';')
      .map((d) => d.trim().split(/\s+/u))
      .filter((parts) => parts[0])
      .map(([name, ...sources]) => [name!, sources]),
  );
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('Content Security Policy', () => {
  it.each(pages)('%s: allows only this site, and inline code only by hash', (path) => {
    const doc = loadPage(path);
    const policy = policyOf(doc);
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'self'"]);
    for (const [name, sources] of policy) {
      expect(sources, name).not.toContain("'unsafe-inline'");
      expect(sources, name).not.toContain("'unsafe-eval'");
      for (const source of sources) expect(source, `${name} allows ${source}`).toMatch(/^'(self|none|sha256-[A-Za-z0-9+/=]+|wasm-unsafe-eval)'$|^data:$/u);
    }
    for (const script of doc.querySelectorAll('script:not([src])')) {
      // Data blocks (JSON) are never run, so the policy does not cover them.
      if (/^application\/(ld\+)?json$/u.test(script.getAttribute('type') ?? '')) continue;
      expect(policy.get('script-src'), 'inline script without its hash').toContain(sha256(script.textContent ?? ''));
    }
    for (const style of doc.querySelectorAll('style')) {
      expect(policy.get('style-src'), 'inline style without its hash').toContain(sha256(style.textContent ?? ''));
    }
    expect(doc.querySelectorAll('[style]'), 'style attributes are blocked by the policy').toHaveLength(0);
    expect([...doc.querySelectorAll('*')].flatMap((el) => el.getAttributeNames().filter((a) => a.startsWith('on'))), 'inline event handlers').toEqual([]);
  });

  it.each(pages)('%s: lists only the hashes of its own inline scripts and styles', (path) => {
    const doc = loadPage(path);
    const policy = policyOf(doc);
    const scripts = [...doc.querySelectorAll('script:not([src])')].filter((s) => !/^application\/(ld\+)?json$/u.test(s.getAttribute('type') ?? ''));
    const hashesOf = (elements: Element[]) => [...new Set(elements.map((e) => sha256(e.textContent ?? '')))].sort();
    expect(policy.get('script-src')!.filter((s) => s.startsWith("'sha")).sort()).toEqual(hashesOf(scripts));
    expect(policy.get('style-src')!.filter((s) => s.startsWith("'sha")).sort()).toEqual(hashesOf([...doc.querySelectorAll('style')]));
  });

  it.each(pages)("%s: allows WebAssembly only where search needs it", (path) => {
    const allowsWasm = policyOf(loadPage(path)).get('script-src')!.includes("'wasm-unsafe-eval'");
    expect(allowsWasm).toBe(path === '/search/' || path === '/zh-hant/search/');
  });

  it.each(pages)('%s: sends no referrer beyond the origin to other sites', (path) => {
    expect(loadPage(path).querySelector('meta[name="referrer"]')?.getAttribute('content')).toBe('strict-origin-when-cross-origin');
  });
});
