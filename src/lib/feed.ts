import type { TextBlock } from './ingest/mdx.ts';

const escapeHtml = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/** An article's full text as plain HTML for feed readers: paragraphs, subheads, captions, credits. */
export function articleHtml(standfirst: readonly string[], blocks: readonly TextBlock[]): string {
  const parts = standfirst.map((paragraph) => `<p><strong>${escapeHtml(paragraph)}</strong></p>`);
  for (const block of blocks) {
    switch (block.kind) {
      case 'paragraph':
        parts.push(`<p>${escapeHtml(block.text)}</p>`);
        break;
      case 'subhead':
        parts.push(`<h2>${escapeHtml(block.text)}</h2>`);
        break;
      case 'figure':
        parts.push(`<p><em>${escapeHtml([block.caption, block.credit].filter(Boolean).join(' '))}</em></p>`);
        break;
      case 'credit':
        parts.push(`<p><small>${escapeHtml(block.text)}</small></p>`);
        break;
    }
  }
  return parts.join('');
}
