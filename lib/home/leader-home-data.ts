import "server-only";
import { db } from "@/lib/db";
import { namedSnapshotCache } from "@/lib/dashboard/snapshot-cache";
import { chinaDateKey } from "@/lib/format";
import type { Database } from "@/lib/prisma-client";
import { loadLeaderDashboard, type LeaderDashboard } from "@/lib/home/leader-dashboard";
import { assetCard, type CampaignOverview } from "@/lib/home/queries";

export type LeaderHomeData = { dashboard: LeaderDashboard } & Awaited<ReturnType<typeof assetCard>>;

const cache = namedSnapshotCache<LeaderHomeData>("leader-home");

/**
 * Everything the leader's home shows below the header: the campaign's figures and rankings glance
 * (6 statements) and the asset card (1). At province scale these cost hundreds of milliseconds
 * (docs/performance.md), so they are kept per server, keyed on the campaign, the chosen ranking
 * phase and China's date (overdue problems change at midnight), and served while PostgreSQL's
 * snapshot, read with the campaign, is unchanged (lib/dashboard/snapshot-cache.ts).
 */
export function loadLeaderHome(
  campaign: CampaignOverview,
  now: Date,
  rankingPhaseId: number | null,
  database: Database = db(),
): Promise<LeaderHomeData> {
  const key = `${campaign.id}|${rankingPhaseId ?? ""}|${chinaDateKey(now)}`;
  return cache.get(key, campaign.snapshot, async () => {
    const [dashboard, card] = await Promise.all([
      loadLeaderDashboard(campaign, now, { phaseId: rankingPhaseId }, database),
      assetCard(database),
    ]);
    return { dashboard, ...card };
  });
}
