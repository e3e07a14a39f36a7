import "server-only";
import type { Transaction } from "@/lib/prisma-client";
import { notFound } from "@/lib/errors";

/**
 * Locks an enterprise row for the rest of the transaction. Every change to its organisation tree
 * (create, edit, move, disable, import) takes this lock first, so tree checks that read several
 * rows (descendants, levels, active parents) never race with another change to the same tree.
 */
export async function lockEnterprise(tx: Transaction, enterpriseId: number) {
  const rows = await tx.$queryRaw<{ id: number }[]>`
    SELECT "id" FROM "Enterprise" WHERE "id" = ${enterpriseId} FOR UPDATE`;
  if (rows.length === 0) throw notFound("企业");
}

/** Locks several enterprises in id order (one order everywhere, so two imports never deadlock). */
export async function lockEnterprises(tx: Transaction, enterpriseIds: readonly number[]) {
  if (enterpriseIds.length === 0) return;
  await tx.$queryRaw`
    SELECT "id" FROM "Enterprise" WHERE "id" = ANY(${[...enterpriseIds].sort((a, b) => a - b)}::int[])
     ORDER BY "id" FOR UPDATE`;
}
