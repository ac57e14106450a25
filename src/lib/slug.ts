import { pinyin } from 'pinyin-pro';

const MAX_SYLLABLES = 6;
/** Punctuation that ends the "first words" of a headline (：，“ and the like). */
const PHRASE_END = /[\p{P}\p{S}\s]/u;

/**
 * A stable ASCII slug from the first words of a Chinese text: the toned-less
 * pinyin of its first characters, one syllable per hyphenated part
 * (拱墅开局：… → gong-shu-kai-ju). Latin letters and digits are kept as they are.
 * Used once when an article is first ingested; published slugs are then kept.
 */
export function pinyinSlug(text: string, maxSyllables = MAX_SYLLABLES): string {
  const head = firstPhrase(text);
  const syllables = pinyin(head, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true })
    .flatMap((part) => part.toLowerCase().split(/[^a-z0-9]+/u))
    .filter((part) => part !== '')
    .slice(0, maxSyllables);
  return syllables.join('-');
}

function firstPhrase(text: string): string {
  let end = 0;
  for (const char of text) {
    if (PHRASE_END.test(char)) {
      if (end >= 2) break;
      end += char.length;
      continue;
    }
    end += char.length;
  }
  return text.slice(0, end);
}

/**
 * Hands out unique slugs from bases, remembering the next free suffix of each
 * base, so many equal bases (a long article's repeated subheads) cost linear time.
 */
export function slugAllocator(taken: Iterable<string> = []): (base: string) => string {
  const used = new Set(taken);
  const nextSuffix = new Map<string, number>();
  return (base) => {
    let slug = base;
    if (used.has(base)) {
      let n = nextSuffix.get(base) ?? 2;
      while (used.has(`${base}-${n}`)) n++;
      nextSuffix.set(base, n + 1);
      slug = `${base}-${n}`;
    }
    used.add(slug);
    return slug;
  };
}

/** Returns `base`, or `base-2`, `base-3`, … : the first not in `taken`. */
export function uniqueSlug(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}
