/**
 * Desk overrides: a small markup the web desk may put at the start of a line
 * when the page's own signals cannot decide. Ingest obeys it and strips the
 * mark; the rest of the line is kept exactly.
 *
 *   # 标题           the headline: starts a new item
 *   #引 引题文字      the kicker (引题) above the headline
 *   #副 副题文字      the subtitle (副题) below the headline
 *   ## 小标题         a subhead inside the article
 *   ■张三            a byline (the mark papers print; what follows is read as names)
 *   #图 说明 张三 摄   a photo caption (a credit at its end is split off)
 *   #段 段落文字      a body paragraph: never a title, caption or byline
 *   #续 段落后半      continues the paragraph above (a page break inside it)
 *
 * Every mark starts with # and a space or one of 引副图段续, so printed text
 * (which never starts that way) cannot trigger one; #话题# is not a mark.
 */

export type Forced = 'headline' | 'kicker' | 'subtitle' | 'subhead' | 'caption' | 'paragraph' | 'continuation';

export interface Marked {
  forced: Forced;
  /** The line without its mark. */
  text: string;
}

const FORMS: [RegExp, Forced][] = [
  [/^##\s+/u, 'subhead'],
  [/^#引\s+/u, 'kicker'],
  [/^#副\s+/u, 'subtitle'],
  [/^#\s+/u, 'headline'],
  [/^#图\s+/u, 'caption'],
  [/^#段\s+/u, 'paragraph'],
  [/^#续\s+/u, 'continuation'],
];

/** The desk's mark on a line, or undefined for an unmarked line. */
export function readMarkup(text: string): Marked | undefined {
  for (const [form, forced] of FORMS) {
    const match = form.exec(text);
    if (match && match[0].length < text.length) return { forced, text: text.slice(match[0].length) };
  }
  return undefined;
}
