/**
 * mulberry32: a tiny seeded PRNG. The demo data must come out identical on every run (the same
 * rankings, the same asset curve), so nothing in the seed may call Math.random.
 */
export type Random = () => number;

export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An integer in [0, size). */
export function randomIndex(random: Random, size: number): number {
  return Math.floor(random() * size);
}
