/**
 * Photo captions and credits in the forms Chinese papers print them:
 * 图片由…提供, 张三 摄, （新华社记者 张三 摄）, 资料图片, 新华社发, 图为…,
 * a caption and its credit on one line, or a credit alone.
 */
import { namesIn } from './byline.ts';

/** Longest line read as a caption or a credit. */
export const MAX_CAPTION_LENGTH = 600;
/** Longest credit. */
const MAX_CREDIT_LENGTH = 48;

const CREDIT_FORMS: RegExp[] = [
  // 图片由拱墅区委宣传部提供
  /(图片由\S[^。！？]{0,40}?提供)$/u,
  // （新华社记者 张三 摄）, (资料图片), （受访者供图）, （新华社发）
  /([（(](?:[^（()）。！？]{0,40}(?:摄|摄影|供图|资料图片|图片|视觉中国|(?:社|网|报)发)|图片?由[^（()）。！？]{1,30}提供)[）)])$/u,
  // 本报记者 张三 摄, 张三 摄, 新华社记者 李四 摄 (after a space, or alone on the line)
  // (an editor's code such as ③2 may stand before it)
  /(?:^|\s|(?<=[。！？!?”」]))((?:[①-⑳]\d{0,2}\s*)?(?:[^\s。！？，,]{0,12}(?:记者|通讯员|实习生|摄影师?)\s*)?[\p{Script=Han}·]{1,8}(?:[\s、][\p{Script=Han}·]{1,8}){0,5}\s*(?:摄影报道|摄|摄影|供图))$/u,
  // 资料图片, 新华社发, 图片来源：…, 来源：视觉中国
  /(?:^|\s)(资料图片|[\p{Script=Han}]{2,8}供图|新华社发|中新社发|(?:图片)?来源[:：]\S{2,30})$/u,
  // 本版插画 张三 设计 李四: the page's illustration and design credits
  /^((?:本版)?(?:插画|插图|漫画|制图|图表)\S{0,4}?[<‹\s:：]\s*[\p{Script=Han}·]{2,8}(?:\s+(?:设计|制图|美编)[<‹\s:：]\s*[\p{Script=Han}·]{2,8})*)$/u,
];

/** Lines that open a caption: 图为…, 上图：…, 图①…, 题图：… */
const CAPTION_START = /^(?:图为|图[：:]|上图[：:为]|下图[：:为]|左图[：:为]|右图[：:为]|中图[：:为]|题图[：:]|组图[：:]|图\s?[①-⑳\d]{1,2}[：:\s]|[①-⑳]\s*[：:]?\s*图为)/u;

/**
 * Splits a line ending with a photo credit into the caption before it, if
 * any, and the credit. Returns undefined when the line has no credit.
 */
export function splitCredit(text: string): { caption?: string; credit: string } | undefined {
  if (text.length > MAX_CAPTION_LENGTH) return undefined;
  // Only the line's tail can hold a credit; looking at it alone keeps this linear.
  const tailStart = Math.max(0, text.length - MAX_CREDIT_LENGTH - 2);
  const tail = text.slice(tailStart);
  for (const form of CREDIT_FORMS) {
    const match = form.exec(tail);
    if (!match) continue;
    const credit = match[1]!;
    if (!isCredit(credit)) continue;
    const before = text.slice(0, text.length - credit.length);
    const caption = before.replace(/\s+$/u, '');
    // A bare credit glued to running text (…由他拍摄) is no credit: it must follow a space or a sentence's end.
    const bracketed = /^(?:图片由|[（(])/u.test(credit);
    if (caption !== '' && !bracketed && !/[\s。！？!?…”」』）)]$/u.test(before)) continue;
    return caption === '' ? { credit } : { caption, credit };
  }
  return undefined;
}

/** A credit names a photographer or source: its names (if any) must read as names. */
function isCredit(credit: string): boolean {
  if (/^图片由/u.test(credit) || /^[（(]/u.test(credit) || /^(?:资料图片|新华社发|中新社发)$/u.test(credit) || /来源[:：]/u.test(credit) || /供图$/u.test(credit)) return true;
  if (/^(?:本版)?(?:插画|插图|漫画|制图|图表)/u.test(credit)) return true;
  const people = credit.replace(/^[①-⑳]\d{0,2}\s*/u, '').replace(/\s*(?:摄影报道|摄影|摄)$/u, '');
  // Written solid (张三摄), only a short name or a role word tells a credit from a phrase (游客赏花摄).
  if (!/\s/u.test(credit)) return /^[\p{Script=Han}]{2,3}$/u.test(people) || namesIn(people, { roleRequired: true }) !== undefined;
  return namesIn(people, { roleRequired: false }) !== undefined;
}

/** True when the line opens as a caption does (图为…, 上图：…). */
export function startsCaption(text: string): boolean {
  return text.length <= MAX_CAPTION_LENGTH && CAPTION_START.test(text);
}

/** The photographers a credit names (新华社记者 张三 摄 → 张三); none for 图片由…提供 or 资料图片. */
export function photographersIn(credit: string): string[] {
  const inner = credit.replace(/^[（(]|[）)]$/gu, '').replace(/^[①-⑳]\d{0,2}\s*/u, '');
  if (!/摄(?:影|影报道)?$/u.test(inner)) return [];
  return namesIn(inner, { roleRequired: false }) ?? [];
}
