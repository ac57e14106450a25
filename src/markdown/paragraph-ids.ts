import { defineHastPlugin, type Data } from 'satteri';

/**
 * Gives each top-level body paragraph a stable id, p-1, p-2, … in reading
 * order, so a reader can link to one paragraph. The article's standfirst
 * (frontmatter) is rendered above the body and numbered first, so the body
 * counts on from it. A factory, so the count starts afresh for every file.
 */
export function paragraphIds() {
  let count: number | undefined;
  return defineHastPlugin({
    name: 'paragraph-ids',
    element: {
      filter: ['p'],
      visit(node, ctx) {
        if (ctx.parent(node).type !== 'root') return;
        count = (count ?? standfirstLength(ctx.data)) + 1;
        ctx.setProperty(node, 'id', `p-${count}`);
      },
    },
  });
}

function standfirstLength(data: Data): number {
  const standfirst = (data as { astro?: { frontmatter?: { standfirst?: unknown } } }).astro?.frontmatter?.standfirst;
  return Array.isArray(standfirst) ? standfirst.length : 0;
}
