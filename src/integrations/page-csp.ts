import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const CSP_META = /<meta http-equiv="content-security-policy" content="([^"]*)">/u;
/** Inline <script> and <style> elements: their attributes and their text, which is what a hash covers. */
const INLINE = /<(script|style)\b([^>]*)>([\s\S]*?)<\/\1>/gu;
const DATA_BLOCK = /\btype="?application\/(ld\+)?json/u;

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/**
 * Narrows a page's Content Security Policy to the inline code that page
 * carries. Astro writes into every page the hashes of every inline script and
 * style in the whole site (14 here, 45 bytes each that do not compress); a
 * page needs only its own: three on an article. Sources that are not hashes
 * ('self', the search page's 'wasm-unsafe-eval') and the other directives are
 * kept as Astro wrote them. A hash is kept only if this page has the exact
 * text it was made of, so the policy stays as strict as before.
 */
export function narrowPolicy(html: string): string {
  const meta = CSP_META.exec(html);
  if (!meta) return html;
  const present = { script: new Set<string>(), style: new Set<string>() };
  for (const [, tag, attributes, text] of html.matchAll(INLINE)) {
    if (tag === 'script' && (/\bsrc=/u.test(attributes!) || DATA_BLOCK.test(attributes!))) continue;
    present[tag as 'script' | 'style'].add(sha256(text!));
  }
  const policy = meta[1]!
    .split(';')
    .map((directive) => {
      const [name, ...sources] = directive.trim().split(/\s+/u);
      const kind = name === 'script-src' ? 'script' : name === 'style-src' ? 'style' : undefined;
      if (!kind) return directive.trim();
      return [name, ...sources.filter((source) => !source.startsWith("'sha") || present[kind].has(source))].join(' ');
    })
    .filter(Boolean)
    .join(';');
  return html.replace(meta[0], `<meta http-equiv="content-security-policy" content="${policy}">`);
}

/**
 * Puts an inline script into a built page right after the markup `after`,
 * and its hash into the page's policy (which pageCsp has narrowed to the
 * page's own scripts by then): for a script written in once the search
 * index exists, after Astro's build (src/integrations/search-index.ts).
 */
export function insertInlineScript(html: string, after: string, script: string): string {
  const meta = CSP_META.exec(html);
  if (!meta || !/(^|;)script-src /u.test(meta[1]!) || !html.includes(after)) throw new Error(`no CSP <meta> with a script-src, or no “${after}” to put a script after`);
  const policy = meta[1]!.replace(/(^|;)(script-src [^;]*)/u, (_, start: string, directive: string) => `${start}${directive} ${sha256(script)}`);
  return html.replace(after, () => `${after}<script>${script}</script>`).replace(meta[0], () => `<meta http-equiv="content-security-policy" content="${policy}">`);
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith('.html')).map((entry) => join(entry.parentPath, entry.name));
}

/** Rewrites every built page's CSP <meta> with narrowPolicy, once the pages are written. */
export function pageCsp(): AstroIntegration {
  return {
    name: 'page-csp',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const files = await htmlFiles(fileURLToPath(dir));
        let changed = 0;
        for (const file of files) {
          const html = await readFile(file, 'utf8');
          const narrowed = narrowPolicy(html);
          if (narrowed === html) continue;
          await writeFile(file, narrowed);
          changed++;
        }
        logger.info(`each page's CSP lists only its own inline hashes (${changed} of ${files.length} pages narrowed)`);
      },
    },
  };
}
