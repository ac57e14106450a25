/**
 * Writes one synthetic article: titles, byline, paragraphs, subheads and
 * figures, from the templates and the day's vocabulary. Each article has a
 * focus (a town, an organisation, a topic, a person) that its sentences keep
 * naming, as real reports do; every other slot draws a fresh word.
 */
import { BANKS, CITY, COLUMNS, DISTRICT_INSTITUTIONS, DISTRICTS, GOALS, HOSPITALS, OBJECTS, PEOPLE, ROLES, SCHOOLS, TOWN_INSTITUTIONS, VERBS, WORLD_BODIES, WORLD_CITIES, type Domain } from './lexicon.ts';
import type { AuthorPool } from './people.ts';
import { personName } from './people.ts';
import { Random } from './random.ts';
import * as T from './templates.ts';
import { districtOf, seasonal, type Company, type Vocabulary } from './vocabulary.ts';

/** The paper's day an article is written for. */
export interface Day {
  /** 0 for the archive's first day. */
  index: number;
  iso: string;
  year: number;
  month: number;
  day: number;
}

export type DraftBlock = { kind: 'paragraph'; text: string } | { kind: 'subhead'; text: string } | { kind: 'figure'; caption: string; credit: string };

export interface Titles {
  kicker?: string;
  headline: string;
  subtitle?: string;
}

export interface DraftArticle extends Titles {
  /** The byline line as printed, without its ■ mark; absent when the names are in a dateline. */
  byline?: string;
  authors: string[];
  /** 导语: paragraphs between the headline and the byline. */
  standfirst: string[];
  body: DraftBlock[];
}

/** Page kinds: the length of what they print and how it is signed. */
export type Length = 'short' | 'medium' | 'long';

const BODY_MIN = 400;
const BODY_MAX = 3000;
const HEADLINE_MIN_HAN = 8;
const HEADLINE_MAX_HAN = 28;
const HAN = /\p{Script=Han}/gu;
const LOCAL: ReadonlySet<Domain> = new Set(['gov', 'economy', 'agri', 'society', 'education', 'health', 'culture', 'sports']);

interface Focus {
  P: string;
  D: string;
  DS: string;
  O: string;
  T: string;
  T2: string;
  N: string;
  R: string;
  L: string;
  C: Company;
  V: string;
  S: string;
  /** The world page's country and international body. */
  W: string;
  WB: string;
}

export class ArticleWriter {
  readonly #random: Random;
  readonly #vocab: Vocabulary;
  readonly #day: Day;
  readonly #domain: Domain;
  readonly #focus: Focus;
  /** Templates the page has used: neither a report nor its neighbours say the same thing twice while another template is free. */
  readonly #used: Set<string>;
  /** Whether the focus company was named in full yet; later mentions say 该企业 or its short name, as reports do. */
  #companyNamed = false;

  /**
   * `used` is shared by the writers of one page. `district` (an index into
   * DISTRICTS) keeps a district page's reports in that district.
   */
  constructor(random: Random, vocab: Vocabulary, day: Day, domain: Domain, used: Set<string>, district?: number) {
    this.#random = random;
    this.#vocab = vocab;
    this.#day = day;
    this.#domain = domain;
    this.#used = used;
    this.#focus = this.#makeFocus(district);
  }

