/** Longest derived summary, in characters: about two lines of a list on a phone. */
export const SUMMARY_LENGTH = 110;

const SENTENCE = /[^。！？!?…]+(?:[。！？!?]|…+)["'”’」』）)》]*/gu;

/**
 * A summary from an article's lead paragraph: whole sentences as long as they
 * fit in `max` characters; a first sentence longer than that is cut with an ellipsis.
 */
export function deriveSummary(lead: string, max = SUMMARY_LENGTH): string {
  const sentences = lead.match(SENTENCE) ?? [lead];
  let summary = '';
  for (const sentence of sentences) {
    if ((summary + sentence).length > max) break;
    summary += sentence;
  }
  if (summary !== '') return summary;
  return `${[...lead].slice(0, max - 1).join('')}…`;
}
