import Link from "next/link";
import { PhaseTabs } from "@/components/rankings/phase-tabs";
import { ReportStatusBadge } from "@/components/reports/report-status-badge";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import type { SessionUser } from "@/lib/auth/session-user";
import { can } from "@/lib/auth/permissions";
import { formatDateTime } from "@/lib/format";
import { choosePhase } from "@/lib/reports/phase-choice";
import { reportPhases } from "@/lib/reports/queries";
import { listPhaseReports } from "@/lib/reports/staff-queries";

/**
 * The reports of a phase: for staff every enterprise with its status and late flag; for leaders
 * the accepted reports only. `basePath` is where this list lives (/admin/reports or /reports/accepted).
 */
export async function PhaseReportList({
  user,
  phaseParam,
  basePath,
}: {
  user: SessionUser;
  phaseParam?: string;
  basePath: string;
}) {
  const phases = await reportPhases();
  const phase = choosePhase(phases, phaseParam);
  const reviewer = can(user.role, "report.review");
  if (!phase) return <EmptyState title="暂无观摩阶段" />;
  const rows = await listPhaseReports(user, phase.id);
  const counts = rows.reduce<Record<string, number>>((sum, row) => {
    const key = row.report?.status ?? "NONE";
    return { ...sum, [key]: (sum[key] ?? 0) + 1 };
  }, {});
  return (
    <>
      <PageHeader
        title={reviewer ? "自查报告审核" : "自查报告"}
        description={
          reviewer
            ? `${phase.name}：待审核 ${counts.SUBMITTED ?? 0} 份，已退回 ${counts.RETURNED ?? 0} 份，已通过 ${counts.ACCEPTED ?? 0} 份，未提交 ${(counts.DRAFT ?? 0) + (counts.NONE ?? 0)} 家。`
            : `${phase.name}已通过审核的自查报告。`
        }
        actions={
          reviewer && (
            <Link href={`/admin/reports/gap?phase=${phase.id}`} className={buttonClasses({ variant: "secondary" })}>
              自评与观摩得分对比
            </Link>
          )
        }
      />
      <PhaseTabs phases={phases} currentId={phase.id} hrefFor={(id) => `${basePath}?phase=${id}`} />
      {rows.length === 0 ? (
        <EmptyState title={reviewer ? "本阶段还没有企业" : "本阶段还没有通过审核的报告"} />
      ) : (
        <Card>
          <div className="-mx-5 overflow-x-auto">
            <table className="w-full text-sm">
              <thead className="text-left text-xs text-muted">
                <tr className="border-b border-line">
                  <th scope="col" className="px-5 py-2 font-medium">
                    企业
                  </th>
                  <th scope="col" className="px-3 py-2 font-medium">
                    状态
                  </th>
                  <th scope="col" className="hidden px-3 py-2 font-medium sm:table-cell">
                    提交次数
                  </th>
                  <th scope="col" className="hidden px-3 py-2 font-medium md:table-cell">
                    最近提交
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map(({ enterprise, report }) => (
                  <tr key={enterprise.id} className="border-b border-line last:border-0" data-testid="report-row">
                    <th scope="row" className="px-5 py-2.5 text-left font-medium">
                      {report && report.status !== "DRAFT" ? (
                        <Link
                          href={`${basePath}/${report.id}`}
                          className="text-ink underline decoration-line-strong underline-offset-4 hover:decoration-ink"
                        >
                          {enterprise.shortName}
                        </Link>
                      ) : (
                        <span className="text-ink-soft">{enterprise.shortName}</span>
                      )}
                    </th>
                    <td className="px-3 py-2.5">
                      <ReportStatusBadge status={report?.status ?? null} late={report?.late} />
                    </td>
                    <td className="hidden px-3 py-2.5 tabular sm:table-cell">{report?.submissionCount ?? 0}</td>
                    <td className="hidden px-3 py-2.5 tabular text-ink-soft md:table-cell">
                      {report?.lastSubmittedAt ? formatDateTime(report.lastSubmittedAt) : "—"}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </Card>
      )}
    </>
  );
}
