import type { Metadata } from "next";
import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { PhaseRubrics } from "@/components/rubrics/phase-rubrics";
import { requirePermission } from "@/lib/auth/current-user";
import { listRubricsByPhase } from "@/lib/rubrics/queries";

export const metadata: Metadata = { title: "评分细则" };

export default async function RubricsPage() {
  await requirePermission("campaign.manage");
  const phases = await listRubricsByPhase();
  return (
    <>
      <PageHeader
        title="评分细则"
        description="每个阶段按其启用的细则评分。细则各条目满分合计 100 分方可启用；已有评分表提交后细则不能再修改，请“复制为新版本”。"
        actions={
          <Link href="/admin/sheets" className={buttonClasses({ variant: "secondary" })}>
            评分表与解锁
          </Link>
        }
      />
      {phases.length === 0 ? (
        <EmptyState title="还没有阶段" description="设置活动和阶段后，在这里为每个阶段制定评分细则。" />
      ) : (
        <div className="grid gap-6">
          {phases.map((phase) => (
            <PhaseRubrics key={phase.id} phase={phase} />
          ))}
        </div>
      )}
    </>
  );
}
