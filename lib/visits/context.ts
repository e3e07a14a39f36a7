import type { AuditEntry } from "@/lib/audit";
import type { Transaction } from "@/lib/prisma-client";

/**
 * What the visit domain functions need from their caller: the transaction they run in, a way to
 * write audit rows in it, and the instant that counts as "now" (so tests can pin it).
 * Server actions build it from `defineAction`'s context; tests may build their own.
 */
export type VisitContext = {
  tx: Transaction;
  audit: (entry: Omit<AuditEntry, "actor" | "ip">) => Promise<void>;
  now: Date;
};
