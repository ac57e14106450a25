/**
 * A hand-made reading of content/source/newspaper-page.txt: what each
 * non-empty line of the printed page is. The build tests check the site
 * against this, so the labels come from a person reading the page, not from
 * the ingest code under test.
 */
export const PAGE_LABELS = {
  articles: [
    {
      headline: 3,
      standfirst: [5, 7, 9],
      byline: 11,
      subheads: [13, 37, 59],
      captions: [21, 31],
      credits: [73],
      lastLine: 73,
    },
    { headline: 75, standfirst: [], byline: 77, subheads: [], captions: [105], credits: [105], lastLine: 105 },
    { kicker: 107, headline: 109, standfirst: [], byline: 111, subheads: [], captions: [], credits: [], lastLine: 131 },
  ],
  /** The fourth item: kicker and headline, its body not on the page. */
  headlineOnly: { kicker: 133, headline: 135 },
  /** Paragraphs the page broke, as the lines of their pieces. */
  joins: [
    [17, 23],
    [27, 33],
    [41, 43],
    [51, 53],
    [81, 83],
    [85, 87],
    [91, 93],
    [99, 101],
    [115, 117],
    [119, 121],
    [123, 125],
    [127, 129],
  ],
} as const;
