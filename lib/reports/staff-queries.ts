import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import type { Database } from "@/lib/prisma-client";
import { canReadReport } from "@/lib/reports/access";
import { parseSnapshot } from "@/lib/reports/snapshot";
import { ATTACHMENT_FIELDS, REPORT_PROBLEM_FIELDS, selfScoreCategories } from "@/lib/reports/queries";

/**
 * The reports of a phase for staff: every active enterprise with its report (or none yet), the
 * late flag of its latest submission. Leaders see accepted reports only. Two queries.
 */
export async function listPhaseReports(user: SessionUser, phaseId: number, database: Database = db()) {
  const onlyAccepted = !can(user.role, "report.review");
  const [enterprises, reports] = await Promise.all([
    onlyAccepted
      ? Promise.resolve([])
      : database.enterprise.findMany({
          where: { isActive: true },
          orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
          select: { id: true, name: true, shortName: true },
        }),
    database.selfReport.findMany({
      where: { phaseId, ...(onlyAccepted ? { status: "ACCEPTED" as const } : {}) },
      orderBy: [{ enterprise: { sortOrder: "asc" } }, { enterpriseId: "asc" }],
      select: {
        id: true,
        status: true,
        submissionCount: true,
        lastSubmittedAt: true,
        acceptedAt: true,
        enterprise: { select: { id: true, name: true, shortName: true } },
        versions: { select: { late: true }, orderBy: { version: "desc" }, take: 1 },
      },
    }),
  ]);
  const byEnterprise = new Map(reports.map((report) => [report.enterprise.id, report]));
  const rows = reports.map((report) => ({
    enterprise: report.enterprise,
    report: {
      id: report.id,
      status: report.status,
      submissionCount: report.submissionCount,
      lastSubmittedAt: report.lastSubmittedAt,
      acceptedAt: report.acceptedAt,
      late: report.versions[0]?.late ?? false,
    },
  }));
  const missing = enterprises
    .filter((enterprise) => !byEnterprise.has(enterprise.id))
    .map((enterprise) => ({ enterprise, report: null }));
  return [...rows, ...missing];
}

export type PhaseReportRow = Awaited<ReturnType<typeof listPhaseReports>>[number];

/** One report for staff or leaders with its versions and reviews; null when the caller may not read it. */
export async function getReportForStaff(user: SessionUser, reportId: number, database: Database = db()) {
  const report = await database.selfReport.findUnique({
    where: { id: reportId },
    select: {
      id: true,
      enterpriseId: true,
      phaseId: true,
      status: true,
      submissionCount: true,
      lastSubmittedAt: true,
      acceptedAt: true,
      enterprise: { select: { name: true, shortName: true } },
      phase: { select: { name: true, selfReportDeadline: true, campaign: { select: { year: true } } } },
      attachments: { select: ATTACHMENT_FIELDS, orderBy: { id: "asc" } },
      problems: REPORT_PROBLEM_FIELDS,
      versions: {
        orderBy: { version: "desc" },
        select: {
          version: true,
          snapshot: true,
          submittedAt: true,
          late: true,
          submittedBy: { select: { displayName: true } },
        },
      },
      reviews: {
        orderBy: { createdAt: "desc" },
        select: {
          id: true,
          version: true,
          decision: true,
          reasons: true,
          createdAt: true,
          reviewer: { select: { displayName: true } },
        },
      },
    },
  });
  if (!report || !canReadReport(user, report)) return null;
  const categories = await selfScoreCategories(report.phaseId, database);
  return {
    ...report,
    categories,
    versions: report.versions.map((version) => ({ ...version, snapshot: parseSnapshot(version.snapshot) })),
  };
}

export type StaffReportView = NonNullable<Awaited<ReturnType<typeof getReportForStaff>>>;

/** The active party organisations of an enterprise, for the problems staff list on accepting its report. */
export async function problemOrganizations(enterpriseId: number, database: Database = db()) {
  return database.partyOrganization.findMany({
    where: { enterpriseId, isActive: true },
    orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
    select: { id: true, name: true },
  });
}
