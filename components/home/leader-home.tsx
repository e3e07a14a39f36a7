import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Stat, StatGrid } from "@/components/ui/stat";
import { AssetProgress } from "@/components/home/asset-progress";
import { PhaseTimeline } from "@/components/home/phase-timeline";
import { formatNumber } from "@/lib/format";
import { assetSnapshot, assetTargets, campaignCounts, type CampaignOverview } from "@/lib/home/queries";

/** 领导: where the campaign stands, then the figures they are asked about (tours, scores, problems, assets). */
export async function LeaderHome({ campaign, now }: { campaign: CampaignOverview | null; now: Date }) {
  const [counts, snapshot, targets] = await Promise.all([
    campaign ? campaignCounts(campaign.id, now) : null,
    assetSnapshot(),
    assetTargets(),
  ]);

  return (
    <div className="space-y-6">
      <Card title="活动进度" description={campaign ? campaign.name : undefined} data-testid="campaign-progress">
        {campaign ? <PhaseTimeline phases={campaign.phases} /> : <EmptyState title="尚未设置年度观摩活动" />}
        {counts && (
          <StatGrid className="mt-6 border-t border-line pt-5">
            <Stat
              label="已完成观摩活动"
              value={formatNumber(counts.toursCompleted)}
              unit="场"
              hint={`已发布待开展 ${formatNumber(counts.toursPublished)} 场`}
              emphasis
              data-testid="stat-tours-completed"
            />
            <Stat
              label="已提交评分表"
              value={formatNumber(counts.sheetsSubmitted)}
              unit="份"
              hint={`涉及 ${formatNumber(counts.organizationsScored)} 个党组织`}
              data-testid="stat-sheets-submitted"
            />
            <Stat
              label="未销号问题"
              value={formatNumber(counts.problemsUnclosed)}
              unit="个"
              hint={`已销号 ${formatNumber(counts.problemsClosed)} 个`}
              data-testid="stat-problems-unclosed"
            />
            <Stat
              label="逾期未整改"
              value={formatNumber(counts.problemsOverdue)}
              unit="个"
              emphasis={counts.problemsOverdue > 0}
              data-testid="stat-problems-overdue"
            />
          </StatGrid>
        )}
      </Card>

      <Card
        title="资产总额目标进度"
        description="计入目标企业的月末资产总额（驻惠央企不计入）"
        data-testid="asset-progress"
      >
        <AssetProgress snapshot={snapshot} targets={targets} />
      </Card>
    </div>
  );
}
