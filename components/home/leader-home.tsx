import Link from "next/link";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { AssetProgress } from "@/components/home/asset-progress";
import { CampaignProgress } from "@/components/home/campaign-progress";
import { ProblemHealth } from "@/components/home/problem-health";
import { RankingGlance } from "@/components/home/ranking-glance";
import { LatestRemarks, PromotedExperience } from "@/components/home/remarks-and-experience";
import { ReportStatusGrid } from "@/components/home/report-status-grid";
import { PhaseTabs } from "@/components/rankings/phase-tabs";
import { formatNumber } from "@/lib/format";
import { defaultRankingPhaseId } from "@/lib/home/leader-dashboard";
import { loadLeaderHome } from "@/lib/home/leader-home-data";
import { homeLinks } from "@/lib/home/links";
import type { CampaignOverview } from "@/lib/home/queries";

const linkClass = "text-sm text-accent-700 hover:underline";

/**
 * 领导: the campaign's key numbers first (large, each a link), then rankings, problems,
 * self-reports, assets, and what was said and promoted. Statements per render: see
 * docs/dashboard.md and docs/performance.md (7 for the figures below and the asset card, read
 * through a snapshot-keyed cache; 10 with the session, the notification bell and the campaign).
 */
export async function LeaderHome({
  campaign,
  now,
  rankingPhaseId,
}: {
  campaign: CampaignOverview | null;
  now: Date;
  rankingPhaseId: number | null;
}) {
  if (!campaign) {
    return <EmptyState title="尚未设置年度观摩活动" />;
  }
  const { dashboard, snapshot, targets } = await loadLeaderHome(campaign, now, rankingPhaseId);

  const rankedPhases = campaign.phases.filter((phase) =>
    dashboard.progress.some((row) => row.phaseId === phase.id && row.rankedOrganizations > 0),
  );
  const glance = dashboard.rankings[0] ?? null;
  const glancePhaseId = glance?.phaseId ?? defaultRankingPhaseId(dashboard.progress);

  return (
    <div className="space-y-6">
      <Card title="活动进度" description={campaign.name} data-testid="campaign-progress">
        <CampaignProgress
          phases={campaign.phases}
          progress={dashboard.progress}
          totals={dashboard.totals}
          problems={dashboard.problems.total}
        />
      </Card>

      <Card
        title="排名速览"
        description="由已提交的评分表实时计算，与排名页一致"
        actions={
          glancePhaseId ? (
            <span className="flex gap-3">
              <Link href={homeLinks.bulletin(glancePhaseId)} className={linkClass}>
                排名通报
              </Link>
              <Link href={homeLinks.rankings(glancePhaseId)} className={linkClass}>
                完整排名
              </Link>
            </span>
          ) : null
        }
        data-testid="ranking-glance"
      >
        {glance ? (
          <>
            {rankedPhases.length > 1 && (
              <PhaseTabs
                phases={rankedPhases.map((phase) => ({ ...phase, campaign: { year: campaign.year } }))}
                currentId={glance.phaseId}
                hrefFor={(phaseId) => `/?ranking=${phaseId}`}
                label="排名阶段"
              />
            )}
            <RankingGlance glance={glance} />
          </>
        ) : (
          <EmptyState title="还没有已提交的评分表" description="观摩评分提交后，这里显示各阶段排名" />
        )}
      </Card>

      <div className="grid gap-6 lg:grid-cols-2">
        <Card
          title="问题整改"
          description={`本年度问题清单 · 共涉及 ${formatNumber(dashboard.problems.byEnterprise.length)} 家企业`}
          actions={
            <Link href={homeLinks.problems()} className={linkClass}>
              问题清单
            </Link>
          }
          data-testid="problem-health"
        >
          <ProblemHealth total={dashboard.problems.total} byEnterprise={dashboard.problems.byEnterprise} />
        </Card>

        <Card
          title="自查报告"
          description={dashboard.reports.phase ? `${dashboard.reports.phase.name} · 各企业提交情况` : undefined}
          actions={
            <Link href={homeLinks.reports(dashboard.reports.phase?.id)} className={linkClass}>
              已通过的报告
            </Link>
          }
          data-testid="report-status"
        >
          {dashboard.reports.phase ? (
            <ReportStatusGrid phaseId={dashboard.reports.phase.id} rows={dashboard.reports.byEnterprise} />
          ) : (
            <EmptyState title="尚未设置观摩阶段" />
          )}
        </Card>
      </div>

      <Card
        title="资产总额目标进度"
        description="计入目标企业的月末资产总额（驻惠央企不计入）"
        data-testid="asset-progress"
      >
        <AssetProgress snapshot={snapshot} targets={targets} />
      </Card>

      <div className="grid gap-6 lg:grid-cols-2">
        <Card title="最新互动交流" description="观摩团成员在观摩点的发言" data-testid="latest-remarks">
          <LatestRemarks remarks={dashboard.remarks} />
        </Card>
        <Card
          title="推广经验"
          description={`已推广 ${formatNumber(dashboard.experience[0]?.promotedCount ?? 0)} 项`}
          actions={
            <Link href={homeLinks.library()} className={linkClass}>
              经验库
            </Link>
          }
          data-testid="promoted-experience"
        >
          <PromotedExperience entries={dashboard.experience} />
        </Card>
      </div>
    </div>
  );
}
