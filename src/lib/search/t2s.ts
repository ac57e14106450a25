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
 * traditional character the text does not use whose simplified form it does.
 * A character the text uses is never mapped, whatever OpenCC makes of it: the
 * index holds it as printed, so 什么 and 显著 must be searched as typed (OpenCC
 * reads 么 as a variant of 幺 and 著 of 着). Built at build time with OpenCC,
 * so readers download a few kilobytes, not a dictionary.
 */
export function buildT2sMap(corpus: string): CharMap {
  const used = new Set([...corpus].filter((char) => HAN.test(char)));
  const map: Record<string, string> = {};
  for (const [from, to] of HAN_BLOCKS) {
    for (let code = from; code <= to; code++) {
      const traditional = String.fromCodePoint(code);
      if (used.has(traditional)) continue;
      for (const convert of TO_SIMPLIFIED) {
        const simplified = convert(traditional);
        if (simplified !== traditional && [...simplified].length === 1 && used.has(simplified)) {
          map[traditional] = simplified;
          break;
        }
      }
    }
  }
  return Object.fromEntries(Object.entries(map).sort(([a], [b]) => a.localeCompare(b)));
}
