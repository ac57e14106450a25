/**
 * Bylines in the forms Chinese papers print them: on a line of their own
 * (■张三, 本报记者 张三 通讯员 李四, 文/张三 图/李四, ——记者 张三, （记者 张三）)
 * or inline at the start of the first paragraph (本报讯（记者 张三）…,
 * 新华社北京3月5日电（记者 张三）…). Role words are not names; a two-character
 * name set with a space to line up with three-character names (王 蓉) is one name.
 */

/** Decorative marks papers set before a byline. */
const MARKS = '■□◎●▲◆★☆○◇△▼◆';
const LEADING_MARK = new RegExp(`^[${MARKS}]\\s*`, 'u');
/** A byline line is short; anything longer is text. */
export const MAX_BYLINE_LENGTH = 48;

/**
 * Role words that stand before names. Any word ending in one of the role
 * nouns counts (人民日报记者, 本报驻京记者, 新华社特约记者), so a paper's own
 * name never becomes an author.
 */
const ROLE_NOUN = '(?:记者|通讯员|评论员|实习生|见习生|撰稿人?|摄影师?|摄像|主持人|拍摄者|摄影者)';
const ROLE_WORD = new RegExp(`^[^\\s/／|｜:：]{0,6}?${ROLE_NOUN}$`, 'u');
/** One-character roles, always followed by a separator or a name: 文/张三, 图：李四, 文图｜王五. */
const SHORT_ROLE = /^(?:文|图|文图|图文|文\/图|摄|作者|口述|执笔|撰文|摄影|图片|视频|翻译|译|编译|整理|策划|统筹|制图|设计|插画)$/u;
/** Words after names: 张三 摄, 李四 报道, 王五 文/图. */
const TRAILING_ROLE = /^(?:摄|摄影|报道|摄影报道|文|图|文\/图|文图|整理|执笔|采写|供图|发|编译|综合报道|综合)$/u;
/** A name: two to four Han characters (five or more with a middle dot, for names like 阿不都·热合曼). */
const NAME = /^(?:[\p{Script=Han}]{2,4}|[\p{Script=Han}]{1,6}[·•][\p{Script=Han}]{1,8})$/u;
const SINGLE_HAN = /^[\p{Script=Han}]$/u;
const SEPARATORS = /[\s、，,;；/／|｜:：]+/u;
/** Tokens of a source note, (《新华每日电讯》2.22 吴晓颖): the paper and the date are not names. */
const SOURCE_TOKEN = /^(?:《[^》]{1,20}》|\d{1,2}[.．月]\d{1,2}日?)$/u;

export interface Byline {
  /** The byline as printed, without a leading mark or dash. */
  byline: string;
  authors: string[];
  /** Set for a byline in brackets, （记者 张三）, which closes an item rather than heading it. */
  closing?: boolean;
}

/**
 * Reads a line as a byline, or returns undefined when it is not one. A
 * line qualifies when it is short, holds no sentence punctuation, and is
 * made only of role words and names, with at least one role word or a
 * leading mark (so a two-word headline is never taken for names).
 */
