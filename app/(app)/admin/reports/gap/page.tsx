import type { Metadata } from "next";
import Link from "next/link";
import { PhaseTabs } from "@/components/rankings/phase-tabs";
import { GapTable } from "@/components/reports/gap-table";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import { gapRows, formatHundredths, GAP_THRESHOLD_HUNDREDTHS } from "@/lib/reports/gap";
import { selfAssessmentGap } from "@/lib/reports/gap-queries";
import { choosePhase } from "@/lib/reports/phase-choice";
import { reportPhases } from "@/lib/reports/queries";

export const metadata: Metadata = { title: "自评与观摩得分对比" };

export default async function GapPage({ searchParams }: { searchParams: Promise<{ phase?: string }> }) {
  await requirePermission("report.review");
  const phases = await reportPhases();
  const phase = choosePhase(phases, (await searchParams).phase);
  if (!phase) return <EmptyState title="暂无观摩阶段" />;
  const cells = await selfAssessmentGap(phase.id);
  const categories = [...new Map(cells.map((cell) => [cell.categoryId, cell])).values()]
    .sort((a, b) => a.categorySequence - b.categorySequence)
    .map((cell) => ({
      id: cell.categoryId,
      name: cell.categoryName,
      max: formatHundredths(Math.round(Number(cell.maxPoints) * 100)),
    }));
  const rows = gapRows(cells);
  return (
    <>
      <Link
        href={`/admin/reports?phase=${phase.id}`}
        className="text-sm text-ink-soft underline-offset-2 hover:underline"
      >
        ‹ 自查报告审核
      </Link>
      <PageHeader
        title="自评与观摩得分对比"
        description={`自评分取已提交报告的逐项自评之和；观摩得分取本企业党组织已提交评分表在各类别得分的平均值。差值超过 ${formatHundredths(GAP_THRESHOLD_HUNDREDTHS)} 分记为自评偏高或偏低。`}
      />
      <PhaseTabs phases={phases} currentId={phase.id} hrefFor={(id) => `/admin/reports/gap?phase=${id}`} />
      {rows.length === 0 ? (
        <EmptyState title="本阶段还没有自评分或观摩评分" />
      ) : (
        <Card>
          <GapTable rows={rows} categories={categories} />
        </Card>
      )}
    </>
  );
}
