import Link from "next/link";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { formatNumber } from "@/lib/format";
import type { ReportStatus } from "@/lib/generated/prisma/enums";
import type { ReportStatusRow } from "@/lib/home/leader-queries";
import { homeLinks } from "@/lib/home/links";
import { reportRowsToShow } from "@/lib/home/report-attention";
import { REPORT_STATUS_LABELS } from "@/lib/labels";

type Status = ReportStatus | "NONE";

const ORDER: readonly Status[] = ["ACCEPTED", "SUBMITTED", "RETURNED", "DRAFT", "NONE"];
const LABELS: Record<Status, string> = { ...REPORT_STATUS_LABELS, SUBMITTED: "待审核", NONE: "未填写" };
const TONES: Record<Status, BadgeTone> = {
  ACCEPTED: "success",
  SUBMITTED: "info",
  RETURNED: "warning",
  DRAFT: "neutral",
  NONE: "neutral",
};

/** The phase's self-reports: how many in each state, then the enterprises with their state (attention first when many). */
export function ReportStatusGrid({ phaseId, rows }: { phaseId: number; rows: ReportStatusRow[] }) {
  const countOf = (status: Status) => rows.find((row) => (row.status ?? "NONE") === status)?.statusCount ?? 0;
  const listed = reportRowsToShow(rows);
  return (
    <div className="space-y-4">
      <dl className="grid grid-cols-5 gap-2" data-testid="report-counts">
        {ORDER.map((status) => (
          <div key={status} className="min-w-0 rounded-md bg-canvas px-2 py-2 text-center">
            <dt className="truncate text-xs text-muted">{LABELS[status]}</dt>
            <dd className="tabular text-2xl font-semibold text-ink" data-status={status}>
              {formatNumber(countOf(status))}
            </dd>
          </div>
        ))}
      </dl>
      <ul aria-label="各企业自查报告状态" className="grid grid-cols-1 gap-x-4 gap-y-1.5 text-sm sm:grid-cols-2">
        {listed.rows.map((row) => {
          const status: Status = row.status ?? "NONE";
          return (
            <li key={row.enterpriseId} className="flex items-center justify-between gap-2" data-testid="report-row">
              <Link
                href={homeLinks.reports(phaseId)}
                className="truncate text-ink hover:text-accent-700 hover:underline"
              >
                {row.enterpriseName}
              </Link>
              <span className="flex shrink-0 gap-1">
                {row.late && <Badge tone="warning">逾期</Badge>}
                <Badge tone={TONES[status]}>{LABELS[status]}</Badge>
              </span>
            </li>
          );
        })}
      </ul>
      {listed.hidden > 0 && (
        <p className="text-sm text-muted" data-testid="report-rows-hidden">
          先列出尚未通过的企业；另有 {formatNumber(listed.hidden)} 家未列出，各状态家数见上方。
        </p>
      )}
    </div>
  );
}
