import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { ProblemSeverity, ProblemStatus } from "@/lib/generated/prisma/enums";
import { PROBLEM_SEVERITY_LABELS, PROBLEM_STATUS_LABELS } from "@/lib/labels";

const STATUS_TONES: Record<ProblemStatus, BadgeTone> = {
  OPEN: "accent",
  RECTIFYING: "info",
  AWAITING_VERIFICATION: "warning",
  CLOSED: "success",
};

const SEVERITY_TONES: Record<ProblemSeverity, BadgeTone> = { MINOR: "neutral", MAJOR: "warning", SEVERE: "accent" };

/** The status word, and 已逾期 beside it when the deadline has passed (overdue is derived). */
export function ProblemStatusBadge({ status, overdue }: { status: ProblemStatus; overdue?: boolean }) {
  return (
    <span className="inline-flex flex-wrap gap-1">
      <Badge tone={STATUS_TONES[status]}>{PROBLEM_STATUS_LABELS[status]}</Badge>
      {overdue && (
        <Badge tone="accent" className="bg-accent-700 text-white ring-accent-700">
          已逾期
        </Badge>
      )}
    </span>
  );
}

export function SeverityBadge({ severity }: { severity: ProblemSeverity }) {
  return <Badge tone={SEVERITY_TONES[severity]}>{PROBLEM_SEVERITY_LABELS[severity]}</Badge>;
}
