import type { ReportStatus } from "@/lib/generated/prisma/enums";
import { REPORT_STATUS_LABELS } from "@/lib/labels";
import { Badge, type BadgeTone } from "@/components/ui/badge";

const TONES: Record<ReportStatus, BadgeTone> = {
  DRAFT: "warning",
  SUBMITTED: "info",
  RETURNED: "accent",
  ACCEPTED: "success",
};

/** 未开始 / 草稿 / 已提交待审核 / 已退回 / 已通过, with 逾期 when the latest submission was late. */
export function ReportStatusBadge({ status, late }: { status: ReportStatus | null; late?: boolean }) {
  return (
    <span className="inline-flex flex-wrap gap-1">
      {status ? <Badge tone={TONES[status]}>{REPORT_STATUS_LABELS[status]}</Badge> : <Badge>未开始</Badge>}
      {late && <Badge tone="warning">逾期提交</Badge>}
    </span>
  );
}
