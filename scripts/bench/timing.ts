/** Repeats a measured call and reports median and p95, in milliseconds. */
export type Timing = { median: number; p95: number; runs: number };

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)]!;
}

export function summarise(samples: readonly number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  return { median: percentile(sorted, 50), p95: percentile(sorted, 95), runs: sorted.length };
}

/** One warm-up call (plans, caches, JIT), then `runs` timed calls one after another. */
export async function time(call: () => Promise<unknown>, runs: number): Promise<Timing> {
  await call();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await call();
    samples.push(performance.now() - started);
  }
  return summarise(samples);
}

export const ms = (value: number) => (value >= 100 ? value.toFixed(0) : value.toFixed(1));

/**
 * Several calls timed in turns (a, b, a, b, …) after one warm-up each, so that a machine whose
 * load comes and goes weighs on each of them alike and their ratio stays meaningful.
 */
export async function timeInTurns<Name extends string>(
  calls: Record<Name, () => Promise<unknown>>,
  runs: number,
): Promise<Record<Name, Timing>> {
  const names = Object.keys(calls) as Name[];
  for (const name of names) await calls[name]();
  const samples = Object.fromEntries(names.map((name) => [name, [] as number[]])) as Record<Name, number[]>;
  for (let i = 0; i < runs; i++) {
    for (const name of names) {
      const started = performance.now();
      await calls[name]();
      samples[name].push(performance.now() - started);
    }
  }
  return Object.fromEntries(names.map((name) => [name, summarise(samples[name])])) as Record<Name, Timing>;
}
