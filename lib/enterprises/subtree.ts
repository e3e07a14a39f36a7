import "server-only";
import type { Transaction } from "@/lib/prisma-client";

/** An organisation's id and the ids of everything under it, in one recursive query. */
export async function subtreeIds(tx: Transaction, orgId: number): Promise<number[]> {
  const rows = await tx.$queryRaw<{ id: number }[]>`
    WITH RECURSIVE branch AS (
      SELECT "id" FROM "PartyOrganization" WHERE "id" = ${orgId}
      UNION
      SELECT child."id" FROM "PartyOrganization" child JOIN branch ON child."parentId" = branch."id"
    )
    SELECT "id" FROM branch`;
  return rows.map((row) => row.id);
}
