import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { insertInlineScript } from '../../src/integrations/page-csp.ts';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const page = `<html><head><meta http-equiv="content-security-policy" content="default-src 'self';script-src 'self' ${hash('a()')};style-src 'self'"><link rel="preload" href="/x"></head><body></body></html>`;

describe('insertInlineScript', () => {
  it('puts the script after the given markup and its hash into script-src, the other directives as they were', () => {
    const html = insertInlineScript(page, '<link rel="preload" href="/x">', 'b($1)');
    expect(html).toContain('<link rel="preload" href="/x"><script>b($1)</script></head>');
    expect(html).toContain(`content="default-src 'self';script-src 'self' ${hash('a()')} ${hash('b($1)')};style-src 'self'"`);
  });

  it('refuses a page without the markup or without a script-src, rather than write a script its policy blocks', () => {
    expect(() => insertInlineScript(page, '<link rel="preload" href="/y">', 'b()')).toThrow(/script after/u);
    expect(() => insertInlineScript(page.replace(/script-src[^;]*;/u, ''), '<link rel="preload" href="/x">', 'b()')).toThrow(/script-src/u);
  });
});
