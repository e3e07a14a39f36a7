import type { Metadata } from "next";
import Link from "next/link";
import { ReportStatusBadge } from "@/components/reports/report-status-badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import { formatDateTime } from "@/lib/format";
import { listOwnReports } from "@/lib/reports/queries";

export const metadata: Metadata = { title: "自查报告" };

export default async function OwnReportsPage() {
  const user = await requirePermission("report.write");
  const rows = await listOwnReports(user);
  return (
    <>
      <PageHeader
        title="自查报告"
        description={`${user.enterpriseName ?? "本企业"}每个观摩阶段撰写一份自查报告，草稿随填随存，提交后由市国资委审核。`}
      />
      {rows.length === 0 ? (
        <EmptyState
          title="暂无观摩阶段"
          description={user.enterpriseId === null ? "您的账号未关联企业，请联系管理员。" : undefined}
        />
      ) : (
        <Card>
          <ul className="divide-y divide-line" aria-label="各阶段自查报告">
            {rows.map(({ phase, report }) => (
              <li key={phase.id} className="flex flex-col gap-2 py-3 sm:flex-row sm:items-center sm:justify-between">
                <div className="min-w-0">
                  <Link
                    href={`/reports/${phase.id}`}
                    className="font-medium text-ink underline-offset-2 hover:underline"
                  >
                    {phase.campaign.year}年 {phase.name}
                  </Link>
                  <p className="mt-0.5 text-xs text-muted">
                    {phase.selfReportDeadline ? `提交截止 ${formatDateTime(phase.selfReportDeadline)}` : "未设截止时间"}
                    {report?.lastSubmittedAt && ` · 最近提交 ${formatDateTime(report.lastSubmittedAt)}`}
                  </p>
                </div>
                <ReportStatusBadge status={report?.status ?? null} late={report?.late} />
              </li>
            ))}
          </ul>
        </Card>
      )}
    </>
  );
}
