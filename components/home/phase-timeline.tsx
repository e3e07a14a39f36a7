import { Badge } from "@/components/ui/badge";
import { cx } from "@/components/ui/cx";
import { formatDate, formatDateRange } from "@/lib/format";
import { PHASE_KIND_LABELS, PHASE_STATUS_LABELS } from "@/lib/labels";
import type { PhaseSummary } from "@/lib/home/queries";

const SEQUENCE_NAMES = ["", "第一阶段", "第二阶段", "第三阶段", "第四阶段"];

/** The campaign's phases in order, the active one marked; reads as an ordered list. */
export function PhaseTimeline({ phases }: { phases: PhaseSummary[] }) {
  return (
    <ol className="grid gap-3 md:grid-cols-3">
      {phases.map((phase) => {
        const active = phase.status === "ACTIVE";
        return (
          <li
            key={phase.id}
            aria-current={active ? "step" : undefined}
            className={cx(
              "rounded-md border px-4 py-3",
              active ? "border-accent-700 bg-accent-50/60" : "border-line bg-surface",
            )}
          >
            <div className="flex items-center justify-between gap-2">
              <p className="text-xs text-muted">
                {SEQUENCE_NAMES[phase.sequence] ?? `第${phase.sequence}阶段`}
                {/* The kind is worth repeating only when the phase was given another name. */}
                {phase.name !== PHASE_KIND_LABELS[phase.kind] && ` · ${PHASE_KIND_LABELS[phase.kind]}`}
              </p>
              <Badge tone={active ? "accent" : phase.status === "CLOSED" ? "neutral" : "info"}>
                {PHASE_STATUS_LABELS[phase.status]}
              </Badge>
            </div>
            <p className={cx("mt-1 font-medium", active ? "text-accent-800" : "text-ink")}>{phase.name}</p>
            <p className="tabular mt-0.5 text-sm text-ink-soft">{formatDateRange(phase.startsOn, phase.endsOn)}</p>
            {phase.selfReportDeadline && (
              <p className="mt-0.5 text-xs text-muted">自查报告截止：{formatDate(phase.selfReportDeadline)}</p>
            )}
          </li>
        );
      })}
    </ol>
  );
}
