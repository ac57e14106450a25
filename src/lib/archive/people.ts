/**
 * People of the synthetic archive: the paper's writers (a fixed pool, some
 * far busier than others, as on a real desk) and the people their reports
 * quote (made fresh each time, so names keep arriving like in real news).
 */
import { GIVEN, SURNAMES } from './lexicon.ts';
import { Random, seedOf } from './random.ts';

/** A Chinese name: a common surname (skewed to the common ones) and one or two given characters. */
export function personName(random: Random): string {
  const surname = random.skewed(SURNAMES, 6);
  const first = random.pick(GIVEN);
  return random.chance(0.65) ? surname + first + random.pick(GIVEN) : surname + first;
}

export const AUTHOR_POOL_SIZE = 320;

/**
 * The writers: staff reporters drawn with a heavy skew (a few sign a large
 * share of the paper), correspondents drawn evenly from the whole pool.
 * The pool comes from its own stream, so it is the same whatever is generated.
 */
export class AuthorPool {
  readonly names: readonly string[];

  constructor(seed: number) {
    const random = new Random(seedOf(seed, 'authors'));
    const names = new Set<string>();
    while (names.size < AUTHOR_POOL_SIZE) names.add(personName(random));
    this.names = [...names];
  }

  /** A staff writer: the first names of the pool sign most reports. */
  reporter(random: Random): string {
    return random.skewed(this.names, 12);
  }

  /** Anyone of the pool, evenly. */
  anyone(random: Random): string {
    return random.pick(this.names);
  }

  /** One to three different writers: `first` a reporter, the others reporters or correspondents. */
  team(random: Random, count: number): string[] {
    const team = [this.reporter(random)];
    while (team.length < count) {
      const next = random.chance(0.5) ? this.reporter(random) : this.anyone(random);
      if (!team.includes(next)) team.push(next);
    }
    return team;
  }
}
