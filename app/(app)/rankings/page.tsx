import type { Metadata } from "next";
import Link from "next/link";
import { PhaseTabs } from "@/components/rankings/phase-tabs";
import { RankingFilters } from "@/components/rankings/ranking-filters";
import { Pagination } from "@/components/ui/pagination";
import { RankingTable } from "@/components/rankings/ranking-table";
import { ScoringRules } from "@/components/rankings/scoring-rules";
import { TierDistribution } from "@/components/rankings/tier-distribution";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { formatNumber } from "@/lib/format";
import { parseRankingQuery, rankingsHref } from "@/lib/rankings/filters";
import { loadRankingsViewCached } from "@/lib/rankings/queries";

export const metadata: Metadata = { title: "排名" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function RankingsPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requirePermission("ranking.readAll");
  const { query, ignored } = parseRankingQuery(await searchParams);
  const view = await loadRankingsViewCached(query);
  const { phase } = view;

  if (!phase) {
    return (
      <>
        <PageHeader title="排名" />
        <EmptyState title="尚未设置观摩阶段" />
      </>
    );
  }

  const filter = view.filter ?? {};
  const exportQuery = new URLSearchParams();
  if (filter.enterpriseId) exportQuery.set("enterprise", String(filter.enterpriseId));
  if (filter.category) exportQuery.set("category", filter.category);
  if (filter.tier) exportQuery.set("tier", filter.tier);
  const exportHref = `/rankings/${phase.id}/export.xlsx${exportQuery.size ? `?${exportQuery}` : ""}`;
  const rankedCount = view.rows[0]?.rankedCount;
  const droppedTier = query.tier !== undefined && filter.tier === undefined;
  const droppedEnterprise = query.enterpriseId !== undefined && filter.enterpriseId === undefined;
  const droppedPhase = query.phaseId !== undefined && query.phaseId !== phase.id;
  const ignoredLabels = [
    ...ignored,
    ...(droppedPhase ? ["阶段"] : []),
    ...(droppedEnterprise ? ["企业"] : []),
    ...(droppedTier ? ["档次"] : []),
  ];

  return (
    <>
      <PageHeader
        title="排名"
        description={`${phase.campaign.name} · 由已提交的评分表实时计算，草稿不计入`}
        actions={
          <>
            <a href={exportHref} className={buttonClasses({ variant: "secondary" })} download>
              导出 Excel
            </a>
            {can(user.role, "campaign.manage") && (
              <Link href={`/admin/phase-settings/${phase.id}`} className={buttonClasses({ variant: "ghost" })}>
                评分设置
              </Link>
            )}
          </>
        }
      />
      <PhaseTabs phases={view.phases} currentId={phase.id} hrefFor={(phaseId) => rankingsHref({ phaseId })} />

      {ignoredLabels.length > 0 && (
        <p role="status" className="mb-4 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
          网址中的筛选条件无效，已忽略：{ignoredLabels.join("、")}
        </p>
      )}

      <div className="grid gap-6">
        <Card title={`${phase.name}计分规则`}>
          <ScoringRules phase={phase} />
        </Card>

        {phase.submittedSheets === 0 ? (
          <EmptyState title="本阶段还没有已提交的评分表" description="评分人提交评分表后，排名会在这里出现。" />
        ) : (
          <>
            <Card
              title="分类分布"
              description={
                filter.enterpriseId || filter.category ? "按当前企业、类别筛选统计" : "本阶段全部参与排名的党组织"
              }
            >
              <TierDistribution distribution={view.distribution} />
            </Card>
            <Card
              title="党组织排名"
              description={`${rankedCount === undefined ? "" : `共 ${formatNumber(rankedCount)} 个党组织参与排名；`}同分（保留两位小数）并列，后续名次顺延`}
            >
              <RankingFilters phaseId={phase.id} filter={filter} enterprises={view.enterprises} tiers={phase.tiers} />
              <div className="mt-5 border-t border-line pt-2">
                {view.rows.length === 0 ? (
                  <div className="pt-3">
                    <EmptyState title="没有符合条件的党组织" />
                  </div>
                ) : (
                  <RankingTable rows={view.rows} phaseId={phase.id} tierCount={phase.tiers.length} />
                )}
              </div>
              <Pagination
                page={view.page}
                pageCount={view.pageCount}
                hrefFor={(page) => rankingsHref({ ...filter, phaseId: phase.id, page })}
              />
            </Card>
          </>
        )}
      </div>
    </>
  );
}
