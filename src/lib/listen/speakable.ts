/**
 * The text a speech voice is given for a printed paragraph (听新闻): numbers,
 * dates and Latin abbreviations rewritten the way a newsreader says them, the
 * Chinese left exactly as printed. Voices read bare digits and capitals
 * unevenly (2026年 as 两千零二十六年, CBD as one word), so the page reads
 * them out itself:
 *
 * - 2026年 → 二〇二六年 (a year of four digits, also in 2021—2025年);
 * - 5% → 百分之五, 56.9% → 百分之五十六点九, 5%—8% → 百分之五至百分之八;
 * - 803 → 八百零三, 2.3万 → 二点三万, 10万 → 十万, 2亿元 → 两亿元, 3月1日 → 三月一日;
 * - 5—8, 5-8, 5~8 between numbers → 至; 9:30 → 九点三十分; 1,000 → 一千;
 * - 5+X → 五加X (+ is read 加 everywhere);
 * - CBD → C B D: a run of two to four capitals is spelt letter by letter
 *   (longer ones are usually read as words); single letters and lower-case
 *   words are left to the voice;
 * - a code of three or more digits beside Latin letters (115X) and numbers
 *   of three digits or more starting with 0, or of eight digits and more
 *   (phone numbers), digit by digit; 3月02日 → 三月二日;
 * - 1992-10-13, 1992/10/13, 1992.10.13 → 一九九二年十月十三日;
 * - full-width digits and letters (２０２６, ＣＢＤ) are read as their ASCII forms.
 *
 * With `traditional`, the characters it adds are the Traditional forms
 * (兩, 萬, 億, 點), for a zh-TW or zh-HK voice on a Traditional page.
 */

const DIGITS = '〇一二三四五六七八九';
const ZERO = '零';
/** Measure words after which a lone 2 is said 两 (2个, 2年, 2亿元), not 二 (2月, 第2). */
const LIANG_BEFORE = /^[个年亿億万萬千百名人位家户只条项次天岁倍种台辆座亩套栋所场架件本张批轮元周吨米克斤升]/u;

interface Options {
  traditional?: boolean;
}

/** A whole number as Chinese numerals: 803 → 八百零三, 10 → 十, 12000 → 一万两千. */
export function cardinal(digits: string): string {
  const value = digits.replace(/^0+(?=\d)/u, '');
  if (value === '0') return ZERO;
  // Groups of four from the right: units, 万, 亿 (and 万亿 beyond).
  const groups: string[] = [];
  for (let end = value.length; end > 0; end -= 4) groups.unshift(value.slice(Math.max(0, end - 4), end));
  const bigUnits = ['', '万', '亿', '万亿'];
  let out = '';
  let zeroPending = false;
  groups.forEach((group, index) => {
    const unit = bigUnits[groups.length - 1 - index] ?? '';
    const number = Number(group);
    if (number === 0) {
      zeroPending = out !== '';
      return;
    }
    if (out !== '' && (zeroPending || group.length === 4 && group.startsWith('0'))) out += ZERO;
    // 2万, 2亿: 两万, 两亿.
    out += (number === 2 && unit !== '' ? '两' : smallCardinal(String(number), out === '')) + unit;
    zeroPending = false;
  });
  return out;
}

/** 1–9999: 十 at the start is said without 一 (十六, not 一十六); 2 before 千 is 两. */
function smallCardinal(group: string, leading: boolean): string {
  const units = ['千', '百', '十', ''];
  const padded = group.padStart(4, '0');
  let out = '';
  let zero = false;
  for (let i = 0; i < 4; i++) {
    const digit = Number(padded[i]);
    if (digit === 0) {
      zero = out !== '';
      continue;
    }
    if (zero) out += ZERO;
    zero = false;
    const unit = units[i]!;
    const word = digit === 2 && unit === '千' ? '两' : DIGITS[digit]!;
    out += leading && out === '' && unit === '十' && digit === 1 ? '' : word;
    out += unit;
  }
  return out;
}

/** Digit by digit: 2026 → 二〇二六, 115 → 一一五. */
export function digitByDigit(digits: string): string {
  return [...digits].map((digit) => DIGITS[Number(digit)]).join('');
}

