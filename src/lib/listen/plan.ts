/**
 * What 听新闻 reads, in which order, and in which voice. The reading plan is
 * what a news app's read-aloud does: the headline group (kicker, headline,
 * subtitle), the standfirst, then the body's paragraphs and subheads as
 * printed. Left out: byline and meta line (who wrote it is on the screen),
 * photo captions and credits (they describe a picture the listener cannot
 * see, and would break the text's thread), the contents and the footer.
 * Standard DOM calls only, so the build tests run it on the built pages.
 */

/** The elements read, in document order: querySelectorAll returns them so. */
export const READ_SELECTOR = '.article > header hgroup > *, .article > header .standfirst p, .article-body > h2, .article-body > p:not(.credit)';

export interface ReadItem {
  element: Element;
  /** The printed text (a paragraph's own link is empty, so it adds nothing). */
  text: string;
}

/** The article's reading plan: every element to read with its text; empty ones skipped. */
export function readingPlan(root: ParentNode): ReadItem[] {
  return [...root.querySelectorAll(READ_SELECTOR)]
    .map((element) => ({ element, text: (element.textContent ?? '').replace(/\s+/gu, ' ').trim() }))
    .filter((item) => item.text !== '');
}

/** At most this many characters an utterance: some voices stop after about 15 seconds of one. */
const MAX_CHUNK = 80;

/**
 * A paragraph cut into the sentences a voice is given one at a time, at
 * 。！？；… with any closing quote; a sentence longer than 80 characters is cut
 * again after a comma. Joined, the chunks are the text.
 */
export function sentences(text: string): string[] {
  const parts = text.match(/[^。！？；!?;…]*(?:[。！？；!?;…]+[”’」』）)]*|$)/gu)?.filter((part) => part !== '') ?? [];
  return parts.flatMap((part) => {
    if (part.length <= MAX_CHUNK) return [part];
    const clauses: string[] = [];
    let current = '';
    for (const clause of part.match(/[^，、：,:]*[，、：,:]?/gu)!.filter((c) => c !== '')) {
      if (current !== '' && current.length + clause.length > MAX_CHUNK) {
        clauses.push(current);
        current = '';
      }
      current += clause;
    }
    if (current !== '') clauses.push(current);
    return clauses;
  });
}

/** A page in Traditional characters, by its lang: zh-Hant, zh-TW, zh-HK, zh-MO. */
export const isTraditional = (pageLang: string): boolean => /hant|tw|hk|mo/iu.test(pageLang);

/** What a voice offers that choosing needs (SpeechSynthesisVoice has these). */
export interface VoiceLike {
  lang: string;
  localService: boolean;
  default: boolean;
}

/** A Chinese voice's language tag: zh-CN, zh_CN, zh-TW, zh-HK, cmn-Hans-CN, yue-HK… (also in the no-flash snippet, src/lib/theme-init.ts). */
export const CHINESE_VOICE = /^(zh|cmn|yue)/i;
export const isChineseVoice = (voice: { lang: string }): boolean => CHINESE_VOICE.test(voice.lang);

/**
 * The voice for a page: on a Simplified page (lang zh-CN) a mainland voice
 * first, on a Traditional one (zh-Hant) a Taiwan, then Hong Kong voice;
 * any other Chinese voice after those. Among equals, one on this device
 * (localService: the text is not sent anywhere) before a network one, then
 * the browser's default.
 */
export function chooseVoice<V extends VoiceLike>(voices: readonly V[], pageLang: string): V | undefined {
  const traditional = isTraditional(pageLang);
  const order = traditional ? [/^zh[-_]TW|^cmn[-_]Hant/iu, /^zh[-_]HK|^yue/iu, /^zh[-_](CN|Hans)|^cmn/iu] : [/^zh[-_](CN|Hans)|^cmn(?![-_]Hant)/iu, /^zh[-_](SG|MY)/iu, /^zh[-_]TW|^cmn[-_]Hant/iu];
  const rank = (voice: V) => {
    const place = order.findIndex((pattern) => pattern.test(voice.lang));
    return (place === -1 ? order.length : place) * 4 + (voice.localService ? 0 : 2) + (voice.default ? 0 : 1);
  };
  return voices.filter(isChineseVoice).sort((a, b) => rank(a) - rank(b))[0];
}
