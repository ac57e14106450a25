import * as OpenCC from 'opencc-js';
import { HAN } from './han.ts';
import type { CharMap } from './normalize.ts';

/** Taiwan, Hong Kong and generic traditional forms, each read back to mainland simplified. */
const TO_SIMPLIFIED = [OpenCC.Converter({ from: 'tw', to: 'cn' }), OpenCC.Converter({ from: 'hk', to: 'cn' }), OpenCC.Converter({ from: 't', to: 'cn' })];
const HAN_BLOCKS: [number, number][] = [
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xf900, 0xfaff],
];

/**
 * A traditional → simplified map for just the characters `corpus` uses: every
 * traditional character whose simplified form appears in the text (or which
 * appears itself, so text and query fold alike). Built at build time with
 * OpenCC, so readers download a few kilobytes, not a dictionary.
 */
export function buildT2sMap(corpus: string): CharMap {
  const used = new Set([...corpus].filter((char) => HAN.test(char)));
  const map: Record<string, string> = {};
  for (const [from, to] of HAN_BLOCKS) {
    for (let code = from; code <= to; code++) {
      const traditional = String.fromCodePoint(code);
      for (const convert of TO_SIMPLIFIED) {
        const simplified = convert(traditional);
        if (simplified !== traditional && [...simplified].length === 1 && (used.has(simplified) || used.has(traditional))) {
          map[traditional] = simplified;
          break;
        }
      }
    }
  }
  return Object.fromEntries(Object.entries(map).sort(([a], [b]) => a.localeCompare(b)));
}
