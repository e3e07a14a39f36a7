/**
 * A small seeded pseudo-random generator (mulberry32), so that a seed and a size always give the
 * same data set: the bench can then reuse a generated database, and two runs compare like for like.
 */
export type Random = {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max]. */
  int(min: number, max: number): number;
  /** Roughly normal (sum of three uniforms), mean 0, standard deviation about 1. */
  normal(): number;
  pick<T>(items: readonly T[]): T;
};

export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    normal: () => (next() + next() + next() - 1.5) * 2,
    pick: (items) => items[Math.floor(next() * items.length)]!,
  };
}