/** A number as printed (digits, maybe a decimal point): 56.9 → 五十六点九. */
function number(text: string): string {
  const [whole, fraction] = text.split('.');
  // 03 is 三 (3月02日, 第03版); 0573 and numbers of eight digits and more are codes and phone numbers.
  const integer = /^0\d{2}|^\d{8,}$/u.test(whole!) ? digitByDigit(whole!) : cardinal(whole!);
  return fraction === undefined ? integer : `${integer}点${digitByDigit(fraction).replaceAll('〇', ZERO)}`;
}

const NUM = String.raw`\d+(?:\.\d+)?`;
const DASH = String.raw`\s*[-–—~～]\s*`;

/** Rewrites one paragraph's text for a voice; see the module comment for what changes. */
export function speakable(text: string, { traditional = false }: Options = {}): string {
  let out = text
    // Full-width ASCII (０-９, Ａ-Ｚ, ％, ＋, ．) as ASCII.
    .replace(/[\uFF05\uFF0B\uFF0E\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    // Thousands separators: 1,000 → 1000.
    .replace(/(?<=\d),(?=\d{3}(?!\d))/gu, '')
    // Dates written with - / . : 1992-10-13 → 1992年10月13日 (then read as below).
    .replace(/(?<![\d.])([12]\d{3})([-/.])(\d{1,2})\2(\d{1,2})(?![\d.])/gu, '$1年$3月$4日')
    // Years and year ranges: 2026年, 2021—2025年.
    .replace(new RegExp(String.raw`(?<!\d)([12]\d{3})(?:${DASH}([12]\d{3}))?(?=\s*年)`, 'gu'), (_m, from: string, to?: string) =>
      to ? `${digitByDigit(from)}至${digitByDigit(to)}` : digitByDigit(from),
    )
    // Percentages and their ranges: 5%, 56.9%, 5%—8%, 5—8%.
    .replace(new RegExp(String.raw`(${NUM})%?(?:${DASH}(${NUM}))?\s*[%‰]`, 'gu'), (match, from: string, to?: string) => {
      const per = match.endsWith('‰') ? '千分之' : '百分之';
      // 100% is 百分之百, as it is said.
      const amount = (n: string) => (n === '100' ? '百' : number(n));
      return to ? `${per}${amount(from)}至${per}${amount(to)}` : `${per}${amount(from)}`;
    })
    // Times: 9:30 → 九点三十分.
    .replace(/(?<!\d)(\d{1,2})[:：](\d{2})(?!\d)/gu, (_m, hour: string, minute: string) => `${cardinal(hour)}点${minute === '00' ? '' : `${minute.startsWith('0') ? ZERO : ''}${cardinal(minute)}分`}`)
    // Ranges between numbers: 5—8 → 5至8 (digits converted below).
    .replace(new RegExp(String.raw`(?<=\d)${DASH}(?=\d)`, 'gu'), '至')
    // Codes: three or more digits touching Latin letters, read digit by digit (115X).
    .replace(/(?<![\d.])\d{3,}(?=[A-Za-z])|(?<=[A-Za-z])\d{3,}(?![\d.])/gu, (digits) => digitByDigit(digits))
    // Temperatures.
    .replace(/(\d)\s*℃/gu, '$1摄氏度')
    .replaceAll('+', '加')
    // Every other number; a lone 2 before a measure word is 两.
    .replace(/\d+(?:\.\d+)?/gu, (digits, offset: number, whole: string) => {
      const before = whole[offset - 1] ?? '';
      const after = whole.slice(offset + digits.length);
      if (digits === '2' && before !== '第' && LIANG_BEFORE.test(after)) return '两';
      return number(digits);
    })
    // Abbreviations of two to four capitals, spelt out: CBD → C B D.
    .replace(/(?<![A-Za-z])[A-Z]{2,4}(?![A-Za-z])/gu, (letters) => [...letters].join(' '))
    .trim();
  if (traditional) out = out.replace(/[两万亿点]/gu, (c) => ({ 两: '兩', 万: '萬', 亿: '億', 点: '點' })[c]!);
  return out;
}
