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

/** What an article shows as its byline: the printed one, else the names a dateline or credits gave; '' when none. */
export function bylineText(data: { byline?: string | undefined; authors: readonly string[] }): string {
  return data.byline ?? data.authors.join(' ');
}

/**
 * The byline as printed, cut into plain text and the authors' names, so the
 * names can be linked. A name may be printed with a space inside (王 蓉 for 王蓉).
 */
export function bylineParts(byline: string, authors: readonly string[]): BylinePart[] {
  const parts: BylinePart[] = [];
  let rest = byline;
  for (const author of authors) {
    const pattern = new RegExp([...author].map((c) => c.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('[\\s\u3000]*'), 'u');
    const match = pattern.exec(rest);
    if (!match) continue;
    const at = match.index;
    if (at > 0) parts.push({ text: rest.slice(0, at) });
    parts.push({ text: match[0], author });
    rest = rest.slice(at + match[0].length);
  }
  if (rest !== '') parts.push({ text: rest });
  return parts;
}
