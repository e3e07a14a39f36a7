import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { PhaseForm } from "@/components/campaign/phase-form";
import { PhaseStatusControl } from "@/components/campaign/phase-status-control";
import { calendarDateKey, chinaDateTimeInput } from "@/lib/campaign/dates";
import { closeProblem, openProblem } from "@/lib/campaign/rules";
import type { PhaseForSetup } from "@/lib/campaign/queries";
import { formatDateRange, formatDateTime, formatNumber } from "@/lib/format";
import { PHASE_KIND_LABELS, PHASE_STATUS_LABELS } from "@/lib/labels";

const SEQUENCE_NAMES = ["", "第一阶段", "第二阶段", "第三阶段"];
const STATUS_TONES = { PLANNED: "info", ACTIVE: "accent", CLOSED: "neutral" } as const;

/** One phase: what it is, its state and the next step, and (until it closes) its settings. */
export function PhaseCard({ phase, phases }: { phase: PhaseForSetup; phases: PhaseForSetup[] }) {
  const blockedReason =
    phase.status === "PLANNED"
      ? openProblem(phases, phase)
      : phase.status === "ACTIVE"
        ? closeProblem(phases, phase)
        : null;
  return (
    <Card
      headingLevel={2}
      title={
        <>
          <span className="mr-2 text-sm font-normal text-muted">
            {SEQUENCE_NAMES[phase.sequence] ?? `第${phase.sequence}阶段`}
          </span>
          {phase.name}
        </>
      }
      description={phase.name !== PHASE_KIND_LABELS[phase.kind] ? PHASE_KIND_LABELS[phase.kind] : undefined}
      actions={<Badge tone={STATUS_TONES[phase.status]}>{PHASE_STATUS_LABELS[phase.status]}</Badge>}
      data-testid={`phase-${phase.kind}`}
    >
      <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-2 lg:grid-cols-4">
        <div>
          <dt className="text-muted">时间</dt>
          <dd className="tabular">{formatDateRange(phase.startsOn, phase.endsOn)}</dd>
        </div>
        <div>
          <dt className="text-muted">自查报告截止</dt>
          <dd className="tabular">{phase.selfReportDeadline ? formatDateTime(phase.selfReportDeadline) : "未设置"}</dd>
        </div>
        <div>
          <dt className="text-muted">站点间最短路程时间</dt>
          <dd className="tabular">{phase.travelMinutes} 分钟</dd>
        </div>
        <div>
          <dt className="text-muted">观摩活动</dt>
          <dd className="tabular">{formatNumber(phase.tourCount)} 场</dd>
        </div>
        {phase.closedAt && (
          <div className="sm:col-span-2">
            <dt className="text-muted">结束时间</dt>
            <dd className="tabular">{formatDateTime(phase.closedAt)}（评分已锁定）</dd>
          </div>
        )}
      </dl>

      {phase.status !== "CLOSED" && (
        <div className="mt-4 grid gap-4 border-t border-line pt-4">
          <PhaseStatusControl
            key={phase.status}
            phaseId={phase.id}
            name={phase.name}
            status={phase.status}
            tourCount={phase.tourCount}
            blockedReason={blockedReason}
          />
          <details className="group">
            <summary className="cursor-pointer text-sm font-medium text-ink-soft select-none hover:text-ink">
              修改时间与设置
            </summary>
            <div className="mt-4">
              <PhaseForm
                phaseId={phase.id}
                defaults={{
                  name: phase.name,
                  startsOn: calendarDateKey(phase.startsOn),
                  endsOn: calendarDateKey(phase.endsOn),
                  selfReportDeadline: phase.selfReportDeadline ? chinaDateTimeInput(phase.selfReportDeadline) : "",
                  travelMinutes: phase.travelMinutes,
                }}
              />
            </div>
          </details>
        </div>
      )}
    </Card>
  );
}
