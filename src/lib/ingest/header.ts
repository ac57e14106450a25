/**
 * The page header and page furniture: the lines a printed page carries about
 * itself (the paper's name, the date, 第13版：秀洲新闻, 责任编辑…), read into the
 * edition's metadata. They are never text of an article.
 */

export interface PageHeader {
  /** The paper's name (嘉兴日报). */
  paper?: string;
  /** The printed date, YYYY-MM-DD. */
  date?: string;
  /** The page label between 第 and 版, as printed (13, A03). */
  page?: string;
  /** The section printed with the page label (秀洲新闻). */
  section?: string;
}

const MAX_HEADER_LINE = 60;
const PAPER = /(?:^|\s|《\s*)(参考消息|[\p{Script=Han}]{2,10}(?:日报|晚报|早报|晨报|时报|商报|都市报|法制报|法治报|青年报|工人报|农民报|经济报|科技报|导报|快报|周报|周刊|新闻报|报))(?=\s|$|第|[0-9０-９]|\s*》)/u;
const WEEKDAY = /星期[一二三四五六日天]|周[一二三四五六日]/u;
const DATE_ARABIC = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/u;
const DATE_NUMERIC = /(?:^|\D)(\d{4})[-./](\d{1,2})[-./](\d{1,2})(?!\d)/u;
const DATE_HAN = /([〇○零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日/u;
const PAGE = /(?:当前版[:：]\s*)?第?\s*([A-Za-zＡ-Ｚａ-ｚ]?[0-9０-９]{1,5}|[一二三四五六七八九十]{1,3})\s*版(?:[\s:：（(【]+([\p{Script=Han}A-Za-z·](?:[\p{Script=Han}A-Za-z0-9·\s]{0,12}[\p{Script=Han}A-Za-z0-9·])?)[）)】]?)?/u;
/** Page furniture: credits of the page's editors, contact lines, issue numbers. */
const FURNITURE = /^(?:(?:责任编辑|责编|编辑|版式设计|版式|美编|美术编辑|校对|审读|组版|制图|值班编委|值班主任|本版编辑|新闻热线|读者热线|电话|投稿邮箱|电子信箱|邮箱|E-?mail)\s*[:：\s]|国内统一连续出版物号|CN\s?\d|邮发代号|农历|今日\d+版|本期\d+版)/iu;

/** The header fields one line states, or undefined when the line is not header or furniture. */
export function headerFields(text: string): PageHeader | undefined {
  if (text.length > MAX_HEADER_LINE || /[。！？]/u.test(text)) return undefined;
  if (FURNITURE.test(text)) return {};
  const fields: PageHeader = {};
  let rest = text;
  const date = findDate(rest);
  if (date) {
    fields.date = date.iso;
    rest = rest.replace(date.text, ' ');
  }
  rest = rest.replace(WEEKDAY, ' ').replace(/农历[\p{Script=Han}]{2,8}/u, ' ').replace(/^(?:发布日期|出版日期|日期)[:：]/u, ' ');
  const page = PAGE.exec(rest);
  if (page && /版/u.test(page[0])) {
    fields.page = normalizeWidth(page[1]!);
    if (page[2] && !/^(?:星期|周)/u.test(page[2])) fields.section = page[2];
    rest = rest.replace(page[0], ' ');
  }
  const paper = PAPER.exec(` ${rest} `);
  if (paper) {
    fields.paper = paper[1]!;
    rest = rest.replace(paper[1]!, ' ');
  }
  // Every character of a header line must be accounted for (a weekday, spaces, brackets, separators).
  const leftover = rest.replace(/[\s:：|｜·•\-—－_/（）()【】[\]，,《》]/gu, '');
  if (leftover !== '' || Object.keys(fields).length === 0) return undefined;
  return fields;
}

/** True for furniture lines (责任编辑…, 电话…) wherever they stand. */
export function isFurniture(text: string): boolean {
  return text.length <= MAX_HEADER_LINE && FURNITURE.test(text);
}

function findDate(text: string): { iso: string; text: string } | undefined {
  const arabic = DATE_ARABIC.exec(text) ?? DATE_NUMERIC.exec(text);
  if (arabic) {
    const iso = isoDate(Number(arabic[1]), Number(arabic[2]), Number(arabic[3]));
    return iso ? { iso, text: arabic[0] } : undefined;
  }
  const han = DATE_HAN.exec(text);
  if (han) {
    const iso = isoDate(Number([...han[1]!].map(hanDigit).join('')), hanNumber(han[2]!), hanNumber(han[3]!));
    return iso ? { iso, text: han[0] } : undefined;
  }
  return undefined;
}

const hanDigit = (c: string) => ('〇○零'.includes(c) ? 0 : '一二三四五六七八九'.indexOf(c) + 1);

function hanNumber(text: string): number {
  const digit = (c: string | undefined) => (c === undefined ? 0 : '零一二三四五六七八九'.indexOf(c));
  if (text === '十') return 10;
  const [a, b, c] = [...text];
  if (a === '十') return 10 + digit(b);
  if (b === '十') return digit(a) * 10 + digit(c);
  return digit(a);
}

/** A real calendar date as YYYY-MM-DD, or undefined (2026-13-45 is no date). */
export function isoDate(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (year < 1800 || year > 2200 || date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Checks a YYYY-MM-DD string names a real day. */
export function isValidIsoDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(text);
  return match !== null && isoDate(Number(match[1]), Number(match[2]), Number(match[3])) === text;
}

function normalizeWidth(text: string): string {
  return text.replace(/[Ａ-Ｚａ-ｚ０-９]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** The edition's printed name: 2026年3月5日 第13版 秀洲新闻 (only the parts the header gives). */
export function editionTitle(header: PageHeader): string | undefined {
  const parts = [
    header.date ? `${Number(header.date.slice(0, 4))}年${Number(header.date.slice(5, 7))}月${Number(header.date.slice(8, 10))}日` : undefined,
    header.page ? `第${header.page}版` : undefined,
    header.section,
  ].filter((part): part is string => part !== undefined);
  return parts.length === 0 ? undefined : parts.join(' ');
}
