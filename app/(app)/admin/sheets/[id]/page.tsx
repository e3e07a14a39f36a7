import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { RevisionList } from "@/components/scoring/revision-list";
import { SheetReadonly } from "@/components/scoring/sheet-readonly";
import { SheetStatusBadge } from "@/components/scoring/sheet-status-badge";
import { UnlockForm } from "@/components/scoring/unlock-form";
import { Card } from "@/components/ui/card";
import { requirePermission } from "@/lib/auth/current-user";
import { formatDateTime } from "@/lib/format";
import { getSheetDetail } from "@/lib/scoring/admin-queries";
import { LOCK_MESSAGES } from "@/lib/scoring/sheet-rules";

export const metadata: Metadata = { title: "评分表" };

export default async function SheetPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePermission("score.unlock");
  const id = Number((await params).id);
  const sheet = Number.isInteger(id) && id > 0 ? await getSheetDetail(id) : null;
  if (!sheet) notFound();
  const phaseActive = sheet.phase.status === "ACTIVE";
  // The newest revision is the unlock when the sheet is a draft again after a submission.
  const lastUnlock = sheet.revisions[0]?.reason ? sheet.revisions[0] : null;

  return (
    <div className="mx-auto max-w-3xl">
      <Link href="/admin/sheets" className="text-sm text-ink-soft underline-offset-2 hover:underline">
        ‹ 评分表
      </Link>
      <header className="mt-2 mb-5">
        <div className="flex items-start justify-between gap-3">
          <h1 className="text-xl font-semibold tracking-tight text-ink sm:text-2xl">{sheet.stop.site.name}</h1>
          <SheetStatusBadge status={sheet.status} />
        </div>
        <p className="mt-1 text-sm text-ink-soft">
          {sheet.partyOrganization.name} · {sheet.partyOrganization.enterprise.shortName}
        </p>
        <p className="mt-0.5 text-xs text-muted">
          {sheet.phase.name} · {sheet.stop.tour.title} · {formatDateTime(sheet.stop.arriveAt)} · 按《
          {sheet.rubric.title}》第 {sheet.rubric.version} 版
        </p>
        <p className="mt-2 text-sm text-ink">
          评分人：{sheet.scorer.displayName}
          {sheet.scorer.enterprise && <span className="text-muted">（{sheet.scorer.enterprise.shortName}）</span>}
          <span className="text-muted">
            {" "}
            · 第 {sheet.version} 版 ·{" "}
            {sheet.submittedAt
              ? `${formatDateTime(sheet.submittedAt)} 提交`
              : `${formatDateTime(sheet.updatedAt)} 保存`}
          </span>
        </p>
      </header>

      <div className="grid gap-5">
        <SheetReadonly categories={sheet.categories} total={sheet.total} comment={sheet.comment} />

        {sheet.status === "DRAFT" && lastUnlock && (
          <p role="status" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 ring-1 ring-amber-200">
            已于 {formatDateTime(lastUnlock.createdAt)} 由{lastUnlock.changedBy.displayName}
            解锁，等待评分人修改后重新提交。原因：
            {lastUnlock.reason}
          </p>
        )}
        {sheet.status === "SUBMITTED" && (
          <Card title="解锁" description="解锁后评分表退回评分人修改；已提交的分值保留在修改记录中。">
            {phaseActive ? (
              <UnlockForm sheetId={sheet.id} version={sheet.version} scorerName={sheet.scorer.displayName} />
            ) : (
              <p className="text-sm text-muted">
                {sheet.phase.status === "CLOSED" ? LOCK_MESSAGES.phase_closed : LOCK_MESSAGES.phase_planned}，不能解锁。
              </p>
            )}
          </Card>
        )}

        <Card title="修改记录" description="每次保存、提交和解锁后的状态">
          <RevisionList revisions={sheet.revisions} />
        </Card>
      </div>
    </div>
  );
}
