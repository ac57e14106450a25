/** A unicode-range as Fontsource writes it ("U+4e00-4e10,U+20"), as inclusive code point pairs. */
export type CodeRanges = [number, number][];

export function parseUnicodeRange(spec: string): CodeRanges {
  return spec.split(',').map((part) => {
    const [from, to = from] = part.trim().replace(/^U\+/iu, '').split('-') as [string, string?];
    return [parseInt(from, 16), parseInt(to, 16)];
  });
}

const covers = (ranges: CodeRanges, code: number) => ranges.some(([from, to]) => code >= from && code <= to);

/**
 * The font subsets needed to draw `text`: for each character, the first subset
 * whose range covers it. Characters no subset covers are returned, so a caller
 * can refuse to draw a missing-glyph box. White space needs no glyph.
 */
export function subsetsFor(text: string, subsets: Record<string, string>): { keys: string[]; missing: string[] } {
  const parsed = Object.entries(subsets).map(([key, spec]) => [key, parseUnicodeRange(spec)] as const);
  const keys = new Set<string>();
  const missing = new Set<string>();
  for (const char of new Set(text)) {
    if (/\s/u.test(char)) continue;
    const found = parsed.find(([, ranges]) => covers(ranges, char.codePointAt(0)!));
    if (found) keys.add(found[0]);
    else missing.add(char);
  }
  return { keys: [...keys].sort(), missing: [...missing] };
}
