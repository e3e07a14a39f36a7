import { Prisma } from "@/lib/generated/prisma/browser";

/**
 * The statistics of the rankings, written plainly in TypeScript with exact decimals. The pages
 * never use this module: rankings are computed in SQL (lib/rankings/queries.ts). It is the
 * reference the SQL is tested against (tests/integration/rankings.test.ts), and the definitions
 * here are the ones docs/rankings.md explains.
 */

const Decimal = Prisma.Decimal;
type Decimal = InstanceType<typeof Prisma.Decimal>;
export type DecimalValue = string | number | Decimal;

export type ScoreMethod = "MEAN" | "TRIMMED_MEAN";
export type TierMode = "THRESHOLD" | "QUOTA";

/** A classification tier of a phase; `rank` 1 is the best. */
export type TierRule = {
  name: string;
  rank: number;
  minScore: DecimalValue | null;
  quotaPercent: DecimalValue | null;
};

export type RankingSettings = {
  scoreMethod: ScoreMethod;
  /** The trimmed mean drops the highest and lowest total from this many sheets on. */
  trimMinScorers: number;
  tierMode: TierMode;
  tiers: readonly TierRule[];
};

/** Scores are official, compared and shown with two decimals, rounded half away from zero. */
export const SCORE_DECIMALS = 2;

const toDecimals = (values: readonly DecimalValue[]) => values.map((value) => new Decimal(value));

function sum(values: readonly Decimal[]): Decimal {
  return values.reduce((total, value) => total.plus(value), new Decimal(0));
}

function requireValues(values: readonly DecimalValue[]): Decimal[] {
  if (values.length === 0) throw new Error("A statistic of no sheets is undefined");
  return toDecimals(values);
}

/** Rounds to two decimals, half away from zero (PostgreSQL's round(numeric, 2) does the same). */
export function roundScore(value: DecimalValue): Decimal {
  return new Decimal(value).toDecimalPlaces(SCORE_DECIMALS, Decimal.ROUND_HALF_UP);
}

export function mean(totals: readonly DecimalValue[]): Decimal {
  const values = requireValues(totals);
  return sum(values).dividedBy(values.length);
}

/**
 * 去掉一个最高分和一个最低分: with at least `minScorers` sheets, the mean of the others; below
 * that, the plain mean (too few sheets to drop two).
 */
export function trimmedMean(totals: readonly DecimalValue[], minScorers: number): Decimal {
  const values = requireValues(totals);
  if (values.length < minScorers || values.length < 3) return mean(values);
  const highest = Decimal.max(...values);
  const lowest = Decimal.min(...values);
  return sum(values)
    .minus(highest)
    .minus(lowest)
    .dividedBy(values.length - 2);
}

/** The middle total, or the mean of the two middle totals for an even count. */
export function median(totals: readonly DecimalValue[]): Decimal {
  const sorted = requireValues(totals).sort((a, b) => a.comparedTo(b));
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : sorted[middle - 1]!.plus(sorted[middle]!).dividedBy(2);
}

/**
 * The sample standard deviation (divisor n − 1): the scorers are a sample of the judges who could
 * have come. Undefined (null) for a single sheet.
 */
export function sampleStandardDeviation(totals: readonly DecimalValue[]): Decimal | null {
  const values = requireValues(totals);
  if (values.length < 2) return null;
  const average = mean(values);
  const squares = sum(values.map((value) => value.minus(average).pow(2)));
  return squares.dividedBy(values.length - 1).sqrt();
}

/** The population standard deviation (divisor n), used to standardise over all scorers. */
export function populationStandardDeviation(values: readonly DecimalValue[]): Decimal {
  const decimals = requireValues(values);
  const average = mean(decimals);
  return sum(decimals.map((value) => value.minus(average).pow(2)))
    .dividedBy(decimals.length)
    .sqrt();
}

export type OrganisationStatistics = {
  scorerCount: number;
  mean: Decimal;
  trimmedMean: Decimal;
  median: Decimal;
  standardDeviation: Decimal | null;
  min: Decimal;
  max: Decimal;
  /** The phase's official score, rounded to two decimals. */
  score: Decimal;
};

export function organisationStatistics(
  totals: readonly DecimalValue[],
  settings: Pick<RankingSettings, "scoreMethod" | "trimMinScorers">,
): OrganisationStatistics {
  const values = requireValues(totals);
  const plain = mean(values);
  const trimmed = trimmedMean(values, settings.trimMinScorers);
  return {
    scorerCount: values.length,
    mean: plain,
    trimmedMean: trimmed,
    median: median(values),
    standardDeviation: sampleStandardDeviation(values),
    min: Decimal.min(...values),
    max: Decimal.max(...values),
    score: roundScore(settings.scoreMethod === "TRIMMED_MEAN" ? trimmed : plain),
  };
}

