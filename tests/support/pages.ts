/**
 * Builds raw page text the way the web desk receives it: blocks separated by
 * one blank line, and `WIDE` where the page sets a block off with a wider gap.
 */
export const WIDE = Symbol('wide gap');

export function page(...blocks: (string | typeof WIDE)[]): string {
  let text = '';
  let gap = '\n\n';
  for (const block of blocks) {
    if (block === WIDE) {
      gap = '\n\n\n\n';
      continue;
    }
    text += (text === '' ? '' : gap) + block;
    gap = '\n\n';
  }
  return `${text}\n`;
}

export const encode = (text: string) => new TextEncoder().encode(text);
