import Link from "next/link";
import { cx } from "@/components/ui/cx";
import { PHASE_STATUS_LABELS } from "@/lib/labels";
import type { PhaseStatus } from "@/lib/generated/prisma/enums";

export type PhaseTab = {
  id: number;
  name: string;
  status: PhaseStatus;
  campaign: { year: number };
};

/** The phases as tabs (links, so the choice lives in the URL); the year shows when several campaigns exist. */
export function PhaseTabs({
  phases,
  currentId,
  hrefFor,
  label = "选择阶段",
}: {
  phases: readonly PhaseTab[];
  currentId: number;
  hrefFor: (phaseId: number) => string;
  label?: string;
}) {
  const years = new Set(phases.map((phase) => phase.campaign.year));
  return (
    <nav aria-label={label} className="mb-5 flex flex-wrap gap-2">
      {phases.map((phase) => {
        const current = phase.id === currentId;
        return (
          <Link
            key={phase.id}
            href={hrefFor(phase.id)}
            aria-current={current ? "page" : undefined}
            className={cx(
              "inline-flex items-center gap-2 rounded-md border px-3 py-1.5 text-sm transition-colors",
              current
                ? "border-accent-700 bg-accent-50 font-medium text-accent-800"
                : "border-line-strong bg-surface text-ink-soft hover:bg-canvas hover:text-ink",
            )}
          >
            {years.size > 1 && <span className="tabular">{phase.campaign.year}年</span>}
            {phase.name}
            <span className={cx("text-xs", current ? "text-accent-800/80" : "text-muted")}>
              {PHASE_STATUS_LABELS[phase.status]}
            </span>
          </Link>
        );
      })}
    </nav>
  );
}
