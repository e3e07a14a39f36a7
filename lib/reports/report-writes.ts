import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { invalid, notFound } from "@/lib/errors";
import type { Transaction } from "@/lib/prisma-client";
import { formatHalves, parsePointsText, decimalToHalves } from "@/lib/scoring/points";
import { TEXT_SECTIONS } from "@/lib/reports/sections";
import type { ReportSnapshot } from "@/lib/reports/snapshot";
import { parseBrands, parseCases } from "@/lib/reports/snapshot";

export const STALE_MESSAGE = "报告已在其他窗口或设备上修改，本页的内容没有保存。请刷新页面后再继续编辑。";

export const REPORT_AUDIT_FIELDS = {
  id: true,
  enterpriseId: true,
  phaseId: true,
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
} as const;

/** A secretary's enterprise; a secretary bound to none has no reports to see. */
export function ownEnterprise(user: SessionUser): number {
  if (user.enterpriseId === null) throw notFound("自查报告");
  return user.enterpriseId;
}

/** The secretary's own report of a phase, or null; scope is part of the lookup. */
export async function findOwnReport(tx: Transaction, user: SessionUser, phaseId: number) {
  return tx.selfReport.findUnique({
    where: { enterpriseId_phaseId: { enterpriseId: ownEnterprise(user), phaseId } },
    select: REPORT_AUDIT_FIELDS,
  });
}

/**
 * Creates the enterprise's report of a phase unless one exists; null when another request made
 * it first (two tabs' first saves at once): INSERT … ON CONFLICT DO NOTHING waits for the other
 * and then does nothing, so the caller never sees a unique-constraint error.
 */
export async function createReportIfMissing(
  tx: Transaction,
  data: { enterpriseId: number; phaseId: number } & Partial<Record<(typeof TEXT_SECTIONS)[number]["key"], string>> & {
      brands?: object[];
      innovationCases?: object[];
    },
) {
  const { count } = await tx.selfReport.createMany({ data: [data], skipDuplicates: true });
  if (count === 0) return null;
  return tx.selfReport.findUniqueOrThrow({
    where: { enterpriseId_phaseId: { enterpriseId: data.enterpriseId, phaseId: data.phaseId } },
    select: REPORT_AUDIT_FIELDS,
  });
}

export async function assertPhase(tx: Transaction, phaseId: number) {
  const phase = await tx.phase.findUnique({ where: { id: phaseId }, select: { id: true, selfReportDeadline: true } });
  if (!phase) throw notFound("阶段");
  return phase;
}

/** The items of the phase's active rubric, the only ones a self-score may name. */
export async function activeItems(tx: Transaction, phaseId: number) {
  return tx.rubricItem.findMany({
    where: { rubric: { phaseId, status: "ACTIVE" } },
    select: { id: true, title: true, maxPoints: true },
    orderBy: [{ category: { sequence: "asc" } }, { sequence: "asc" }],
  });
}

/**
 * Checks the typed self-scores against the rubric (0..max in steps of 0.5) and returns the rows
 * to store; an error per item under `selfScores.<itemId>`.
 */
export function checkSelfScores(
  items: readonly { id: number; maxPoints: { toString(): string } }[],
  scores: Readonly<Record<string, string>>,
): { itemId: number; score: string }[] {
  const errors: Record<string, string[]> = {};
  const rows: { itemId: number; score: string }[] = [];
  const byId = new Map(items.map((item) => [String(item.id), item]));
  for (const [itemId, text] of Object.entries(scores)) {
    const item = byId.get(itemId);
    const parsed = parsePointsText(text);
    if (!item) {
      errors[`selfScores.${itemId}`] = ["该条目不在本阶段启用的评分细则中"];
    } else if (!parsed.ok) {
      errors[`selfScores.${itemId}`] = [parsed.message];
    } else if (parsed.halves !== null) {
      const max = decimalToHalves(item.maxPoints);
      if (parsed.halves > max) errors[`selfScores.${itemId}`] = [`分值须在 0 到 ${formatHalves(max)} 分之间`];
      else rows.push({ itemId: item.id, score: formatHalves(parsed.halves) });
    }
  }
  if (Object.keys(errors).length > 0) throw invalid("请检查自评分", errors);
  return rows;
}

/** Why a report cannot be submitted yet, per field; empty when it can. */
export function submitProblems(
  report: Record<(typeof TEXT_SECTIONS)[number]["key"], string>,
  items: readonly { id: number }[],
  scored: ReadonlySet<number>,
): Record<string, string[]> {
  const problems: Record<string, string[]> = {};
  for (const { key, label } of TEXT_SECTIONS) {
    if (report[key].trim() === "") problems[key] = [`请填写${label}`];
  }
  const missing = items.filter((item) => !scored.has(item.id)).length;
  if (missing > 0) problems.selfScores = [`还有 ${missing} 个评分条目未自评`];
  return problems;
}

/** The report as it stands, frozen into a version at submission. */
export async function snapshotOf(tx: Transaction, reportId: number): Promise<ReportSnapshot> {
  const report = await tx.selfReport.findUniqueOrThrow({
    where: { id: reportId },
    select: {
      ...REPORT_AUDIT_FIELDS,
      selfScores: { select: { itemId: true, score: true } },
      attachments: { select: { id: true, originalName: true }, orderBy: { id: "asc" } },
    },
  });
  return {
    ...(Object.fromEntries(TEXT_SECTIONS.map(({ key }) => [key, report[key]])) as Record<
      (typeof TEXT_SECTIONS)[number]["key"],
      string
    >),
    brands: parseBrands(report.brands),
    innovationCases: parseCases(report.innovationCases),
    selfScores: Object.fromEntries(report.selfScores.map((row) => [String(row.itemId), row.score.toFixed(1)])),
    attachments: report.attachments.map((file) => ({ id: file.id, name: file.originalName })),
  };
}