/**
 * Standard competition ranks, best first: equal scores share a rank and the next rank skips
 * (95, 90, 90, 80 → 1, 2, 2, 4). Scores are compared as given (already rounded).
 */
export function competitionRanks(scores: readonly DecimalValue[]): number[] {
  const values = toDecimals(scores);
  return values.map((score) => 1 + values.filter((other) => other.greaterThan(score)).length);
}

const byRank = (tiers: readonly TierRule[]) => [...tiers].sort((a, b) => a.rank - b.rank);

/** THRESHOLD mode: the best tier whose minimum the score reaches; a tier without one takes the rest. */
export function thresholdTier(score: DecimalValue, tiers: readonly TierRule[]): TierRule | null {
  const value = new Decimal(score);
  return byRank(tiers).find((tier) => tier.minScore === null || value.greaterThanOrEqualTo(tier.minScore)) ?? null;
}

/**
 * QUOTA mode: tier k takes the ranks up to floor(count × (q1 + … + qk) / 100), so a quota is
 * never rounded up; the last tier takes the rest. Ties are never split: organisations sharing a
 * rank share a tier, the better one, so a tier may exceed its quota by the organisations tied
 * at its boundary.
 */
export function quotaCutoffs(count: number, tiers: readonly TierRule[]): number[] {
  const ordered = byRank(tiers);
  let cumulative = new Decimal(0);
  return ordered.map((tier, index) => {
    cumulative = cumulative.plus(tier.quotaPercent ?? 0);
    if (index === ordered.length - 1) return count;
    return new Decimal(count).times(cumulative).dividedBy(100).floor().toNumber();
  });
}

export function quotaTier(rank: number, count: number, tiers: readonly TierRule[]): TierRule | null {
  const ordered = byRank(tiers);
  const cutoffs = quotaCutoffs(count, ordered);
  const index = cutoffs.findIndex((cutoff) => rank <= cutoff);
  return index === -1 ? null : ordered[index]!;
}

export type RankedOrganisation<Id> = OrganisationStatistics & {
  id: Id;
  rank: number;
  tier: TierRule | null;
};

/** Ranks and classifies organisations from their submitted totals; those with none are left out. */
export function rankOrganisations<Id>(
  organisations: readonly { id: Id; totals: readonly DecimalValue[] }[],
  settings: RankingSettings,
): RankedOrganisation<Id>[] {
  const scored = organisations
    .filter((organisation) => organisation.totals.length > 0)
    .map((organisation) => ({ id: organisation.id, ...organisationStatistics(organisation.totals, settings) }));
  const ranks = competitionRanks(scored.map((organisation) => organisation.score));
  return scored
    .map((organisation, index) => {
      const rank = ranks[index]!;
      const tier =
        settings.tierMode === "THRESHOLD"
          ? thresholdTier(organisation.score, settings.tiers)
          : quotaTier(rank, scored.length, settings.tiers);
      return { ...organisation, rank, tier };
    })
    .sort((a, b) => a.rank - b.rank);
}

// ───────────────────────────── Consistency ─────────────────────────────

export type SubmittedSheet = { stopId: number; scorerId: number; total: DecimalValue };

export type Leniency = {
  scorerId: number;
  /** Stops where the scorer and at least one other scorer submitted. */
  stops: number;
  /** Mean over those stops of (own total − mean of the other scorers' totals). */
  meanDeviation: Decimal;
  /** meanDeviation standardised over all scorers (population standard deviation); null if undefined. */
  z: Decimal | null;
};

/**
 * 评分宽严度. For scorer s at stop p with others present: d = total(s, p) − mean of the other
 * scorers' totals at p. L(s) = mean of d over s's stops. z(s) = (L(s) − mean L) / sd L over all
 * scorers with an L; null when fewer than two scorers or all L are equal.
 */
