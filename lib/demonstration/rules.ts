import { Prisma } from "@/lib/generated/prisma/browser";
import type { SelectionCategory } from "@/lib/generated/prisma/enums";

/**
 * The pure rules of the 3 + 3 + 6 demonstration selection (docs/library.md): the quotas, how an
 * organisation's earlier results combine into one figure, and the order candidates are offered
 * in. The database holds the quotas itself (slot CHECK + unique keys); this module only says them.
 */

const Decimal = Prisma.Decimal;
type Decimal = InstanceType<typeof Prisma.Decimal>;

export const SELECTION_QUOTAS: Record<SelectionCategory, number> = { UNIT: 3, PROJECT: 3, SITE: 6 };

export const SELECTION_CATEGORIES = ["UNIT", "PROJECT", "SITE"] as const satisfies readonly SelectionCategory[];

/** One earlier phase's official result of an organisation (score rounded to 2 places by the ranking). */
export type PhaseResult = { phaseId: number; rank: number; score: Decimal | string; tier: string | null };

/**
 * The combined figure of an organisation: the mean of its official scores in the earlier phases
 * where it was ranked, rounded to 2 places half away from zero; null when it was ranked in none.
 * A phase it was not scored in neither helps nor hurts it.
 */
export function combinedScore(results: readonly PhaseResult[]): Decimal | null {
  if (results.length === 0) return null;
  const sum = results.reduce((total, result) => total.plus(new Decimal(result.score)), new Decimal(0));
  return sum.dividedBy(results.length).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

export type Ordered = {
  combined: Decimal | null;
  /** How many earlier phases ranked it: at an equal figure, more evidence first. */
  phasesRanked: number;
  /** The enterprise's and the organisation's own order, then the id: a stable last resort. */
  order: readonly number[];
};

/** Candidates best first: combined figure (none last), then phases ranked, then their own order. */
export function compareCandidates(a: Ordered, b: Ordered): number {
  if (a.combined === null || b.combined === null) {
    if (a.combined !== b.combined) return a.combined === null ? 1 : -1;
  } else {
    const byScore = b.combined.comparedTo(a.combined);
    if (byScore !== 0) return byScore;
  }
  if (a.phasesRanked !== b.phasesRanked) return b.phasesRanked - a.phasesRanked;
  for (let index = 0; index < Math.max(a.order.length, b.order.length); index += 1) {
    const difference = (a.order[index] ?? 0) - (b.order[index] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

/**
 * The slot to try first: the lowest one not taken, or null when all are. The insert still lets
 * the unique key decide; this only saves a round when nobody else is choosing.
 */
export function firstFreeSlot(taken: readonly number[], quota: number): number | null {
  const used = new Set(taken);
  for (let slot = 1; slot <= quota; slot += 1) if (!used.has(slot)) return slot;
  return null;
}
