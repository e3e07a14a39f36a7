import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AttachmentList } from "@/components/reports/attachment-list";
import { ReportAttachments } from "@/components/reports/report-attachments";
import { ReportEditor } from "@/components/reports/report-editor";
import { ReportProblems } from "@/components/reports/report-problems";
import { ReportReadonly } from "@/components/reports/report-readonly";
import { ReportStatusBadge } from "@/components/reports/report-status-badge";
import { Card } from "@/components/ui/card";
import { requirePermission } from "@/lib/auth/current-user";
import { formatDateTime } from "@/lib/format";
import { getOwnReport } from "@/lib/reports/queries";
import type { ReviewSectionKey } from "@/lib/reports/sections";
import { isEditable } from "@/lib/reports/state";

export const metadata: Metadata = { title: "自查报告" };

export default async function OwnReportPage({ params }: { params: Promise<{ phaseId: string }> }) {
  const user = await requirePermission("report.write");
  const phaseId = Number((await params).phaseId);
  const view = Number.isInteger(phaseId) && phaseId > 0 && phaseId < 2 ** 31 ? await getOwnReport(user, phaseId) : null;
  if (!view) notFound();
  const { phase, report } = view;
  const categories = view.categories.map((category) => ({
    ...category,
    items: category.items.map((item) => ({ ...item, maxPoints: item.maxPoints.toString() })),
  }));
  const selfScores = Object.fromEntries(
    (report?.selfScores ?? []).map((row) => [String(row.itemId), row.score.toString().replace(/\.0$/, "")]),
  );
  const reasons =
    report?.status === "RETURNED" && report.lastReview?.decision === "RETURNED"
      ? (report.lastReview.reasons as Partial<Record<ReviewSectionKey, string>>)
      : {};
  const editable = !report || isEditable(report.status);
  const latest = report?.versions[0];

  return (
    <div className="mx-auto max-w-4xl">
      <Link href="/reports" className="text-sm text-ink-soft underline-offset-2 hover:underline">
        ‹ 自查报告
      </Link>
      <header className="mt-2 mb-5">
        <div className="flex flex-wrap items-start justify-between gap-3">
          <h1 className="text-xl font-semibold tracking-tight text-ink sm:text-2xl">{phase.name}自查报告</h1>
          <ReportStatusBadge status={report?.status ?? null} late={latest?.late} />
        </div>
        <p className="mt-1 text-sm text-ink-soft">
          {user.enterpriseName} · {phase.campaign.name}
        </p>
        <p className="mt-0.5 text-xs text-muted">
          {phase.selfReportDeadline ? `提交截止 ${formatDateTime(phase.selfReportDeadline)}` : "未设提交截止时间"}
          {report && report.submissionCount > 0 && ` · 已提交 ${report.submissionCount} 次`}
        </p>
      </header>

      {report?.status === "RETURNED" && (
        <p role="status" className="mb-5 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 ring-1 ring-amber-200">
          报告已于 {formatDateTime(report.lastReview!.createdAt)} 被退回，请按各部分旁的退回理由修改后再次提交。
        </p>
      )}
      {report?.status === "SUBMITTED" && (
        <p role="status" className="mb-5 rounded-md bg-sky-50 px-3 py-2 text-sm text-sky-900 ring-1 ring-sky-200">
          报告已于 {formatDateTime(report.lastSubmittedAt!)} 提交{latest?.late ? "（逾期）" : ""}
          ，正在审核，审核期间不能修改。
        </p>
      )}
      {report?.status === "ACCEPTED" && (
        <p
          role="status"
          className="mb-5 rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-800 ring-1 ring-emerald-200"
        >
          报告已于 {formatDateTime(report.acceptedAt!)} 通过审核。
        </p>
      )}

      {editable ? (
        <ReportEditor
          phaseId={phase.id}
          phaseName={phase.name}
          deadline={phase.selfReportDeadline}
          reportId={report?.id ?? null}
          editVersion={report?.editVersion ?? 0}
          initial={{
            workDone: report?.workDone ?? "",
            highlights: report?.highlights ?? "",
            problemsFound: report?.problemsFound ?? "",
            rectificationPlan: report?.rectificationPlan ?? "",
            experience: report?.experience ?? "",
            brands: report?.brands ?? [],
            innovationCases: report?.innovationCases ?? [],
            selfScores,
          }}
          categories={categories}
          reasons={reasons}
          attachments={
            <ReportAttachments phaseId={phase.id} files={report?.attachments ?? []} ready={report !== null} />
          }
        />
      ) : (
        <div className="grid gap-5">
          {report!.status === "ACCEPTED" && (
            <Card title="列入问题清单的问题">
              <ReportProblems problems={report!.problems} />
            </Card>
          )}
          <ReportReadonly report={{ ...report!, selfScores }} categories={categories} />
          <Card title="附件">
            <AttachmentList files={report!.attachments} />
          </Card>
        </div>
      )}
    </div>
  );
}
