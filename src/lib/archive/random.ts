/**
 * Seeded randomness for the archive generator. Math.random and the clock are
 * never used: the same seed must give byte-identical archives, so benchmarks
 * measured on two machines or two days compare the same content.
 */

/** mulberry32: a tiny 32-bit PRNG, good enough for text and fast (one multiply-xorshift per draw). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A seed from several parts (FNV-1a over their text), for streams that must
 * not depend on how much the main stream has drawn: the author pool, the words
 * a given week unlocks. Those then stay the same whatever came before them.
 */
export function seedOf(...parts: (string | number)[]): number {
  let hash = 0x811c9dc5;
  for (const char of parts.join('\u0000')) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** Draws built on one PRNG stream. */
export class Random {
  readonly #next: () => number;

  constructor(seed: number) {
    this.#next = mulberry32(seed);
  }

  /** In [0, 1). */
  float(): number {
    return this.#next();
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.#next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.#next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(this.#next() * items.length)]!;
  }

  /**
   * An item of a list whose earlier items are likelier (weight 1/(i+k)): what
   * word frequencies and reporters' output look like, a few very common and a
   * long tail. Smaller `k` skews harder.
   */
  skewed<T>(items: readonly T[], k = 3): T {
    // Inverse of the continuous 1/(x+k) distribution on [0, n): x = k·((n+k)/k)^u − k.
    const n = items.length;
    const x = k * Math.pow((n + k) / k, this.#next()) - k;
    return items[Math.min(n - 1, Math.floor(x))]!;
  }

  /** `count` different items of a list, in the list's order. */
  some<T>(items: readonly T[], count: number): T[] {
    const chosen = new Set<number>();
    while (chosen.size < Math.min(count, items.length)) chosen.add(Math.floor(this.#next() * items.length));
    return [...chosen].sort((a, b) => a - b).map((i) => items[i]!);
  }
}
