import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EmptyState } from "@/components/ui/empty-state";
import { localDraftKey } from "@/components/scoring/local-draft";
import { ScoreSheetEditor } from "@/components/scoring/score-sheet-editor";
import { SheetReadonly } from "@/components/scoring/sheet-readonly";
import { SheetStatusBadge } from "@/components/scoring/sheet-status-badge";
import { requirePermission } from "@/lib/auth/current-user";
import { formatDateTime, formatDateTimeRange } from "@/lib/format";
import { formatHalves } from "@/lib/scoring/points";
import { getScoringSheet } from "@/lib/scoring/queries";
import { LOCK_MESSAGES } from "@/lib/scoring/sheet-rules";

export const metadata: Metadata = { title: "评分表" };

export default async function ScoreSheetPage({ params }: { params: Promise<{ stopId: string }> }) {
  const user = await requirePermission("score.write");
  const stopId = Number((await params).stopId);
  const view = Number.isInteger(stopId) && stopId > 0 ? await getScoringSheet(user, stopId) : null;
  if (!view) notFound();
  const { stop, rubric, sheet } = view;
  const readOnly = !view.editable || sheet?.status === "SUBMITTED";

  return (
    <div className="mx-auto max-w-3xl">
      <Link href="/scoring" className="text-sm text-ink-soft underline-offset-2 hover:underline">
        ‹ 我的评分
      </Link>
      <header className="mt-2 mb-5">
        <div className="flex items-start justify-between gap-3">
          <h1 className="text-xl font-semibold tracking-tight text-ink sm:text-2xl">{stop.siteName}</h1>
          <SheetStatusBadge status={sheet?.status ?? null} />
        </div>
        <p className="mt-1 text-sm text-ink-soft">
          {stop.organizationName} · {stop.enterpriseName}
        </p>
        <p className="mt-0.5 text-xs text-muted">
          {stop.phaseName} · {stop.tourTitle} ·{" "}
          <span className="tabular">{formatDateTimeRange(stop.arriveAt, stop.departAt)}</span>
        </p>
        {rubric && (
          <p className="mt-0.5 text-xs text-muted">
            按《{rubric.title}》第 {rubric.version} 版评分
          </p>
        )}
      </header>

      {!rubric ? (
        <EmptyState title="本阶段的评分细则尚未启用" description="细则启用后即可评分。" />
      ) : readOnly ? (
        <div className="grid gap-4">
          <p role="status" className="rounded-md bg-canvas px-3 py-2 text-sm text-ink-soft ring-1 ring-line">
            {sheet?.status === "SUBMITTED"
              ? `评分表已于 ${formatDateTime(sheet.submittedAt!)} 提交，不能再修改；如需更正，请联系市国资委工作人员解锁。`
              : LOCK_MESSAGES[view.lock ?? "phase_closed"]}
          </p>
          <SheetReadonly
            total={sheet?.total ?? "0"}
            comment={sheet?.comment ?? ""}
            categories={rubric.categories.map((category) => ({
              id: category.id,
              name: category.name,
              items: category.items.map((item) => ({
                id: item.id,
                title: item.title,
                max: formatHalves(item.maxHalves),
                score: sheet?.scores[item.id] ?? null,
              })),
            }))}
          />
        </div>
      ) : (
        <ScoreSheetEditor
          key={`${sheet?.id ?? 0}-${sheet?.status ?? "NEW"}`}
          stopId={view.stopId}
          storageKey={localDraftKey(user.id, view.stopId)}
          rubric={rubric}
          initial={sheet}
        />
      )}
    </div>
  );
}
