import "server-only";
import { db } from "@/lib/db";
import type { Database } from "@/lib/prisma-client";
import type { CampaignOverview, PhaseSummary } from "@/lib/home/queries";
import {
  phaseProgress,
  problemHealth,
  remarksAndExperience,
  reportStatusByEnterprise,
  type PhaseProgress,
} from "@/lib/home/leader-queries";
import { rankingGlanceRows, type RankingRow } from "@/lib/rankings/queries";

/** How many organisations the home lists at each end of a phase's ranking. */
export const RANKING_GLANCE = 10;

export type PhaseRankingGlance = {
  phaseId: number;
  rankedCount: number;
  top: RankingRow[];
  /** The last ten, never repeating a row of the top ten (empty when ten or fewer are ranked). */
  bottom: RankingRow[];
  /** Every tier of the phase with its count (zero included), then the unclassified count if any. */
  tiers: { tier: string | null; count: number }[];
};

/**
 * A phase's ranking at a glance from lib/rankings (the same SQL as the rankings page, so the
 * numbers agree): top ten, bottom ten and the tier distribution, from one evaluation of the
 * ranking; 1 statement.
 */
export async function rankingGlance(
  phaseId: number,
  rankedCount: number,
  database: Database = db(),
): Promise<PhaseRankingGlance> {
  const { top, bottom, counts, tierNames } = await rankingGlanceRows(phaseId, RANKING_GLANCE, database);
  const tiers = [
    ...tierNames.map((tier) => ({ tier, count: counts.find((count) => count.tier === tier)?.count ?? 0 })),
    ...counts.filter((count) => count.tier === null).map((count) => ({ tier: null, count: count.count })),
  ];
  return { phaseId, rankedCount, top, bottom, tiers };
}

/** The phase whose self-reports the home shows: the active one, else the latest that has begun, else the first. */
export function reportPhase(campaign: CampaignOverview): PhaseSummary | null {
  return (
    campaign.activePhase ?? campaign.phases.findLast((phase) => phase.status === "CLOSED") ?? campaign.phases[0] ?? null
  );
}

/** The phase whose ranking opens first: the latest one with ranked organisations. */
export function defaultRankingPhaseId(progress: readonly PhaseProgress[]): number | null {
  return progress.findLast((row) => row.phaseId !== null && row.rankedOrganizations > 0)?.phaseId ?? null;
}

export type LeaderDashboard = Awaited<ReturnType<typeof loadLeaderDashboard>>;

/**
 * Everything the leader's home, the big screen and GET /api/v1/dashboard/summary show for a
 * campaign. Two rounds of statements in parallel, a fixed number whatever the size of the system:
 *   1. progress, problems, self-reports, remarks with experience (4 statements);
 *   2. for each phase asked for ("rankings": one phase id, or "all" ranked phases): 1, with the
 *      phase's tier names.
 * The home asks for one phase: 4 + 1 = 5 statements (the campaign itself is read by the page).
 */
export async function loadLeaderDashboard(
  campaign: CampaignOverview,
  now: Date,
  rankings: { phaseId: number | null } | "all",
  database: Database = db(),
) {
  const reportsOf = reportPhase(campaign);
  const [progress, problems, reports, { remarks, experience }] = await Promise.all([
    phaseProgress(campaign.id, database),
    problemHealth(campaign.id, now, database),
    reportsOf ? reportStatusByEnterprise(reportsOf.id, database) : Promise.resolve([]),
    remarksAndExperience(campaign.id, database),
  ]);

  const ranked = progress.filter((row) => row.phaseId !== null && row.rankedOrganizations > 0);
  // A phase asked for that has no ranking yet falls back to the latest ranked one.
  const asked = rankings === "all" ? ranked : ranked.filter((row) => row.phaseId === rankings.phaseId);
  const wanted =
    rankings === "all" || asked.length > 0
      ? asked
      : ranked.filter((row) => row.phaseId === defaultRankingPhaseId(progress));
  const glances = await Promise.all(
    wanted.map((row) => rankingGlance(row.phaseId!, row.rankedOrganizations, database)),
  );

  return {
    campaign,
    progress: progress.filter((row) => row.phaseId !== null),
    totals: progress.find((row) => row.phaseId === null)!,
    rankings: glances,
    problems: {
      byEnterprise: problems.filter((row) => row.enterpriseId !== null),
      total: problems.find((row) => row.enterpriseId === null) ?? null,
    },
    reports: { phase: reportsOf, byEnterprise: reports },
    remarks,
    experience,
  };
}
