import "server-only";
import { invalid } from "@/lib/errors";
import { chinaToday } from "@/lib/format";
import type { Transaction } from "@/lib/prisma-client";
import type { Audit } from "@/lib/problems/create";
import { createProblemsFromAcceptedReport } from "@/lib/problems/from-report";
import { reportProblemItemSchema, type ReportProblemItem } from "@/lib/problems/schemas";

/**
 * Called in the transaction that accepts a report, after it is ACCEPTED: the problems staff
 * listed from the report's 突出问题 become ledger entries (source SELF_REPORT). Any bad item
 * throws, so the whole accept rolls back and the report stays SUBMITTED.
 */
export async function onReportAccepted(
  tx: Transaction,
  reportId: number,
  items: readonly Record<string, unknown>[],
  by: { actorId: number; audit: Audit },
): Promise<number[]> {
  if (items.length === 0) return [];
  // Every row's errors at once (the ledger stops at the first bad row): its fields, and a deadline
  // in the past, refused as for problems found on a tour.
  const today = chinaToday().getTime();
  const fieldErrors: Record<string, string[]> = {};
  for (const [index, item] of items.entries()) {
    const parsed = reportProblemItemSchema.safeParse(item);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        (fieldErrors[`items.${index}.${issue.path.join(".")}`] ??= []).push(issue.message);
      }
    } else if (parsed.data.deadline.getTime() < today) {
      fieldErrors[`items.${index}.deadline`] = ["整改期限不能早于今天"];
    }
  }
  if (Object.keys(fieldErrors).length > 0) throw invalid("请检查列入问题清单的问题", fieldErrors);
  return createProblemsFromAcceptedReport(tx, reportId, items as unknown as ReportProblemItem[], by);
}
