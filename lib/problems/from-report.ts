import { z } from "zod";
import { conflict, invalid, notFound } from "@/lib/errors";
import type { Transaction } from "@/lib/prisma-client";
import { assertRubricItemOfPhase, insertProblem, type Audit } from "@/lib/problems/create";
import { reportProblemItemSchema, type ReportProblemItem } from "@/lib/problems/schemas";

/**
 * Problems a secretary declared in a self-report become ledger entries (source SELF_REPORT) when
 * staff accept the report. Called by the report-review action inside its own transaction, after
 * it has set the report to ACCEPTED; `by` is that action's actor and audit.
 *
 * Each item names a party organisation of the report's enterprise and, optionally, an item of
 * the phase's rubric. Items are checked all first, so one bad item writes nothing (the error's
 * field names carry the item's index: `items.2.owner`). Returns the new problems' ids in order.
 */
export async function createProblemsFromAcceptedReport(
  tx: Transaction,
  reportId: number,
  items: readonly ReportProblemItem[],
  by: { actorId: number; audit: Audit },
): Promise<number[]> {
  const report = await tx.selfReport.findUnique({
    where: { id: reportId },
    select: { id: true, status: true, enterpriseId: true, phaseId: true },
  });
  if (!report) throw notFound("自查报告");
  if (report.status !== "ACCEPTED") throw conflict("自查报告通过审核后，其中的问题才列入问题清单");

  const parsed = z.array(reportProblemItemSchema).max(50, "一份报告最多列入 50 个问题").safeParse(items);
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) (fieldErrors[`items.${issue.path.join(".")}`] ??= []).push(issue.message);
    throw invalid("请检查列入问题清单的问题", fieldErrors);
  }

  const orgIds = [...new Set(parsed.data.map((item) => item.partyOrganizationId))];
  const orgs = await tx.partyOrganization.findMany({
    where: { id: { in: orgIds }, enterpriseId: report.enterpriseId },
    select: { id: true },
  });
  const ownOrgs = new Set(orgs.map((org) => org.id));
  for (const [index, item] of parsed.data.entries()) {
    if (!ownOrgs.has(item.partyOrganizationId)) {
      throw invalid("请检查列入问题清单的问题", {
        [`items.${index}.partyOrganizationId`]: ["党组织须属于报告所在企业"],
      });
    }
    await assertRubricItemOfPhase(tx, item.rubricItemId, report.phaseId, `items.${index}.rubricItemId`);
  }

  const ids: number[] = [];
  for (const item of parsed.data) {
    const problem = await insertProblem(
      tx,
      {
        phaseId: report.phaseId,
        enterpriseId: report.enterpriseId,
        partyOrganizationId: item.partyOrganizationId,
        rubricItemId: item.rubricItemId,
        source: "SELF_REPORT",
        stopId: null,
        selfReportId: report.id,
        description: item.description,
        severity: item.severity,
        owner: item.owner,
        deadline: item.deadline,
        recurrenceOfId: null,
      },
      { actorId: by.actorId, audit: by.audit, comment: "自查报告通过审核，自查发现的问题列入问题清单。" },
    );
    ids.push(problem.id);
  }
  return ids;
}