  /** A whole article of the given length class, signed by writers from the pool. */
  article(authors: AuthorPool, length: Length, options: { standfirst: boolean; figures: boolean }): DraftArticle {
    const r = this.#random;
    const titles = this.titles();
    const team = authors.team(r, r.chance(0.5) ? 1 : r.chance(0.76) ? 2 : 3);
    const { byline, dateline } = this.#signature(team);
    const standfirst = options.standfirst && byline !== undefined ? this.#standfirst() : [];
    const target = length === 'short' ? r.int(BODY_MIN + 50, 800) : length === 'medium' ? r.int(800, 1600) : r.int(1600, BODY_MAX - 300);
    const paragraphs = this.#paragraphs(target, dateline);
    const body: DraftBlock[] = paragraphs.map((text) => ({ kind: 'paragraph', text }));
    if (paragraphs.join('').length > 1500 && this.#domain !== 'essay') this.#addSubheads(body);
    if (options.figures) this.#addFigures(body);
    return { ...titles, ...(byline === undefined ? {} : { byline }), authors: team, standfirst, body };
  }

  /** Kicker (~30%), headline, subtitle (~10%). */
  titles(): Titles {
    const r = this.#random;
    const headline = this.#headline();
    const kicker = this.#domain !== 'world' && r.chance(0.3) ? this.#fill(r.pick(T.KICKERS)) : undefined;
    const subtitle = LOCAL.has(this.#domain) && r.chance(0.1) ? this.#fill(r.pick(T.SUBTITLES)) : undefined;
    return { ...(kicker === undefined || kicker === headline ? {} : { kicker }), headline, ...(subtitle === undefined ? {} : { subtitle }) };
  }

  #headline(): string {
    for (let attempt = 0; attempt < 50; attempt++) {
      const headline = this.#fill(this.#random.pick(T.HEADLINES[this.#domain]));
      const han = headline.match(HAN)?.length ?? 0;
      if (han >= HEADLINE_MIN_HAN && han <= HEADLINE_MAX_HAN && headline.length <= 40) return headline;
    }
    throw new Error(`no ${this.#domain} headline of ${HEADLINE_MIN_HAN}–${HEADLINE_MAX_HAN} Han characters in 50 tries`);
  }

  /** How the writers are printed: a byline line (本报记者 张三 通讯员 李四) or a dateline opening the text (本报讯（记者 张三）). */
  #signature(team: string[]): { byline?: string; dateline?: string } {
    const r = this.#random;
    const [first, ...others] = team as [string, ...string[]];
    const names = team.join(' ');
    if (this.#domain === 'world') {
      const { month, day } = this.#recentDay();
      return { dateline: `新华社${r.pick(WORLD_CITIES)}${month}月${day}日电（记者 ${names}）` };
    }
    if (this.#domain === 'essay' || this.#domain === 'opinion') return { byline: names };
    if (r.chance(0.45)) {
      const inside = others.length > 0 && r.chance(0.6) ? `记者 ${first} 通讯员 ${others.join(' ')}` : `记者 ${names}`;
      return { dateline: `本报讯（${inside}）` };
    }
    const style = r.int(0, 3);
    if (style === 0 && others.length > 0) return { byline: `本报记者 ${first} 通讯员 ${others.join(' ')}` };
    if (style === 1) return { byline: `本报记者 ${names}` };
    if (style === 2) return { byline: `记者 ${names}` };
    return { byline: names };
  }

  #standfirst(): string[] {
    const r = this.#random;
    return Array.from({ length: r.chance(0.7) ? 1 : 2 }, () => this.#sentences(r.int(1, 2)));
  }

  /** Paragraphs until the body reaches `target` characters (never past BODY_MAX). */
  #paragraphs(target: number, dateline: string | undefined): string[] {
    const r = this.#random;
    const first = this.#fill(this.#fresh(T.LEDES[this.#domain])) + this.#sentences(r.int(0, 1));
    const paragraphs = [(dateline ?? '') + first];
    let length = paragraphs[0]!.length;
    while (length < target) {
      const next = this.#sentences(r.int(2, 4));
      if (length + next.length > BODY_MAX - 60 && length >= BODY_MIN) break;
      paragraphs.push(next);
      length += next.length;
    }
    if (LOCAL.has(this.#domain) && r.chance(0.5) && length < BODY_MAX - 80) paragraphs.push(this.#fill(this.#fresh(T.CLOSINGS)));
    return paragraphs;
  }

  #sentences(count: number): string {
    let text = '';
    for (let i = 0; i < count; i++) text += this.#sentence();
    return text;
  }

  /**
   * One sentence: a template of the domain or a general one that the page
   * has not used yet, a sentence composed clause by clause, or a quotation.
   * When the page has used every template of a list, composed sentences
   * take over, so long pages do not repeat themselves.
   */
  #sentence(): string {
    const r = this.#random;
    const domain = this.#domain;
    if (domain === 'world' || domain === 'essay') {
      // These pages have no general templates to fall back on: their own lists, unused ones first, then any.
      const lists = domain === 'world' ? [T.SENTENCES.world, T.WORLD_SHAPES, T.MORE_WORLD_SHAPES] : [T.SENTENCES.essay, T.ESSAY_SHAPES, T.ESSAY_COMPOSED, T.ESSAY_COMPOSED];
      const first = r.int(0, lists.length - 1);
      for (let i = 0; i < lists.length; i++) {
        const template = this.#unused(lists[(first + i) % lists.length]!);
        if (template !== undefined) return this.#fill(template);
      }
      return this.#fill(r.pick(lists[first]!));
    }
    const roll = r.float();
    let template: string | undefined;
    if (roll < 0.36) template = this.#unused(T.SENTENCES[domain]) ?? this.#unused(T.GENERAL);
    else if (roll < 0.62) template = this.#unused(T.GENERAL) ?? this.#unused(T.SENTENCES[domain]);
    else if (roll < 0.85) return this.#composed();
    else return this.#quotation();
    return template === undefined ? this.#composed() : this.#fill(template);
  }

