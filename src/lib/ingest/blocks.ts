/** One non-empty line of the page, with where it stood. */
export interface Block {
  /** The line's text, trimmed of indents and stray edge spaces (ASCII, U+3000, NBSP). */
  text: string;
  /** 1-based line number in the source file. */
  line: number;
  /** Blank lines between this block and the previous one (0 for the first block). */
  gapBefore: number;
}

export interface BlockedPage {
  blocks: Block[];
  /** The gap that separates most blocks on this page; a wider one sets a block off (a caption). */
  usualGap: number;
}

/** Splits decoded page text into blocks, one per non-empty line, keeping line numbers and gaps. */
export function toBlocks(text: string): BlockedPage {
  const lines = text.replace(/^\ufeff/u, '').split(/\r\n|\r|\n/u);
  const blocks: Block[] = [];
  let blank = 0;
  lines.forEach((raw, index) => {
    // trim() drops the same characters as /\s/ (U+3000 ideographic space and NBSP
    // included, the indents Chinese text files use) in linear time; the regex
    // /^\s+|\s+$/g it replaces retried \s+$ from every space of an inner run,
    // quadratic in the run's length (20k inner spaces took about a second).
    const trimmed = raw.trim();
    if (trimmed === '') {
      blank++;
      return;
    }
    blocks.push({ text: trimmed, line: index + 1, gapBefore: blocks.length === 0 ? 0 : blank });
    blank = 0;
  });
  return { blocks, usualGap: mostCommonGap(blocks) };
}

function mostCommonGap(blocks: Block[]): number {
  const counts = new Map<number, number>();
  for (const block of blocks.slice(1)) counts.set(block.gapBefore, (counts.get(block.gapBefore) ?? 0) + 1);
  let best = 1;
  let bestCount = 0;
  for (const [gap, count] of counts) {
    if (count > bestCount || (count === bestCount && gap < best)) {
      best = gap;
      bestCount = count;
    }
  }
  return best;
}
