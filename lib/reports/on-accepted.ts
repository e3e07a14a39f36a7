import "server-only";
import type { Transaction } from "@/lib/prisma-client";

/**
 * Called in the transaction that accepts a report. The problem ledger (lib/problems, built
 * separately) turns the problems a report declares into ledger entries here; until it exists
 * this does nothing.
 */
export async function onReportAccepted(_tx: Transaction, _reportId: number): Promise<void> {}
