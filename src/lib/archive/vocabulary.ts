/**
 * The words open on a given day. Lists unlock a few words a week, and new
 * companies and villages are made each week, so the vocabulary keeps
 * growing like a real paper's: an index of day 200 holds names that day 1
 * never printed. Each week's words come from their own seeded stream (not
 * the main one), so they are the same however much was generated before.
 */
import { BRAND_FIRST, BRAND_SECOND, COMPANY_SUFFIXES, GOV_BODIES, INDUSTRIES, LANDMARKS, PLACE_FIRST, PLACE_SECOND, PLACE_SUFFIXES, SEASONAL, TOPICS, TOWNS, DISTRICTS, type Domain } from './lexicon.ts';
import { Random, seedOf } from './random.ts';

export interface Company {
  /** Full registered name: 浙江恒达新材料有限公司. */
  name: string;
  /** What a report calls it after the first mention: 恒达新材料. */
  short: string;
  industry: string;
}

export interface Vocabulary {
  week: number;
  towns: readonly { name: string; district: number }[];
  landmarks: readonly string[];
  govBodies: readonly string[];
  industries: readonly string[];
  topics: Readonly<Record<Domain, readonly string[]>>;
  /** Every company made so far; the newest last. */
  companies: readonly Company[];
  /** Villages and communities made so far, each with its town. */
  villages: readonly { name: string; town: string }[];
  /** The words this week added (for tests and for a fresh word now and then). */
  added: readonly string[];
}

/** How many of a list are open in a week: `first` on day one, `perWeek` more each week. */
const open = <T>(list: readonly T[], week: number, first: number, perWeek: number): readonly T[] => list.slice(0, Math.min(list.length, first + perWeek * week));

const COMPANIES_FIRST_WEEK = 40;
const COMPANIES_PER_WEEK = 8;
const VILLAGES_FIRST_WEEK = 30;
const VILLAGES_PER_WEEK = 5;

/** Builds week after week; asking for an earlier week than the last is not needed by the generator. */
export class VocabularyBuilder {
  readonly #seed: number;
  readonly #companies: Company[] = [];
  readonly #villages: { name: string; town: string }[] = [];
  readonly #companyNames = new Set<string>();
  readonly #villageNames = new Set<string>();
  #week = -1;
  #current: Vocabulary | undefined;

  constructor(seed: number) {
    this.#seed = seed;
  }

  /** The vocabulary of the week holding day `dayIndex` (0 = the first day). */
  forDay(dayIndex: number): Vocabulary {
    const week = Math.floor(dayIndex / 7);
    while (this.#week < week) this.#advance();
    return this.#current!;
  }

  #advance(): void {
    const week = ++this.#week;
    const random = new Random(seedOf(this.#seed, 'week', week));
    const towns = open(TOWNS, week, 16, 2);
    const industries = open(INDUSTRIES, week, 15, 1);
    const added: string[] = [];
    for (let i = 0; i < (week === 0 ? COMPANIES_FIRST_WEEK : COMPANIES_PER_WEEK); i++) {
      const made = this.#unique(this.#companyNames, () => company(random, industries));
      this.#companies.push(made);
      added.push(made.name);
    }
    for (let i = 0; i < (week === 0 ? VILLAGES_FIRST_WEEK : VILLAGES_PER_WEEK); i++) {
      const name = this.#unique(this.#villageNames, () => random.pick(PLACE_FIRST) + random.pick(PLACE_SECOND) + random.pick(PLACE_SUFFIXES));
      this.#villages.push({ name, town: random.pick(towns).name });
      added.push(name);
    }
    const previous = this.#current;
    const topics = Object.fromEntries(Object.entries(TOPICS).map(([domain, list]) => [domain, open(list, week, 10, 1)])) as Record<Domain, readonly string[]>;
    const current: Vocabulary = {
      week,
      towns,
      landmarks: open(LANDMARKS, week, 12, 1),
      govBodies: open(GOV_BODIES, week, 20, 1),
      industries,
      topics,
      companies: [...this.#companies],
      villages: [...this.#villages],
      added,
    };
    if (previous) {
      for (const [now, before] of [
        [current.towns.map((t) => t.name), previous.towns.map((t) => t.name)],
        [current.landmarks, previous.landmarks],
        [current.govBodies, previous.govBodies],
        [current.industries, previous.industries],
        ...Object.keys(topics).map((d) => [current.topics[d as Domain], previous.topics[d as Domain]]),
      ] as [readonly string[], readonly string[]][]) {
        added.push(...now.slice(before.length));
      }
    }
    this.#current = current;
  }

  /** A name not made before: a clash is drawn again (the pools are far larger than any archive needs). */
  #unique<T extends string | { name: string }>(taken: Set<string>, make: () => T): T {
    for (let attempt = 0; attempt < 100; attempt++) {
      const made = make();
      const name = typeof made === 'string' ? made : made.name;
      if (!taken.has(name)) {
        taken.add(name);
        return made;
      }
    }
    throw new Error('the archive vocabulary ran out of new names');
  }
}

function company(random: Random, industries: readonly string[]): Company {
  const place = random.chance(0.5) ? (random.chance(0.5) ? '浙江' : '嘉兴') : '';
  const industry = random.pick(industries);
  const brand = random.pick(BRAND_FIRST) + random.pick(BRAND_SECOND);
  let suffix = random.pick(COMPANY_SUFFIXES);
  // 电子科技 + 科技有限公司 would say 科技 twice.
  if (industry.endsWith('科技') && suffix.startsWith('科技')) suffix = '有限公司';
  return { name: `${place}${brand}${industry}${suffix}`, short: `${brand}${industry}`, industry };
}

/** The season's topics for a month (1–12). */
export function seasonal(month: number): readonly string[] {
  return SEASONAL[month - 1]!;
}

export function districtOf(town: { district: number }): { name: string; short: string } {
  return DISTRICTS[town.district]!;
}
