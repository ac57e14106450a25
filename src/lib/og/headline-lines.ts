/**
 * Line breaks for a preview card's headline, by the rules of Chinese line
 * setting (clreq 禁则): no opening quote or bracket at a line's end, no closing
 * punctuation at a line's start, —— and …… never split, a Latin word or a
 * number kept whole. Satori breaks a line anywhere it likes, so the card draws
 * the lines chosen here, each as a line of its own.
 */

/** May not end a line: opening quotes and brackets. */
const OPENING = /[“‘（(《〈「『【〔［{]/u;
/** May not start a line: closing quotes and brackets, pause and stop marks. */
const CLOSING = /[”’）)》〉」』】〕］}，。、：；！？,.:;!?%％·・]/u;
/** Drawn narrower than a Han character: Latin, digits, ASCII signs and spaces. */
const NARROW = /[\u0020-\u007e\u00a0-\u024f]/u;
/** Letters and digits that make one word together. */
const WORD = /[A-Za-z0-9.%]/u;

/** A character's advance in em, close enough to plan lines (Latin erring wide, so a planned line never overflows). */
function advance(char: string): number {
  if (char === ' ') return 0.3;
  return NARROW.test(char) ? 0.62 : 1;
}

/** The headline cut into pieces that may not be split across lines. */
export function breakUnits(text: string): string[] {
  const units: string[] = [];
  let previous = '';
  for (const char of text) {
    const last = units.length - 1;
    const glue =
      last >= 0 &&
      (CLOSING.test(char) || OPENING.test(previous) || (WORD.test(char) && WORD.test(previous)) || (char === previous && /[—…]/u.test(char)) || char === ' ');
    if (glue) units[last] += char;
    else units.push(char);
    previous = char;
  }
  return units;
}

const widthOf = (text: string) => [...text].reduce((sum, char) => sum + advance(char), 0);

/**
 * The headline as lines at most `maxWidth` em wide, in as few lines as the
 * rules allow, as even as possible, preferring to break after a phrase's
 * closing punctuation (”，：) over breaking inside a phrase.
 */
export function headlineLines(text: string, maxWidth: number): string[] {
  const units = breakUnits(text);
  const widths = units.map(widthOf);
  const total = widths.reduce((a, b) => a + b, 0);
  if (total <= maxWidth) return [text];
  const lineWidth = (from: number, to: number) => widths.slice(from, to).reduce((a, b) => a + b, 0);
  // A break after closing punctuation or a space falls between phrases, where an editor breaks a
  // headline: worth some unevenness (costs are squared deviations as a share of the even width).
  const breakBonus = (before: string) => (CLOSING.test(before.slice(-1)) || before.endsWith(' ') ? 0.3 : 0);

  for (let lines = Math.ceil(total / maxWidth); lines <= units.length; lines++) {
    const target = total / lines;
    // best[i][n]: least cost of setting units[0, i) in n lines.
    const best: { cost: number; from: number }[][] = Array.from({ length: units.length + 1 }, () => []);
    best[0]![0] = { cost: 0, from: -1 };
    for (let n = 1; n <= lines; n++) {
      for (let to = 1; to <= units.length; to++) {
        for (let from = 0; from < to; from++) {
          const earlier = best[from]![n - 1];
          const width = lineWidth(from, to);
          if (!earlier || width > maxWidth) continue;
          const cost = earlier.cost + ((width - target) / target) ** 2 - (to < units.length ? breakBonus(units[to - 1]!) : 0);
          if (!best[to]![n] || cost < best[to]![n]!.cost) best[to]![n] = { cost, from };
        }
      }
    }
    if (!best[units.length]![lines]) continue;
    const result: string[] = [];
    for (let to = units.length, n = lines; n > 0; n--) {
      const from = best[to]![n]!.from;
      result.unshift(units.slice(from, to).join('').trim());
      to = from;
    }
    return result;
  }
  return [text];
}
