import "server-only";
import { toChinaIso } from "@/lib/api/time";
import { loadLeaderDashboard } from "@/lib/home/leader-dashboard";
import { currentCampaign } from "@/lib/home/queries";
import type { RankingRow } from "@/lib/rankings/queries";

/** YYYY-MM-DD of a @db.Date column (UTC midnight of the China calendar day). */
const dateOnly = (value: Date) => value.toISOString().slice(0, 10);

const rankingItem = (row: RankingRow) => ({
  rank: row.rank,
  partyOrganization: { id: row.organizationId, name: row.organizationName },
  enterprise: { id: row.enterpriseId, name: row.enterpriseName },
  score: row.score.toFixed(2),
  tier: row.tier,
});

/**
 * GET /api/v1/dashboard/summary: the leader home's figures for the current campaign, from the
 * same loader as the home and the big screen (lib/home/leader-dashboard.ts), with the ranking
 * glance of every ranked phase. Shape documented in docs/api.md.
 */
export async function dashboardSummary(now: Date = new Date()) {
  const campaign = await currentCampaign();
  if (!campaign) return { generatedAt: toChinaIso(now), campaign: null };
  const dashboard = await loadLeaderDashboard(campaign, now, "all");
  const problemsTotal = dashboard.problems.total;

  return {
    generatedAt: toChinaIso(now),
    campaign: { id: campaign.id, year: campaign.year, name: campaign.name },
    phases: dashboard.progress.map((row) => {
      const phase = campaign.phases.find((candidate) => candidate.id === row.phaseId)!;
      const glance = dashboard.rankings.find((candidate) => candidate.phaseId === row.phaseId);
      return {
        id: phase.id,
        kind: phase.kind,
        name: phase.name,
        status: phase.status,
        startsOn: dateOnly(phase.startsOn),
        endsOn: dateOnly(phase.endsOn),
        tours: { completed: row.toursCompleted, planned: row.toursPlanned },
        sheets: { submitted: row.sheetsSubmitted, expected: row.sheetsExpected, percent: row.sheetsPercent },
        rankedOrganizations: row.rankedOrganizations,
        rankings: glance
          ? {
              top: glance.top.map(rankingItem),
              bottom: glance.bottom.map(rankingItem),
              tiers: glance.tiers.map((tier) => ({ tier: tier.tier, count: tier.count })),
            }
          : null,
      };
    }),
    totals: {
      tours: { completed: dashboard.totals.toursCompleted, planned: dashboard.totals.toursPlanned },
      sheets: {
        submitted: dashboard.totals.sheetsSubmitted,
        expected: dashboard.totals.sheetsExpected,
        percent: dashboard.totals.sheetsPercent,
      },
    },
    problems: {
      total: problemsTotal?.total ?? 0,
      unclosed: problemsTotal?.unclosed ?? 0,
      closed: problemsTotal?.closed ?? 0,
      overdue: problemsTotal?.overdue ?? 0,
      rectificationRate: problemsTotal?.rectificationRate ?? null,
      byEnterprise: dashboard.problems.byEnterprise.map((row) => ({
        enterprise: { id: row.enterpriseId!, name: row.enterpriseName! },
        total: row.total,
        unclosed: row.unclosed,
        closed: row.closed,
        overdue: row.overdue,
        rectificationRate: row.rectificationRate,
      })),
    },
    selfReports: dashboard.reports.phase
      ? {
          phaseId: dashboard.reports.phase.id,
          byEnterprise: dashboard.reports.byEnterprise.map((row) => ({
            enterprise: { id: row.enterpriseId, name: row.enterpriseName },
            status: row.status ?? "NOT_STARTED",
            late: row.late,
          })),
        }
      : null,
    latestRemarks: dashboard.remarks.map((remark) => ({
      id: remark.id,
      content: remark.content,
      speaker: remark.speaker,
      createdAt: toChinaIso(remark.createdAt),
      tour: { id: remark.tourId, title: remark.tourTitle },
      site: remark.siteName,
    })),
    promotedExperience: dashboard.experience.map((entry) => ({
      id: entry.id,
      kind: entry.kind,
      title: entry.title,
      partyOrganization: entry.organizationName,
      phase: entry.phaseName,
      promotedAt: entry.promotedAt ? toChinaIso(entry.promotedAt) : null,
    })),
  };
}
