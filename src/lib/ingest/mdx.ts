import { parse, stringify } from 'yaml';
import type { BodyNode } from './model.ts';

/**
 * Characters Markdown or MDX can read as syntax anywhere in a line: escaped
 * with a backslash (CommonMark escapes any ASCII punctuation), so the built
 * page shows them literally. `&` is escaped so `&amp;` stays five characters.
 */
const INLINE_SYNTAX = /[\\`*_{}[\]<>#|~&$]/gu;

/** Escapes text so that MDX renders it exactly as written, as one paragraph or heading. */
export function escapeMdxText(text: string): string {
  if (/[\r\n]/u.test(text) || text !== text.trim()) {
    throw new Error(`escapeMdxText expects one trimmed line, got ${JSON.stringify(text.slice(0, 40))}`);
  }
  let escaped = text.replace(INLINE_SYNTAX, '\\$&');
  // Line-start syntax: list markers, setext/thematic rules, ordered lists.
  escaped = escaped.replace(/^[-+=]/u, '\\$&').replace(/^(\d+)([.)])/u, '$1\\$2');
  // MDX reads a line starting with `import`/`export` as ESM; a character reference breaks the keyword.
  escaped = escaped.replace(/^(i)(mport\b)|^(e)(xport\b)/u, (_m, i, rest1, e, rest2) =>
    i ? `&#${i.charCodeAt(0)};${rest1}` : `&#${e.charCodeAt(0)};${rest2}`,
  );
  return escaped;
}

/** A JSX attribute value holding any string: a JS string literal inside braces. */
function jsxString(value: string): string {
  return `{${JSON.stringify(value)}}`;
}

export interface MdxArticle {
  frontmatter: Record<string, unknown>;
  body: BodyNode[];
  /** Subhead ids, one per subhead in body order. */
  subheadIds: string[];
}

/**
 * The MDX text of one article: YAML frontmatter, then the body in printed
 * order. Subheads become `##` headings with a stable id; figures and credits
 * become the <Figure> and <Credit> components the article page provides.
 */
/**
 * YAML as the site reads it back: Astro parses YAML 1.1, where an unquoted
 * 2026-03-05 is a timestamp and `yes` a boolean, so strings are written as
 * YAML 1.1 would need them (quoted where they would read as something else).
 */
export const YAML_OPTIONS = { version: '1.1', lineWidth: 0, defaultStringType: 'PLAIN', defaultKeyType: 'PLAIN' } as const;

export function toMdx({ frontmatter, body, subheadIds }: MdxArticle): string {
  return composeMdx(frontmatter, mdxBlocks(body, subheadIds));
}

/** Frontmatter and body blocks (one line each) as an MDX file. */
export function composeMdx(frontmatter: Record<string, unknown>, blocks: string[]): string {
  return `---\n${stringify(frontmatter, YAML_OPTIONS)}---\n\n${blocks.join('\n\n')}\n`;
}

/** An MDX file as {@link composeMdx} writes it, taken apart again: frontmatter data and body blocks. */
export function splitMdx(mdx: string, file: string): { data: Record<string, unknown>; blocks: string[] } {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/u.exec(mdx);
  const data: unknown = match ? parse(match[1]!, { version: '1.1' }) : undefined;
  if (!match || typeof data !== 'object' || data === null) throw new Error(`${file}: no frontmatter (--- … ---) at the top`);
  return { data: data as Record<string, unknown>, blocks: match[2]!.split('\n').filter((line) => line.trim() !== '') };
}

/** The subhead ids a body's blocks already use. */
export function subheadIdsIn(blocks: string[]): string[] {
  return blocks.flatMap((line) => HEADING.exec(line)?.slice(2, 3) ?? []);
}

/** The body as MDX blocks, one line each: paragraphs escaped, subheads with their ids, figures and credits as components. */
export function mdxBlocks(body: BodyNode[], subheadIds: string[]): string[] {
  let subhead = 0;
  return body.map((node) => {
    switch (node.kind) {
      case 'paragraph':
        return escapeMdxText(node.text);
      case 'subhead':
        return `## ${escapeMdxText(node.text)} {#${subheadIds[subhead++]}}`;
      case 'figure': {
        const caption = node.caption === undefined ? '' : ` caption=${jsxString(node.caption)}`;
        const credit = node.credit === undefined ? '' : ` credit=${jsxString(node.credit)}`;
        return `<Figure${caption}${credit} />`;
      }
      case 'credit':
        return `<Credit text=${jsxString(node.text)} />`;
    }
  });
}

/** One block of an article body as plain text, read back from the MDX that {@link toMdx} writes. */
export type TextBlock =
  | { kind: 'paragraph'; text: string }
  | { kind: 'subhead'; text: string; id: string }
  | { kind: 'figure'; caption?: string; credit?: string }
  | { kind: 'credit'; text: string };

const HEADING = /^## (.*) \{#([a-z0-9-]+)\}$/u;
const COMPONENT = /^<(Figure|Credit)((?: [a-z]+=\{"(?:[^"\\]|\\.)*"\})*) \/>$/u;
const ATTRIBUTE = / ([a-z]+)=\{("(?:[^"\\]|\\.)*")\}/gu;

/** Removes the escapes {@link escapeMdxText} adds, giving back the printed text. */
export function unescapeMdxText(escaped: string): string {
  return escaped.replace(/^&#(\d+);/u, (_m, code: string) => String.fromCharCode(Number(code))).replace(/\\([!-/:-@[-`{-~])/gu, '$1');
}

/**
 * Reads the plain text blocks of an article body in the format {@link toMdx}
 * writes (one block per line). Throws on a line it does not know, so a hand
 * edit in another syntax is reported instead of silently skipped.
 */
export function readMdxBody(body: string, file: string): TextBlock[] {
  return body.split('\n').flatMap((line, index): TextBlock[] => {
    if (line.trim() === '') return [];
    const heading = HEADING.exec(line);
    if (heading) return [{ kind: 'subhead', text: unescapeMdxText(heading[1]!), id: heading[2]! }];
    const component = COMPONENT.exec(line);
    if (component) {
      const attributes = Object.fromEntries([...component[2]!.matchAll(ATTRIBUTE)].map((m) => [m[1]!, JSON.parse(m[2]!) as string]));
      if (component[1] === 'Credit' && attributes.text !== undefined) return [{ kind: 'credit', text: attributes.text }];
      if (component[1] === 'Figure') return [{ kind: 'figure', ...attributes }];
    }
    if (/^[<{]/u.test(line)) throw new Error(`${file}: body line ${index + 1} is markup this site does not know: ${line.slice(0, 60)}`);
    return [{ kind: 'paragraph', text: unescapeMdxText(line) }];
  });
}