  /** A sentence in one of the shapes of official prose, every part drawn: 在{T}方面，{subject}{predicates}，{result}。 */
  #composed(): string {
    const r = this.#random;
    const object = () => (r.chance(0.5) ? r.pick(OBJECTS) : r.pick(T.OBJECT_MODIFIERS) + r.pick(T.OBJECT_NOUNS));
    const predicate = () => `${r.chance(0.25) ? r.pick(T.ADVERBS) : ''}${r.pick(VERBS)}${object()}`;
    const predicates = () => Array.from({ length: r.int(1, 3) }, predicate).join('，');
    const subject = r.pick(T.SUBJECTS);
    const result = () => r.pick(T.RESULTS);
    let sentence: string;
    switch (r.int(0, 6)) {
      case 0:
        sentence = `${r.pick(T.OPENERS)}，${subject}${predicates()}${r.chance(0.5) ? `，${r.pick(T.TAILS)}` : ''}。`;
        break;
      case 1:
        sentence = `${subject}${r.pick(T.FOCUSES)}，${predicates()}，${result()}。`;
        break;
      case 2: {
        const [a, b] = r.some(T.MEANS, 2) as [string, string];
        sentence = `${subject}通过${a}、${b}等方式，${predicates()}，${result()}。`;
        break;
      }
      case 3:
        sentence = `${r.pick(T.ASPECTS)}，${subject}${predicates()}，${result()}。`;
        break;
      case 4:
        sentence = `${subject}先后${predicate()}、${predicate()}，${result()}。`;
        break;
      case 5:
        sentence = `${r.pick(T.SINCE)}，${subject}已${r.pick(T.COUNTED)}，${result()}。`;
        break;
      default:
        sentence = `${r.pick(T.OPENERS)}，${subject}还${predicate()}，${result()}。`;
    }
    return this.#fill(sentence);
  }

  /** A template of the list the page has not used, or undefined when it has used them all. */
  #unused(list: readonly string[]): string | undefined {
    const start = Math.floor(this.#random.float() * list.length);
    for (let i = 0; i < list.length; i++) {
      const template = list[(start + i) % list.length]!;
      if (!this.#used.has(template)) {
        this.#used.add(template);
        return template;
      }
    }
    return undefined;
  }

  #quotation(): string {
    const r = this.#random;
    const f = this.#focus;
    const main = r.chance(0.6);
    const said = main ? `${f.R}${f.N}` : `${r.pick(PEOPLE)}${personName(r)}`;
    const short = main ? f.N : said;
    const words = [this.#fill(this.#fresh(T.QUOTES))];
    if (r.chance(0.5)) words.push(this.#fill(this.#fresh(T.QUOTES)));
    const quote = words.join('，');
    switch (r.int(0, 4)) {
      case 0:
        return `“${quote}。”${said}说。`;
      case 1:
        return `${said}告诉记者：“${quote}。”`;
      case 2:
        return `“${quote}！”说起这些，${short}笑了。`;
      case 3:
        return `${said}坦言：“${quote}。”`;
      default:
        return `“${quote}。”${short}${r.pick(['对记者说', '感慨道', '告诉记者', '笑着说'])}。`;
    }
  }

  /** Two to four subheads between paragraphs, never before the first; numbered (一、) in some articles. */
  #addSubheads(body: DraftBlock[]): void {
    const r = this.#random;
    const count = Math.min(r.int(2, 4), Math.floor(body.length / 2));
    const numbered = r.chance(0.3);
    const step = body.length / (count + 1);
    const texts = new Set<string>();
    for (let i = count; i >= 1; i--) {
      let text = '';
      // Short, no comma, and not one the article already has.
      for (let attempt = 0; attempt < 20 && (text === '' || text.length > 16 || /[，,；;]/u.test(text) || texts.has(text)); attempt++) text = this.#fill(r.pick(T.SUBHEADS));
      texts.add(text);
      if (numbered) text = `${'一二三四'[i - 1]}、${text}`;
      body.splice(Math.max(1, Math.round(step * i)), 0, { kind: 'subhead', text });
    }
  }

  /** One to three photos, each after a paragraph, with a caption and a credit. */
  #addFigures(body: DraftBlock[]): void {
    const r = this.#random;
    const count = r.chance(0.7) ? 1 : r.chance(0.8) ? 2 : 3;
    for (let i = 0; i < count; i++) {
      const caption = this.#fill(r.pick(T.CAPTIONS));
      const roll = r.float();
      const credit = this.#domain === 'world' ? '新华社发' : roll < 0.5 ? `${personName(r)} 摄` : roll < 0.8 ? `本报记者 ${personName(r)} 摄` : roll < 0.95 ? `图片由${this.#focus.O}提供` : '资料图片';
      // After a paragraph, so a photo never stands between a subhead and its text.
      const after = body.map((block, index) => (block.kind === 'paragraph' && index < body.length - 1 && body[index + 1]!.kind === 'paragraph' ? index : -1)).filter((index) => index >= 0);
      const at = after.length === 0 ? body.length - 1 : r.pick(after);
      body.splice(at + 1, 0, { kind: 'figure', caption, credit });
    }
  }

  /** A template the page has not used yet, if one comes up in a few draws. */
  #fresh(list: readonly string[]): string {
    let template = this.#random.pick(list);
    for (let attempt = 0; attempt < 8 && this.#used.has(template); attempt++) template = this.#random.pick(list);
    this.#used.add(template);
    return template;
  }

  /** Fills every {slot}; slot values that hold slots themselves are filled in turn. */
  #fill(template: string): string {
    return template.replace(/\{(\w+)\}/gu, (_match, key: string) => {
      const value = this.#slot(key);
      return value.includes('{') ? this.#fill(value) : value;
    });
  }

  #slot(key: string): string {
    const r = this.#random;
    const v = this.#vocab;
    const f = this.#focus;
    switch (key) {
      case 'P':
      case 'D':
      case 'DS':
      case 'O':
      case 'T':
      case 'T2':
      case 'N':
      case 'R':
      case 'L':
      case 'V':
      case 'S':
      case 'W':
      case 'WB':
        return f[key];
      case 'C':
        if (!this.#companyNamed) {
          this.#companyNamed = true;
          return f.C.name;
        }
        return r.chance(0.5) ? f.C.short : r.pick(['该企业', '该公司', f.C.name]);
      case 'CI':
        return f.C.industry;
      case 'town':
        return this.#town().name;
      case 'district':
        return r.pick(DISTRICTS).name;
      case 'ds':
        // 全市 / 全区 / 全县: the focus district's own level.
        return f.D.slice(-1);
      case 'org':
        return this.#organisation(r.pick<Domain>(['gov', 'economy', 'society', 'education', 'health', 'culture']));
      case 'gov':
        return `${r.chance(0.5) ? '市' : r.pick(DISTRICTS).name}${r.pick(v.govBodies)}`;
      case 'company':
        return this.#company().name;
      case 'village':
        return this.#village().name;
      case 'landmark':
        return r.pick(v.landmarks);
      case 'topic':
        return r.pick(v.topics[this.#domain]);
      case 'season':
        return r.pick(seasonal(this.#day.month));
      case 'verb':
        return r.pick(VERBS);
      case 'obj':
        return r.pick(OBJECTS);
      case 'goal':
        return r.pick(GOALS);
      case 'people':
        return r.pick(PEOPLE);
      case 'name':
        return personName(r);
      case 'role':
        return r.pick(ROLES);
      case 'industry':
        return r.pick(v.industries);
      case 'bank':
        return r.skewed(BANKS, 2);
      case 'school':
        return r.pick(SCHOOLS);
      case 'hospital':
        return r.pick(HOSPITALS);
      case 'tag':
        return r.pick(T.TAGS);
      case 'fscene':
        return r.pick(T.FACTORY_SCENES);
      case 'rscene':
        return r.pick(T.RURAL_SCENES);
      case 'cscene':
        return r.pick(T.COMMUNITY_SCENES);
      case 'escene':
        return r.pick(T.EVENT_SCENES);
      case 'benefit':
        return r.pick(T.BENEFITS);
      case 'benefit2':
        return r.pick(T.BENEFITS_SHORT);
      case 'metric':
        return r.pick(T.METRICS);
      case 'product':
        return r.pick(T.PRODUCTS);
      case 'crop':
        return r.pick(T.CROPS);
      case 'adv':
        return r.pick(T.ADVERBS);
      case 'dir':
        return r.pick(T.DIRECTIONS);
      case 'action':
        return r.pick(T.ACTIONS);
      case 'tip':
        return r.pick(T.TIPS);
      case 'weekday':
        return r.pick(T.WEEKDAYS);
      case 'memory':
        // Half the memories are put together from parts, so a page of essays does not repeat them.
        return r.chance(0.5) ? r.pick(T.MEMORIES) : '{ewhen}，{ewho}{ewhere}{edoing}';
      case 'saying':
        return r.pick(T.SAYINGS);
      case 'scenery':
        return r.pick(T.SCENERIES);
      case 'column':
        return r.pick(COLUMNS);
      case 'city':
        return r.pick(WORLD_CITIES);
      case 'wbody':
        return r.pick(WORLD_BODIES);
      case 'counted':
        return r.pick(T.COUNTED);
      case 'country':
        return r.pick(T.COUNTRIES);
      case 'official':
        return r.pick(T.OFFICIALS);
      case 'fname':
        return `${r.pick(T.FOREIGN_GIVEN)}·${r.pick(T.FOREIGN_FAMILY)}`;
      case 'judge':
        return r.pick(T.JUDGEMENTS);
      case 'wmetric':
        return r.pick(T.WORLD_METRICS);
      case 'region':
        return r.pick(T.REGIONS);
      case 'ewho':
        return r.pick(T.ESSAY_WHO);
      case 'ewhen':
        return r.pick(T.ESSAY_WHEN);
      case 'ewhere':
        return r.pick(T.ESSAY_WHERE);
      case 'edoing':
        return r.pick(T.ESSAY_DOING);
      case 'esmell':
        return r.pick(T.ESSAY_SMELL);
      case 'esound':
        return r.pick(T.ESSAY_SOUND);
      case 'efeel':
        return r.pick(T.ESSAY_FEELING);
      case 'age':
        return String(r.int(50, 92));
      case 'few':
        return String(r.int(2, 9));
      case 'n':
        return String(r.int(2, 30));
      case 'sofar':
        return String(r.int(2, Math.max(2, this.#day.month - 1)));
      case 'nn':
        return String(r.int(30, 500));
      case 'nnn': {
        const value = r.int(1000, 50000);
        return String(r.chance(0.5) ? Math.round(value / 100) * 100 : value);
      }
      case 'money':
        return r.chance(0.5) ? `${r.int(10, 999) / 10}亿元` : `${r.int(50, 9999)}万元`;
      case 'hipct':
        return `${r.int(850, 999) / 10}%`;
      case 'pct':
        return `${r.chance(0.6) ? r.int(10, 350) / 10 : r.int(2, 60)}%`;
      case 'year':
        return String(this.#day.year);
      case 'lastyear':
        return String(this.#day.year - 1);
      case 'date': {
        const { month, day } = this.#recentDay();
        return `${month}月${day}日`;
      }
      case 'month': {
        const ahead = this.#day.month + r.int(1, 4);
        return ahead > 12 ? `明年${ahead - 12}月` : `${ahead}月`;
      }
      case 'lastmonth':
        return this.#day.month === 1 ? '去年12月' : `${this.#day.month - 1}月`;
      case 'time':
        return r.pick(['上午', '下午', '晚上', '上午', '下午']);
      default:
        throw new Error(`unknown template slot {${key}}`);
    }
  }

  /** The day before the paper's date, or a few days earlier: what reports are about. */
  #recentDay(): { month: number; day: number } {
    const back = this.#random.chance(0.7) ? 1 : this.#random.int(2, 6);
    const date = new Date(Date.UTC(this.#day.year, this.#day.month - 1, this.#day.day - back));
    return { month: date.getUTCMonth() + 1, day: date.getUTCDate() };
  }

  /** A town: most often one the week just opened or a common one, like a paper that follows the news. */
  #town(): { name: string; district: number } {
    return this.#recent(this.#vocab.towns);
  }

  #village(): { name: string; town: string } {
    return this.#recent(this.#vocab.villages);
  }

  #company(): Company {
    return this.#recent(this.#vocab.companies);
  }

  /** Newer words are likelier: a third of draws take one of the last few opened, the rest any. */
  #recent<T>(list: readonly T[]): T {
    const r = this.#random;
    return r.chance(0.3) ? list[list.length - 1 - Math.floor(r.float() * Math.min(list.length, 8))]! : r.pick(list);
  }

  /** An organisation of the domain's kind, in `district` when given (the focus keeps to its own district). */
  #organisation(domain: Domain, district = this.#random.pick(DISTRICTS).name): string {
    const r = this.#random;
    const v = this.#vocab;
    switch (domain) {
      case 'economy':
        return r.chance(0.4) ? r.skewed(BANKS, 2) : `${r.chance(0.5) ? '市' : district}${r.pick(['经信局', '商务局', '发改委', '科技局', '市场监管局'])}`;
      case 'agri':
        return r.chance(0.5) ? `${district}农业农村局` : `${this.#town().name}农业服务中心`;
      case 'society':
        return r.chance(0.5) ? `${this.#town().name}${r.pick(TOWN_INSTITUTIONS)}` : `${district}${r.pick(['民政局', '住建局', '公安分局', '综合行政执法局', '应急管理局'])}`;
      case 'education':
        return r.chance(0.5) ? r.pick(SCHOOLS) : `${district}${r.pick(['教育局', '实验小学', '第一中学', '职业技术学校'])}`;
      case 'health':
        return r.chance(0.6) ? r.pick(HOSPITALS) : `${district}${r.pick(['卫生健康局', '人民医院', '中医院', '疾控中心'])}`;
      case 'culture':
      case 'essay':
        return r.chance(0.5) ? `${district}${r.pick(['文化广电旅游局', '图书馆', '文化馆'])}` : `${CITY}${r.pick(['博物馆', '图书馆', '美术馆', '文化馆'])}`;
      case 'sports':
        return `${district}${r.pick(['体育中心', '文化广电旅游体育局', '体育总会'])}`;
      case 'world':
        return r.pick(WORLD_BODIES);
      default:
        return r.chance(0.3) ? `${district}${r.pick(DISTRICT_INSTITUTIONS)}` : `${r.chance(0.4) ? '市' : district}${r.pick(v.govBodies)}`;
    }
  }

  #makeFocus(district: number | undefined): Focus {
    const r = this.#random;
    const v = this.#vocab;
    const local = district === undefined ? [] : v.towns.filter((town) => town.district === district);
    const town = local.length > 0 ? r.pick(local) : this.#town();
    const home = districtOf(town);
    const topics = v.topics[this.#domain];
    const topic = this.#recent(topics);
    let second = r.pick(topics);
    if (second === topic) second = topics[(topics.indexOf(topic) + 1) % topics.length]!;
    const villages = v.villages.filter((village) => village.town === town.name);
    return {
      P: town.name,
      D: home.name,
      DS: home.short,
      O: this.#organisation(this.#domain, home.name),
      T: topic,
      T2: second,
      N: personName(r),
      R: r.pick(ROLES),
      L: r.pick(v.landmarks),
      C: this.#company(),
      V: villages.length > 0 ? r.pick(villages).name : this.#village().name,
      S: r.pick(seasonal(this.#day.month)),
      W: r.pick(T.COUNTRIES),
      WB: r.pick(WORLD_BODIES),
    };
  }
}