export function parseBylineLine(text: string): Byline | undefined {
  if (text.length > MAX_BYLINE_LENGTH) return undefined;
  const marked = LEADING_MARK.test(text);
  // The byline as printed, without its mark or dash.
  const byline = text.replace(LEADING_MARK, '').replace(/^(?:——|--|－－|—)\s*/u, '');
  let rest = byline;
  // （记者 张三）on its own line, at an article's end.
  const bracketed = /^[（(](.+)[）)]$/u.exec(rest);
  if (bracketed) rest = bracketed[1]!;
  if (/[。！？!?“”"]/u.test(rest) || (!bracketed && /[《》]/u.test(rest))) return undefined;
  // A dash-led line needs a role word (——记者 张三): ——访宿迁日报总编辑吴中卫 is a subtitle.
  const names = namesIn(rest, { roleRequired: !marked });
  if (names === undefined) return undefined;
  return bracketed ? { byline, authors: names, closing: true } : { byline, authors: names };
}

/**
 * The names in a run of role words and names, or undefined when a token is
 * neither. With `roleRequired`, a run without any role word is not a byline.
 */
export function namesIn(text: string, { roleRequired }: { roleRequired: boolean }): string[] | undefined {
  const tokens = text.replace(/》/gu, '》 ').split(SEPARATORS).filter((token) => token !== '');
  if (tokens.length === 0 || tokens.length > 12) return undefined;
  const names: string[] = [];
  let roles = 0;
  let pendingSingle: string | undefined;
  for (const token of tokens) {
    if (pendingSingle !== undefined) {
      // 王 蓉: two single characters side by side are one two-character name.
      if (!SINGLE_HAN.test(token)) return undefined;
      names.push(pendingSingle + token);
      pendingSingle = undefined;
      continue;
    }
    if (ROLE_WORD.test(token) || SHORT_ROLE.test(token) || TRAILING_ROLE.test(token) || SOURCE_TOKEN.test(token)) {
      roles++;
      continue;
    }
    const split = splitRolePrefix(token);
    if (split) {
      roles++;
      if (split.name === '') continue;
      if (SINGLE_HAN.test(split.name)) {
        pendingSingle = split.name;
        continue;
      }
      const name = stripTrailingRole(split.name);
      if (!NAME.test(name)) return undefined;
      names.push(name);
      if (name !== split.name) roles++;
      continue;
    }
    if (SINGLE_HAN.test(token)) {
      pendingSingle = token;
      continue;
    }
    const name = stripTrailingRole(token);
    if (!NAME.test(name)) return undefined;
    if (name !== token) roles++;
    names.push(name);
  }
  if (pendingSingle !== undefined) return undefined;
  if (roleRequired && roles === 0) return undefined;
  // A byline naming no one is a role alone (本报评论员, 人民日报记者), not a phrase that repeats one (记者节里话记者).
  if (names.length === 0 && (tokens.length > 2 || tokens.some((token) => (token.match(new RegExp(ROLE_NOUN, 'gu'))?.length ?? 0) > 1))) return undefined;
  return names;
}

/** 本报记者张三 → role 本报记者, name 张三 (roles written together with the name). */
function splitRolePrefix(token: string): { role: string; name: string } | undefined {
  const match = new RegExp(`^([^\\s]{0,6}?${ROLE_NOUN})(.*)$`, 'u').exec(token);
  if (!match) return undefined;
  const name = match[2]!;
  // 记者节: a role noun inside a longer word is not a role.
  if (!NAME.test(stripTrailingRole(name)) && !SINGLE_HAN.test(name)) return undefined;
  return { role: match[1]!, name };
}

/** 张三摄 → 张三; 李四报道 → 李四. */
function stripTrailingRole(token: string): string {
  const match = /^(.{2,4}?)(摄影报道|摄影|报道|摄|整理|采写|执笔)$/u.exec(token);
  return match && NAME.test(match[1]!) ? match[1]! : token;
}

/**
 * A dateline with an inline byline at the start of a paragraph:
 * 本报讯（记者 张三 通讯员 李四）, 本报杭州3月5日讯（记者 张三）,
 * 新华社北京3月5日电（记者 张三、李四）, 本报北京3月4日电 记者王珂报道：.
 * The dateline stays in the text; the names are the authors.
 */
const DATELINE = /^(?:【[^】]{2,30}】|本报讯|本报[^\s，,。（(]{1,16}?[电讯]|(?:据)?(?:新华社|中新社|人民网|央视网|中国新闻社|新华网)[^\s，,。（(]{0,16}?电|(?:据)?(?:美联社|路透社|法新社|共同社|塔斯社|合众国际社|德新社|埃菲社|安莎社|韩联社|美联社)[^\s，,。（(]{0,12}?(?:电|报道|消息)[，,:：\s])/u;
const INLINE_BRACKET = /^[\s]*[（(]([^（()）]{1,60})[）)]/u;
const INLINE_REPORTED = /^[\s]*((?:[^\s，。]{0,8}?记者\s*[\p{Script=Han}·]{2,8}(?:[、\s]+[\p{Script=Han}·]{2,8})*)\s*)报道[:：]/u;

/** True when a paragraph opens with a dateline (本报讯, 新华社…电), the mark of a news item's first paragraph. */
export function startsWithDateline(text: string): boolean {
  return DATELINE.test(text);
}

/** The authors named in a paragraph's opening dateline, or undefined when it names none. */
export function inlineByline(paragraph: string): Byline | undefined {
  // Every pattern here is anchored at the start and bounded, so a long paragraph costs no more than a short one.
  const dateline = DATELINE.exec(paragraph);
  const after = dateline ? paragraph.slice(dateline[0].length) : paragraph;
  const bracket = INLINE_BRACKET.exec(after);
  if (bracket && (dateline || bracket.index === 0)) {
    const names = namesIn(bracket[1]!, { roleRequired: true });
    if (names && names.length > 0) return { byline: bracket[1]!, authors: names };
  }
  const reported = dateline ? INLINE_REPORTED.exec(after) : null;
  if (reported) {
    const names = namesIn(reported[1]!.replace(/\s+$/u, ''), { roleRequired: true });
    if (names && names.length > 0) return { byline: reported[1]!.trim(), authors: names };
  }
  return undefined;
}