export function leniency(sheets: readonly SubmittedSheet[]): Leniency[] {
  const byStop = new Map<number, SubmittedSheet[]>();
  for (const sheet of sheets) byStop.set(sheet.stopId, [...(byStop.get(sheet.stopId) ?? []), sheet]);

  const deviations = new Map<number, Decimal[]>();
  for (const stopSheets of byStop.values()) {
    if (stopSheets.length < 2) continue;
    const stopSum = sum(stopSheets.map((sheet) => new Decimal(sheet.total)));
    for (const sheet of stopSheets) {
      const othersMean = stopSum.minus(sheet.total).dividedBy(stopSheets.length - 1);
      const list = deviations.get(sheet.scorerId) ?? [];
      list.push(new Decimal(sheet.total).minus(othersMean));
      deviations.set(sheet.scorerId, list);
    }
  }

  const scorers = [...deviations.entries()].map(([scorerId, list]) => ({
    scorerId,
    stops: list.length,
    meanDeviation: mean(list),
  }));
  if (scorers.length === 0) return [];
  const leanings = scorers.map((scorer) => scorer.meanDeviation);
  const centre = mean(leanings);
  const spread = populationStandardDeviation(leanings);
  return scorers
    .map((scorer) => ({
      ...scorer,
      z: scorers.length < 2 || spread.isZero() ? null : scorer.meanDeviation.minus(centre).dividedBy(spread),
    }))
    .sort((a, b) => a.scorerId - b.scorerId);
}

export type EnterpriseSheet = SubmittedSheet & {
  /** The scorer's enterprise; null for staff and leaders who belong to none. */
  scorerEnterpriseId: number | null;
  /** The enterprise of the scored party organisation. */
  organisationEnterpriseId: number;
};

export type DirectedUplift = {
  fromEnterpriseId: number;
  toEnterpriseId: number;
  sheets: number;
  /** Mean over those sheets of (total − mean of the independent scorers' totals on that stop). */
  uplift: Decimal;
};

/**
 * How much more enterprise A's members give enterprise B's organisations than independent scorers
 * (those of neither A nor B) give on the same stops. A sheet with no independent scorer on its
 * stop is left out; so are sheets on one's own enterprise.
 */
export function directedUplifts(sheets: readonly EnterpriseSheet[]): DirectedUplift[] {
  const groups = new Map<string, { from: number; to: number; deviations: Decimal[] }>();
  for (const sheet of sheets) {
    const from = sheet.scorerEnterpriseId;
    const to = sheet.organisationEnterpriseId;
    if (from === null || from === to) continue;
    const independent = sheets.filter(
      (other) => other.stopId === sheet.stopId && other.scorerEnterpriseId !== from && other.scorerEnterpriseId !== to,
    );
    if (independent.length === 0) continue;
    const deviation = new Decimal(sheet.total).minus(mean(independent.map((other) => other.total)));
    const key = `${from}->${to}`;
    const group = groups.get(key) ?? { from, to, deviations: [] };
    group.deviations.push(deviation);
    groups.set(key, group);
  }
  return [...groups.values()].map((group) => ({
    fromEnterpriseId: group.from,
    toEnterpriseId: group.to,
    sheets: group.deviations.length,
    uplift: mean(group.deviations),
  }));
}

/** A pair {A, B} whose members score each other above independent scorers: 互评互抬 when both exceed the threshold. */
export type MutualPair = {
  enterpriseIds: [number, number];
  /** A → B and B → A, with A the smaller id. */
  forward: DirectedUplift;
  backward: DirectedUplift;
  flagged: boolean;
};

/** A scorer whose leniency z-score reaches ±this is marked 偏宽 / 偏严 on the consistency page. */
export const LENIENCY_FLAG_Z = 2;

/** Points above independent scorers, in both directions, from which a pair is flagged. */
export const MUTUAL_UPLIFT_THRESHOLD = 5;

export function mutualPairs(
  sheets: readonly EnterpriseSheet[],
  threshold: DecimalValue = MUTUAL_UPLIFT_THRESHOLD,
): MutualPair[] {
  const directed = directedUplifts(sheets);
  const pairs: MutualPair[] = [];
  for (const forward of directed) {
    if (forward.fromEnterpriseId >= forward.toEnterpriseId) continue;
    const backward = directed.find(
      (candidate) =>
        candidate.fromEnterpriseId === forward.toEnterpriseId && candidate.toEnterpriseId === forward.fromEnterpriseId,
    );
    if (!backward) continue;
    pairs.push({
      enterpriseIds: [forward.fromEnterpriseId, forward.toEnterpriseId],
      forward,
      backward,
      flagged: forward.uplift.greaterThanOrEqualTo(threshold) && backward.uplift.greaterThanOrEqualTo(threshold),
    });
  }
  return pairs.sort((a, b) => a.enterpriseIds[0] - b.enterpriseIds[0] || a.enterpriseIds[1] - b.enterpriseIds[1]);
}
