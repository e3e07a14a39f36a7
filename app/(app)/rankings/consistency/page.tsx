import type { Metadata } from "next";
import { DisagreementTable, LeniencyTable, MutualPairTable } from "@/components/rankings/consistency-tables";
import { PhaseTabs } from "@/components/rankings/phase-tabs";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import { formatDecimal } from "@/lib/format";
import { consistencyView } from "@/lib/rankings/consistency";
import { parseRankingQuery } from "@/lib/rankings/filters";
import { defaultPhase, rankingPhases } from "@/lib/rankings/queries";

export const metadata: Metadata = { title: "评分一致性" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function ConsistencyPage({ searchParams }: { searchParams: SearchParams }) {
  await requirePermission("consistency.read");
  const { query } = parseRankingQuery(await searchParams);
  const phases = await rankingPhases();
  const phase = phases.find((candidate) => candidate.id === query.phaseId) ?? defaultPhase(phases);
  if (!phase) {
    return (
      <>
        <PageHeader title="评分一致性" />
        <EmptyState title="尚未设置观摩阶段" />
      </>
    );
  }
  const view = await consistencyView(phase.id);

  return (
    <>
      <PageHeader
        title="评分一致性"
        description="找出评分分歧较大的党组织、评分尺度明显偏宽或偏严的评分人，以及互相抬分的企业。仅供核查，不改变排名。"
      />
      <PhaseTabs phases={phases} currentId={phase.id} hrefFor={(phaseId) => `/rankings/consistency?phase=${phaseId}`} />
      <div className="grid gap-6">
        <Card
          title="评分分歧较大的党组织"
          description={`评分人总分的标准差超过本阶段阈值 ${formatDecimal(phase.disagreementThreshold)} 分`}
          data-testid="disagreements"
        >
          {view.disagreements.length === 0 ? (
            <EmptyState title="没有分歧较大的党组织" />
          ) : (
            <DisagreementTable rows={view.disagreements} phaseId={phase.id} />
          )}
        </Card>
        <Card
          title="评分人宽严度"
          description={`每个观摩点上，本人总分减去其他评分人的平均分，取各观摩点的平均值，再在全体评分人中标准化为 z 值；|z| ≥ ${view.leniencyFlagZ} 标记为偏宽或偏严`}
          data-testid="leniency"
        >
          {view.leniency.length === 0 ? (
            <EmptyState title="还没有可比较的评分" description="同一观摩点有两人以上提交评分表后才能比较。" />
          ) : (
            <LeniencyTable rows={view.leniency} flagZ={view.leniencyFlagZ} />
          )}
        </Card>
        <Card
          title="互评互抬"
          description={`两家企业的评分人互相给对方党组织打分，且双方都比同一观摩点的其他（两家以外的）评分人平均高出 ${view.mutualThreshold} 分以上时标记`}
          data-testid="mutual-pairs"
        >
          {view.pairs.length === 0 ? (
            <EmptyState title="本阶段没有互相评分的企业" />
          ) : (
            <MutualPairTable rows={view.pairs} />
          )}
        </Card>
      </div>
    </>
  );
}
