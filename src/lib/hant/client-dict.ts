/**
 * The Simplified → Traditional dictionary the browser gets (convert-lite.ts):
 * only the entries of OpenCC's cn→t (s2t: its normalisation pass, then
 * STPhrases + STCharacters by longest match) that occur in the site's text.
 *
 * Every entry that occurs anywhere in a text is kept, not just those OpenCC's
 * longest match picks there: then the small dictionary converts every
 * substring of the text (a headline, an excerpt cut anywhere, a byline)
 * exactly as the whole dictionary does. At a position of such a substring,
 * every entry the whole dictionary could match there occurs in the text, so
 * it is kept, and the longest of them is the same. Build time only: it loads
 * OpenCC's dictionaries (about 1 MB).
 */
import { Trie } from 'opencc-js/core';
import { configs } from 'opencc-js/preset/cn2t';
import type { DictGroup } from 'opencc-js/core';
import type { HantPasses } from './convert-lite.ts';

/** A trie node as opencc-js keeps it: a Map of code points, the entry's target in `trie_val`. */
type TrieNode = Map<number, TrieNode> & { trie_val?: string };

interface Pass {
  root: TrieNode;
  trie: Trie;
}

let chain: Pass[] | undefined;

/** Characters no entry holds: runs of text are read between them. */
const BOUNDARY = /[\s<>"'=]/u;

/** The runs of `text` holding a non-ASCII character, each whole between {@link BOUNDARY} characters (a linear scan). */
function* runs(text: string): Generator<string> {
  const nonAscii = /[^\x00-\x7f]/gu;
  let end = 0;
  for (let found = nonAscii.exec(text); found; found = nonAscii.exec(text)) {
    let start = found.index;
    while (start > end && !BOUNDARY.test(text[start - 1]!)) start--;
    let stop = found.index + 1;
    while (stop < text.length && !BOUNDARY.test(text[stop]!)) stop++;
    yield text.slice(start, stop);
    end = nonAscii.lastIndex = stop;
  }
}

/** OpenCC's s2t chain, as opencc-js's Converter({ from: 'cn', to: 't' }) builds it. */
function s2tChain(): Pass[] {
  if (chain) return chain;
  const config = configs['s2t'] as unknown as { normalizationChain?: DictGroup[]; segmentation?: unknown; conversionChain: DictGroup[] } | undefined;
  // With a segmentation dictionary OpenCC would convert segment by segment: not what this reads.
  if (!config || config.segmentation) throw new Error('opencc-js: s2t is no longer a plain chain of passes; client-dict.ts must follow it');
  chain = [...(config.normalizationChain ?? []), ...config.conversionChain].map((group) => {
    const trie = new Trie();
    trie.loadDictGroup(group);
    return { trie, root: (trie as unknown as { map: TrieNode }).map };
  });
  return chain;
}

/**
 * Collects, text by text, the entries of each pass that occur in the site's
 * text, less the phrases that change nothing there: a phrase that converts
 * as its characters do one by one (most: 发展 → 發展) and whose every
 * occurrence overlaps no other phrase's can neither change a character nor
 * stop another phrase from matching, in the text or in any part of it.
 */
export class HantDictCollector {
  readonly #entries: Map<string, string>[] = s2tChain().map(() => new Map());
  /** Phrases seen overlapping another phrase somewhere: they decide where phrases begin, so they stay. */
  readonly #overlapping: Set<string>[] = s2tChain().map(() => new Set());
  /** Entries from another collector's file (merge): already only what its text needs. */
  readonly #merged: Set<string>[] = s2tChain().map(() => new Set());

  /**
   * Adds the entries occurring in `text` (and, pass after pass, in what the
   * earlier passes made of it). Only its runs holding a non-ASCII character
   * are read, up to the spaces and markup characters around them: no entry
   * holds those, and none is ASCII alone (a few, such as SQL注入, hold ASCII
   * beside Han characters, so runs are not cut at ASCII). A built page is
   * mostly markup and styles: this reads a tenth of it.
   */
  add(text: string): this {
    for (const run of runs(text)) this.#walk(run);
    return this;
  }

  #walk(text: string): void {
    s2tChain().forEach(({ root, trie }, pass) => {
      const entries = this.#entries[pass]!;
      const overlapping = this.#overlapping[pass]!;
      /** The phrases' occurrences, by where they start. */
      const phrases: { start: number; end: number; key: string }[] = [];
      for (let at = 0; at < text.length; at += text.codePointAt(at)! > 0xffff ? 2 : 1) {
        let node: TrieNode | undefined = root;
        for (let j = at; j < text.length; ) {
          const code = text.codePointAt(j)!;
          j += code > 0xffff ? 2 : 1;
          node = node.get(code);
          if (!node) break;
          if (node.trie_val !== undefined) {
            const key = text.slice(at, j);
            entries.set(key, node.trie_val);
            if (j - at > (code > 0xffff ? 2 : 1)) phrases.push({ start: at, end: j, key });
          }
        }
      }
      phrases.forEach((phrase, index) => {
        for (let next = index + 1; next < phrases.length && phrases[next]!.start < phrase.end; next++) {
          overlapping.add(phrase.key);
          overlapping.add(phrases[next]!.key);
        }
      });
      text = trie.convert(text);
    });
  }

  /** Adds another collector's entries (a cached volume's). */
  merge(other: HantPasses): this {
    other.forEach((pass, index) => {
      if (pass === '') return;
      for (const entry of pass.split('|')) {
        const space = entry.indexOf(' ');
        this.#entries[index]?.set(entry.slice(0, space), entry.slice(space + 1));
        this.#merged[index]?.add(entry.slice(0, space));
      }
    });
    return this;
  }

  /** The passes in OpenCC's format, entries in code point order (the same text gives the same file). */
  passes(): HantPasses {
    return this.#entries.map((entries, pass) => {
      const byCharacter = (phrase: string) => [...phrase].map((char) => entries.get(char) ?? char).join('');
      const needed = ([source, target]: [string, string]) =>
        [...source].length === 1 || target !== byCharacter(source) || this.#overlapping[pass]!.has(source) || this.#merged[pass]!.has(source);
      return [...entries]
        .filter(needed)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([source, target]) => `${source} ${target}`)
        .join('|');
    });
  }
}

/** The file the browser fetches: one pass a line (parseHantPasses reads it). */
export function hantDictFile(passes: HantPasses): string {
  return passes.join('\n');
}

/**
 * The source files whose strings client scripts write on a page (status
 * lines, panels' labels and messages, the edition names the search page
 * spells out, the site's name in the title). Their whole text is walked, so
 * every string in them converts exactly, whatever a later edit adds.
 */
export const CLIENT_SOURCES = ['src/scripts', 'src/lib/search', 'src/lib/listen', 'src/lib/offline.ts', 'src/lib/reader-settings.ts', 'src/site.ts'];
