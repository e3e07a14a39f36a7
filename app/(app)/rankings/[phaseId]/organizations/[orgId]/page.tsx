import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { CategoryMeans } from "@/components/rankings/category-means";
import { ScoreStatistics } from "@/components/rankings/score-statistics";
import { ScorerTotals } from "@/components/rankings/scorer-totals";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { organizationScoreDetail } from "@/lib/rankings/detail";

export const metadata: Metadata = { title: "评分明细" };

const positiveId = (value: string) => (/^\d{1,9}$/.test(value) && Number(value) > 0 ? Number(value) : null);

export default async function OrganizationScorePage({
  params,
}: {
  params: Promise<{ phaseId: string; orgId: string }>;
}) {
  const user = await requireUser();
  const readsAll = can(user.role, "ranking.readAll");
  if (!readsAll && !can(user.role, "ranking.readOwn")) forbidden();
  const raw = await params;
  const phaseId = positiveId(raw.phaseId);
  const orgId = positiveId(raw.orgId);
  if (phaseId === null || orgId === null) notFound();

  const detail = await organizationScoreDetail(user, phaseId, orgId);
  if (detail.kind === "notFound") notFound();

  const { phase, organization } = detail;
  const backHref = readsAll ? `/rankings?phase=${phase.id}` : "/rankings/mine";
  const header = (
    <PageHeader
      title={organization.name}
      description={`${organization.enterprise.name} · ${phase.campaign.year}年${phase.name}`}
      actions={
        <Link href={backHref} className="text-sm text-ink-soft underline-offset-2 hover:underline">
          {readsAll ? "返回排名" : "返回本企业结果"}
        </Link>
      }
    />
  );

  if (detail.kind === "unpublished") {
    return (
      <>
        {header}
        <EmptyState
          title="本阶段结果尚未公布"
          description="市国资委公布本阶段结果后，可在这里查看本企业党组织的得分和排名。"
        />
      </>
    );
  }

  const { ranking, categories, scorers } = detail;
  if (!ranking) {
    return (
      <>
        {header}
        <EmptyState title="本阶段没有该党组织已提交的评分表" />
      </>
    );
  }

  const trimApplies = phase.scoreMethod === "TRIMMED_MEAN" && ranking.scorerCount >= Math.max(phase.trimMinScorers, 3);
  return (
    <>
      {header}
      <div className="grid gap-6">
        <Card title="得分与排名">
          <ScoreStatistics ranking={ranking} phase={phase} showDisagreement={readsAll} />
        </Card>
        <Card title="分类平均得分" description="各评分类别在已提交评分表中的平均得分">
          <CategoryMeans categories={categories} />
        </Card>
        {scorers && (
          <Card title="各评分人总分" description="仅市国资委工作人员和领导可见">
            <ScorerTotals scorers={scorers} trimApplies={trimApplies} />
          </Card>
        )}
      </div>
    </>
  );
}
