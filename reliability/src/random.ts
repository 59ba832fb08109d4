/** A seeded pseudo-random generator (mulberry32): the same seed gives the same run. */
export interface Random {
  seed: number;
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max]. */
  integer(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(probability: number): boolean;
}

/** The seed of this run: `RELIABILITY_SEED` if set, else a fresh one (printed by the suites). */
export function runSeed(): number {
  const fromEnvironment = Number(process.env.RELIABILITY_SEED);
  return Number.isInteger(fromEnvironment) ? fromEnvironment : Math.floor(Math.random() * 2 ** 31);
}

/**
 * Creates a seeded generator.
 *
 * @example
 * ```ts
 * const random = createRandom(42);
 * random.integer(1, 6);
 * ```
 */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  return {
    seed,
    next,
    integer: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => items[Math.floor(next() * items.length)]!,
    chance: (probability) => next() < probability,
  };
}
