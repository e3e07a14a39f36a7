import { Badge, type BadgeTone } from "@/components/ui/badge";
import { formatDateTime } from "@/lib/format";
import { REPORT_STATUS_LABELS } from "@/lib/labels";
import type { ReportStatus } from "@/lib/generated/prisma/enums";
import type { selfReportFor } from "@/lib/home/secretary-queries";

const REPORT_TONES: Record<ReportStatus, BadgeTone> = {
  DRAFT: "neutral",
  SUBMITTED: "info",
  RETURNED: "warning",
  ACCEPTED: "success",
};

type ReportSummary = Awaited<ReturnType<typeof selfReportFor>>;

/** Where this phase's self-report stands, with its deadline; a missed deadline is marked. */
export function SelfReportStatus({
  report,
  deadline,
  now,
}: {
  report: ReportSummary;
  deadline: Date | null;
  now: Date;
}) {
  const open = !report || report.status === "DRAFT" || report.status === "RETURNED";
  const pastDeadline = Boolean(deadline && now > deadline);
  const submittedLate = Boolean(deadline && report?.lastSubmittedAt && report.lastSubmittedAt > deadline);
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center gap-2">
        <Badge tone={report ? REPORT_TONES[report.status] : "neutral"}>
          {report ? REPORT_STATUS_LABELS[report.status] : "尚未填写"}
        </Badge>
        {open && pastDeadline && <Badge tone="accent">已过截止时间</Badge>}
        {!open && submittedLate && <Badge tone="warning">逾期提交</Badge>}
      </div>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="text-muted">截止时间</dt>
        <dd className="tabular text-ink">{deadline ? formatDateTime(deadline) : "未设定"}</dd>
        {report?.lastSubmittedAt && (
          <>
            <dt className="text-muted">最近提交</dt>
            <dd className="tabular text-ink">
              {formatDateTime(report.lastSubmittedAt)}
              {report.submissionCount > 1 ? `（第 ${report.submissionCount} 次）` : ""}
            </dd>
          </>
        )}
        {report?.acceptedAt && (
          <>
            <dt className="text-muted">审核通过</dt>
            <dd className="tabular text-ink">{formatDateTime(report.acceptedAt)}</dd>
          </>
        )}
      </dl>
      {report?.status === "RETURNED" && (
        <p className="text-sm text-amber-900">报告已被退回，请按退回意见修改后重新提交。</p>
      )}
    </div>
  );
}
