import Link from "next/link";
import { notFound } from "next/navigation";
import type { SessionUser } from "@/lib/auth/session-user";
import { AttachmentList } from "@/components/reports/attachment-list";
import { ReportProblems } from "@/components/reports/report-problems";
import { ReportReadonly } from "@/components/reports/report-readonly";
import { ReportStatusBadge } from "@/components/reports/report-status-badge";
import { ReviewForm } from "@/components/reports/review-form";
import { VersionCompareForm } from "@/components/reports/version-compare-form";
import { VersionDiff } from "@/components/reports/version-diff";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { can } from "@/lib/auth/permissions";
import { formatDateTime } from "@/lib/format";
import { SECTION_LABELS, type ReviewSectionKey } from "@/lib/reports/sections";
import { getReportForStaff, problemOrganizations } from "@/lib/reports/staff-queries";

export type CompareQuery = { from?: string; to?: string };

/** One report with its versions, reviews and (for staff, while submitted) the review form. */
export async function ReportDetail({
  user,
  idParam,
  query,
  basePath,
}: {
  user: SessionUser;
  idParam: string;
  query: CompareQuery;
  basePath: string;
}) {
  const id = Number(idParam);
  const report = Number.isInteger(id) && id > 0 && id < 2 ** 31 ? await getReportForStaff(user, id) : null;
  if (!report || report.versions.length === 0) notFound();
  const categories = report.categories.map((category) => ({
    ...category,
    items: category.items.map((item) => ({ ...item, maxPoints: item.maxPoints.toString() })),
  }));
  const itemTitles = new Map(categories.flatMap((c) => c.items.map((item) => [String(item.id), item.title] as const)));
  const latest = report.versions[0]!;
  const lastReview = report.reviews[0];
  const reasons =
    report.status === "RETURNED" && lastReview?.decision === "RETURNED"
      ? (lastReview.reasons as Partial<Record<ReviewSectionKey, string>>)
      : {};
  const from = report.versions.find((v) => v.version === Number(query.from));
  const to = report.versions.find((v) => v.version === Number(query.to));
  const canReview = can(user.role, "report.review") && report.status === "SUBMITTED";
  const organizations = canReview ? await problemOrganizations(report.enterpriseId) : [];

  return (
    <div className="mx-auto max-w-5xl">
      <Link
        href={`${basePath}?phase=${report.phaseId}`}
        className="text-sm text-ink-soft underline-offset-2 hover:underline"
      >
        ‹ 自查报告
      </Link>
      <header className="mt-2 mb-5">
        <div className="flex flex-wrap items-start justify-between gap-3">
          <h1 className="text-xl font-semibold tracking-tight text-ink sm:text-2xl">
            {report.enterprise.shortName} · {report.phase.name}自查报告
          </h1>
          <ReportStatusBadge status={report.status} late={latest.late} />
        </div>
        <p className="mt-1 text-sm text-ink-soft">{report.enterprise.name}</p>
        <p className="mt-0.5 text-xs text-muted">
          第 {latest.version} 版 · {latest.submittedBy.displayName} 于 {formatDateTime(latest.submittedAt)} 提交
          {report.phase.selfReportDeadline && ` · 截止 ${formatDateTime(report.phase.selfReportDeadline)}`}
        </p>
      </header>

      <div className="grid gap-5 lg:grid-cols-[1fr_18rem]">
        <div className="grid min-w-0 content-start gap-5">
          {canReview && (
            <ReviewForm
              reportId={report.id}
              version={latest.version}
              problemsText={latest.snapshot.problemsFound}
              options={{
                organizations,
                rubricCategories: categories.map((c) => ({
                  id: c.id,
                  name: c.name,
                  items: c.items.map((item) => ({ id: item.id, title: item.title })),
                })),
              }}
            />
          )}
          {from && to && <VersionDiff from={from} to={to} itemTitles={itemTitles} />}
          {report.status === "ACCEPTED" && (
            <Card title="列入问题清单的问题">
              <ReportProblems problems={report.problems} />
            </Card>
          )}
          <ReportReadonly report={latest.snapshot} categories={categories} reasons={reasons} />
          <Card title="附件">
            <AttachmentList files={report.attachments} />
          </Card>
        </div>
        <aside className="grid content-start gap-5">
          <Card title="提交记录" headingLevel={2}>
            <ol className="grid gap-2 text-sm">
              {report.versions.map((version) => (
                <li key={version.version} className="flex flex-wrap items-center gap-x-2">
                  <span className="font-medium">第 {version.version} 版</span>
                  <span className="tabular text-ink-soft">{formatDateTime(version.submittedAt)}</span>
                  {version.late && <Badge tone="warning">逾期</Badge>}
                </li>
              ))}
            </ol>
            {report.versions.length > 1 && (
              <VersionCompareForm
                versions={report.versions.map((v) => v.version)}
                from={from?.version ?? report.versions[1]!.version}
                to={to?.version ?? latest.version}
              />
            )}
          </Card>
          <Card title="审核记录" headingLevel={2}>
            {report.reviews.length === 0 ? (
              <p className="text-sm text-muted">尚未审核。</p>
            ) : (
              <ol className="grid gap-3 text-sm">
                {report.reviews.map((review) => (
                  <li key={review.id}>
                    <p>
                      <span className="font-medium">{review.decision === "ACCEPTED" ? "通过" : "退回"}</span>
                      <span className="text-ink-soft">
                        {" "}
                        第 {review.version} 版 · {review.reviewer.displayName} · {formatDateTime(review.createdAt)}
                      </span>
                    </p>
                    {review.decision === "RETURNED" && (
                      <ul className="mt-1 grid gap-0.5 text-xs text-ink-soft">
                        {Object.entries(review.reasons as Record<string, string>).map(([key, reason]) => (
                          <li key={key}>
                            {SECTION_LABELS[key as ReviewSectionKey] ?? key}：{reason}
                          </li>
                        ))}
                      </ul>
                    )}
                  </li>
                ))}
              </ol>
            )}
          </Card>
        </aside>
      </div>
    </div>
  );
}
