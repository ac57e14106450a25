import { formatWarning, type IngestReport } from './index.ts';

/** "1 article", "3 articles". */
const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** The desk's summary of one ingest, as plain lines for the terminal. */
export function formatReport(report: IngestReport, outcome: string): string {
  const lines = [
    `${report.file} (${report.encoding}) → edition ${report.edition}${report.header.title ? ` (${report.header.title})` : ''}`,
    `${count(report.articles.length, 'article')}:`,
    ...report.articles.map(
      (a, i) =>
        `  ${i + 1}. ${a.slug}${a.reusedSlug ? ' (published slug kept)' : ''}  ${a.headline}  [${count(a.paragraphs, 'paragraph')}, ${count(a.subheads, 'subhead')}, ${count(a.figures, 'figure')}]`,
    ),
    ...report.headlinesOnly.map((h) => `  headline only, body not on this page: ${h}`),
    `${count(report.joins.length, 'paragraph')} joined across page breaks:`,
    ...report.joins.map((j) => `  lines ${j.lines.join(' + ')}${j.across.length ? ` (across caption at line ${j.across.join(', ')})` : ''}`),
    `${count(report.captions, 'caption')}, ${count(report.credits, 'credit')}`,
    ...(report.warnings.length ? [`${count(report.warnings.length, 'warning')}:`, ...report.warnings.map((w) => `  ! ${formatWarning(w)}`)] : ['no warnings']),
    outcome,
  ];
  return lines.join('\n');
}
