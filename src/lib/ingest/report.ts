import type { IngestReport } from './index.ts';

/** The desk's summary of one ingest, as plain lines for the terminal. */
export function formatReport(report: IngestReport, outcome: string): string {
  const lines = [
    `${report.file} (${report.encoding}) → edition ${report.edition}`,
    `${report.articles.length} article${report.articles.length === 1 ? '' : 's'}:`,
    ...report.articles.map(
      (a, i) =>
        `  ${i + 1}. ${a.slug}${a.reusedSlug ? ' (published slug kept)' : ''}  ${a.headline}  [${a.paragraphs} paragraphs, ${a.subheads} subheads, ${a.figures} figures]`,
    ),
    ...report.headlinesOnly.map((h) => `  headline only, body not on this page: ${h}`),
    `${report.joins.length} paragraph${report.joins.length === 1 ? '' : 's'} joined across page breaks:`,
    ...report.joins.map((j) => `  lines ${j.lines.join(' + ')}${j.across.length ? ` (across caption at line ${j.across.join(', ')})` : ''}`),
    `${report.captions} caption${report.captions === 1 ? '' : 's'}, ${report.credits} credit${report.credits === 1 ? '' : 's'}`,
    ...(report.warnings.length ? [`${report.warnings.length} warning${report.warnings.length === 1 ? '' : 's'}:`, ...report.warnings.map((w) => `  ! ${w}`)] : ['no warnings']),
    outcome,
  ];
  return lines.join('\n');
}
