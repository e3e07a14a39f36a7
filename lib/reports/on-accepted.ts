import "server-only";
import type { Transaction } from "@/lib/prisma-client";

/**
 * Called in the transaction that accepts a report. Not wired yet: the ledger can take a report's
 * declared problems (`createProblemsFromAcceptedReport` in lib/problems/from-report.ts), but the
 * accept form does not yet let staff list them (organisation, severity, owner, deadline), so
 * accepting creates no ledger entries for now.
 */
export async function onReportAccepted(_tx: Transaction, _reportId: number): Promise<void> {}
