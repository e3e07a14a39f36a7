import type { Metadata } from "next";
import Link from "next/link";
import { boardView } from "@/components/demonstration/board-view";
import { CandidateList } from "@/components/demonstration/candidate-list";
import { ChosenList } from "@/components/demonstration/chosen-list";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import { CANDIDATE_LIMIT, loadSelectionBoard } from "@/lib/demonstration/queries";
import { PHASE_STATUS_LABELS, SELECTION_CATEGORY_LABELS } from "@/lib/labels";

export const metadata: Metadata = { title: "示范评选" };

const CANDIDATE_NOTES = {
  UNIT: "此前阶段有正式得分的党组织，按综合得分排序。",
  PROJECT: "本年度经验库条目，按所属党组织的综合得分排序，同分时已推广的在前。",
  SITE: "启用中的观摩点，按所属党组织的综合得分排序。",
} as const;

export default async function DemonstrationAdminPage() {
  await requirePermission("demonstration.select");
  const board = await loadSelectionBoard();
  if (!board) {
    return (
      <>
        <PageHeader title="示范评选" />
        <EmptyState title="还没有示范观摩阶段" description="请先在“活动与阶段”中设置示范观摩阶段。" />
      </>
    );
  }
  const editable = board.phase.status !== "CLOSED";
  const phases = board.earlierPhases;
  return (
    <>
      <PageHeader
        title="示范评选"
        description={
          <>
            {board.phase.campaign.year}年 {board.phase.name} <Badge>{PHASE_STATUS_LABELS[board.phase.status]}</Badge>
            　评选 3 个党建先进示范单位、3 个党建优秀示范项目和 6 个国企党建观摩示范点。候选按此前阶段（
            {phases.map((phase) => phase.name).join("、") || "无"}）的正式得分排序，综合得分为其有得分阶段的平均分。
          </>
        }
        actions={
          <Link href="/demonstration" className={buttonClasses({ variant: "secondary" })}>
            查看示范名单
          </Link>
        }
      />
      {!editable && (
        <p className="mb-4 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900" role="note">
          示范观摩阶段已结束，评选结果已锁定。
        </p>
      )}
      <div className="grid gap-6">
        {boardView(board).map((section) => (
          <Card
            key={section.category}
            title={`${SELECTION_CATEGORY_LABELS[section.category]}（已选 ${section.chosen.length} / ${section.quota}）`}
            data-testid={`board-${section.category}`}
          >
            <div className="grid gap-5 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
              <section aria-label={`${SELECTION_CATEGORY_LABELS[section.category]}已入选`}>
                <h3 className="mb-2 text-sm font-semibold text-ink">已入选</h3>
                <ChosenList chosen={section.chosen} quota={section.quota} editable={editable} />
              </section>
              <section aria-label={`${SELECTION_CATEGORY_LABELS[section.category]}候选`}>
                <h3 className="text-sm font-semibold text-ink">候选</h3>
                <p className="mb-1 text-xs text-muted">
                  {CANDIDATE_NOTES[section.category]}最多列出前 {CANDIDATE_LIMIT} 个。
                </p>
                <CandidateList
                  phaseId={board.phase.id}
                  category={section.category}
                  candidates={section.candidates}
                  phases={phases}
                  full={section.chosen.length >= section.quota}
                  editable={editable}
                />
              </section>
            </div>
          </Card>
        ))}
      </div>
    </>
  );
}
