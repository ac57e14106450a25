import { pinyinSlug, uniqueSlug } from './slug.ts';

/**
 * Author page slugs, from the names in the order they first appeared
 * (oldest edition first): a later namesake in pinyin gets the suffix, so a
 * published author URL never changes when new people join.
 */
export function authorSlugs(namesInOrderOfAppearance: string[]): Map<string, string> {
  const slugs = new Map<string, string>();
  const taken = new Set<string>();
  for (const name of namesInOrderOfAppearance) {
    if (slugs.has(name)) continue;
    const slug = uniqueSlug(pinyinSlug(name, 12) || 'author', taken);
    slugs.set(name, slug);
    taken.add(slug);
  }
  return slugs;
}

export interface BylinePart {
  text: string;
  /** Set when this part is an author's name. */
  author?: string;
}

/** The byline as printed, cut into plain text and the authors' names, so the names can be linked. */
export function bylineParts(byline: string, authors: readonly string[]): BylinePart[] {
  const parts: BylinePart[] = [];
  let rest = byline;
  for (const author of authors) {
    const at = rest.indexOf(author);
    if (at === -1) continue;
    if (at > 0) parts.push({ text: rest.slice(0, at) });
    parts.push({ text: author, author });
    rest = rest.slice(at + author.length);
  }
  if (rest !== '') parts.push({ text: rest });
  return parts;
}
