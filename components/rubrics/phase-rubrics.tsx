import Link from "next/link";
import { formatDateTime, formatNumber } from "@/lib/format";
import { createRubricAction } from "@/lib/rubrics/actions";
import type { PhaseWithRubrics } from "@/lib/rubrics/queries";
import { PHASE_STATUS_LABELS } from "@/lib/labels";
import { ActionButton } from "@/components/rubrics/action-button";
import { RubricStatusBadge } from "@/components/rubrics/rubric-status-badge";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";

/** One phase's rubric versions: which one scores now, how complete each is, how far it is used. */
export function PhaseRubrics({ phase }: { phase: PhaseWithRubrics }) {
  return (
    <Card
      title={
        <>
          {phase.name} <Badge className="ml-1 align-middle">{PHASE_STATUS_LABELS[phase.status]}</Badge>
        </>
      }
      description={phase.campaignName}
      actions={
        phase.status !== "CLOSED" && (
          <ActionButton
            action={createRubricAction}
            fields={{ phaseId: phase.id, title: `${phase.name}评分细则` }}
            label="新建细则"
            pendingLabel="正在新建…"
            openResult
          />
        )
      }
      data-testid={`phase-rubrics-${phase.id}`}
    >
      {phase.rubrics.length === 0 ? (
        <EmptyState title="本阶段还没有评分细则" description="新建一份草稿，添加类别和条目，满分合计 100 分后启用。" />
      ) : (
        <ul className="-mx-5 divide-y divide-line">
          {phase.rubrics.map((rubric) => (
            <li key={rubric.id}>
              <Link
                href={`/admin/rubrics/${rubric.id}`}
                className="flex flex-wrap items-center gap-x-4 gap-y-1 px-5 py-3 hover:bg-canvas"
              >
                <span className="min-w-0 flex-1">
                  <span className="font-medium text-ink">{rubric.title}</span>
                  <span className="ml-2 text-sm text-muted">第 {rubric.version} 版</span>
                  <span className="mt-0.5 block text-xs text-muted">
                    {formatNumber(rubric.itemCount)} 个条目，满分合计 <span className="tabular">{rubric.maxTotal}</span>{" "}
                    分{rubric.activatedAt && ` · ${formatDateTime(rubric.activatedAt)} 启用`}
                  </span>
                </span>
                <span className="tabular text-sm text-ink-soft">
                  评分表 {formatNumber(rubric.sheetCount)} 份，已提交 {formatNumber(rubric.submittedCount)} 份
                </span>
                <RubricStatusBadge status={rubric.status} />
              </Link>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
