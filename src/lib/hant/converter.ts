import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js/cn2t';

/**
 * OpenCC's standard Simplified → Traditional conversion (`cn` → `t`), with its
 * phrase tables: 头发 → 頭髮 but 发展 → 發展, 干部 → 幹部 but 干净 → 乾淨. No
 * regional vocabulary (`tw`/`hk` would swap words, not characters, and this is a
 * newspaper's text). Made once per process and shared (it is a pure
 * function): building the dictionaries' trie takes some 80 ms.
 */
let converter: ((text: string) => string) | undefined;

export function createConverter(): (text: string) => string {
  converter ??= OpenCC.Converter({ from: 'cn', to: 't' });
  return converter;
}

/**
 * What the Traditional pages are a function of besides their Simplified input:
 * the OpenCC version and this converter's own revision (raised when the page
 * transform changes what it writes). Part of the cache key of every converted page and card.
 */
export const CONVERTER_REVISION = 2;

export function converterVersion(): string {
  // The package exports no package.json: read it beside its entry (dist/umd/full.js).
  const entry = createRequire(import.meta.url).resolve('opencc-js');
  const version = (JSON.parse(readFileSync(join(entry, '../../../package.json'), 'utf8')) as { version: string }).version;
  return `opencc-${version}-cn-t-r${CONVERTER_REVISION}`;
}
