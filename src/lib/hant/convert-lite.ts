/**
 * Simplified → Traditional in the browser with a small dictionary: OpenCC's
 * own algorithm (opencc-js's Trie: at each position the longest entry that
 * matches, else one character, or a whole ideographic description sequence,
 * unchanged; pass after pass), run on only the entries the site's text uses
 * (collected at build time by client-dict.ts). Pure, no DOM.
 */

/**
 * The dictionary: one string a pass of OpenCC's conversion chain, each in
 * OpenCC's own format, `source target|source target|…`.
 */
export type HantPasses = readonly string[];

interface Node {
  next: Map<number, Node>;
  value?: string;
}

function trie(pass: string): Node {
  const root: Node = { next: new Map() };
  if (pass === '') return root;
  for (const entry of pass.split('|')) {
    const space = entry.indexOf(' ');
    let node = root;
    for (const char of entry.slice(0, space)) {
      const code = char.codePointAt(0)!;
      let child = node.next.get(code);
      if (!child) node.next.set(code, (child = { next: new Map() }));
      node = child;
    }
    node.value = entry.slice(space + 1);
  }
  return root;
}

const width = (text: string, at: number): number => (text.codePointAt(at)! > 0xffff ? 2 : 1);

/** How many operands an ideographic description character (⿰ U+2FF0 …) takes; 0 for any other character. */
function arity(code: number): number {
  if (code === 0x2ff2 || code === 0x2ff3) return 3;
  return code >= 0x2ff0 && code <= 0x2fff ? 2 : 0;
}

/** The end of the ideographic description sequence at `at`, or 0 (as OpenCC reads it). */
function sequenceEnd(text: string, at: number): number {
  const operands = arity(text.codePointAt(at)!);
  if (operands === 0) return 0;
  let end = at + width(text, at);
  for (let n = 0; n < operands; n++) {
    if (end >= text.length) return 0;
    end = sequenceEnd(text, end) || end + width(text, end);
  }
  return end;
}

function convertPass(root: Node, text: string): string {
  let out = '';
  for (let at = 0; at < text.length; ) {
    let node: Node | undefined = root;
    let end = 0;
    let value = '';
    for (let j = at; j < text.length; ) {
      const code = text.codePointAt(j)!;
      j += code > 0xffff ? 2 : 1;
      node = node.next.get(code);
      if (!node) break;
      if (node.value !== undefined) {
        end = j;
        value = node.value;
      }
    }
    if (end > 0) {
      out += value;
      at = end;
    } else {
      const next = sequenceEnd(text, at) || at + width(text, at);
      out += text.slice(at, next);
      at = next;
    }
  }
  return out;
}

/** A converter from the collected passes: `convert(text)` is opencc-js's cn→t of `text` wherever the text is the site's. */
export function liteConverter(passes: HantPasses): (text: string) => string {
  const tries = passes.map(trie);
  return (text) => tries.reduce((result, root) => convertPass(root, result), text);
}

/** Reads the dictionary file the build writes (client-dict.ts): one pass a line. */
export function parseHantPasses(file: string): HantPasses {
  return file.split('\n');
}
