import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import type { Database } from "@/lib/prisma-client";
import { parseBrands, parseCases } from "@/lib/reports/snapshot";

const PHASE_FIELDS = {
  id: true,
  name: true,
  status: true,
  sequence: true,
  selfReportDeadline: true,
  campaign: { select: { year: true, name: true } },
} as const;

/** Every phase, latest campaign first and in phase order. */
export async function reportPhases(database: Database = db()) {
  return database.phase.findMany({
    orderBy: [{ campaign: { year: "desc" } }, { sequence: "asc" }],
    select: PHASE_FIELDS,
  });
}

/** The secretary's reports, one line per phase (two queries whatever the number of phases). */
export async function listOwnReports(user: SessionUser, database: Database = db()) {
  if (user.enterpriseId === null) return [];
  const [phases, reports] = await Promise.all([
    reportPhases(database),
    database.selfReport.findMany({
      where: { enterpriseId: user.enterpriseId },
      select: {
        id: true,
        phaseId: true,
        status: true,
        submissionCount: true,
        lastSubmittedAt: true,
        updatedAt: true,
        versions: { select: { late: true }, orderBy: { version: "desc" }, take: 1 },
      },
    }),
  ]);
  const byPhase = new Map(reports.map((report) => [report.phaseId, report]));
  return phases.map((phase) => {
    const report = byPhase.get(phase.id);
    return {
      phase,
      report: report ? { ...report, late: report.versions[0]?.late ?? false, versions: undefined } : null,
    };
  });
}

/** The rubric items of the phase's active rubric, by category, for the self-score form. */
export async function selfScoreCategories(phaseId: number, database: Database = db()) {
  return database.rubricCategory.findMany({
    where: { rubric: { phaseId, status: "ACTIVE" } },
    orderBy: { sequence: "asc" },
    select: {
      id: true,
      name: true,
      items: {
        orderBy: { sequence: "asc" },
        select: { id: true, title: true, guidance: true, maxPoints: true },
      },
    },
  });
}

export const ATTACHMENT_FIELDS = {
  id: true,
  originalName: true,
  mimeType: true,
  sizeBytes: true,
  createdAt: true,
} as const;

/**
 * The ledger entries made from a report's declared problems when it was accepted
 * (lib/problems/from-report.ts), loaded with the report: one statement per relation level,
 * however many problems there are.
 */
export const REPORT_PROBLEM_FIELDS = {
  select: {
    id: true,
    description: true,
    status: true,
    severity: true,
    deadline: true,
    owner: true,
    partyOrganization: { select: { name: true } },
    rubricItem: { select: { title: true } },
  },
  orderBy: { id: "asc" },
} as const;

/**
 * The secretary's report of a phase with everything the editor shows; null when the phase does
 * not exist. `report` is null until the first save.
 */
export async function getOwnReport(user: SessionUser, phaseId: number, database: Database = db()) {
  if (user.enterpriseId === null) return null;
  const phase = await database.phase.findUnique({ where: { id: phaseId }, select: PHASE_FIELDS });
  if (!phase) return null;
  const [report, categories] = await Promise.all([
    database.selfReport.findUnique({
      where: { enterpriseId_phaseId: { enterpriseId: user.enterpriseId, phaseId } },
      select: {
        id: true,
        status: true,
        workDone: true,
        highlights: true,
        problemsFound: true,
        rectificationPlan: true,
        experience: true,
        brands: true,
        innovationCases: true,
        submissionCount: true,
        editVersion: true,
        lastSubmittedAt: true,
        acceptedAt: true,
        selfScores: { select: { itemId: true, score: true } },
        attachments: { select: ATTACHMENT_FIELDS, orderBy: { id: "asc" } },
        problems: REPORT_PROBLEM_FIELDS,
        versions: { select: { version: true, submittedAt: true, late: true }, orderBy: { version: "desc" } },
        reviews: {
          select: { version: true, decision: true, reasons: true, createdAt: true },
          orderBy: { createdAt: "desc" },
          take: 1,
        },
      },
    }),
    selfScoreCategories(phaseId, database),
  ]);
  return {
    phase,
    categories,
    report: report && {
      ...report,
      brands: parseBrands(report.brands),
      innovationCases: parseCases(report.innovationCases),
      lastReview: report.reviews[0] ?? null,
    },
  };
}

export type OwnReportView = NonNullable<Awaited<ReturnType<typeof getOwnReport>>>;
