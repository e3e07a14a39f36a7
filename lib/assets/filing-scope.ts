import "server-only";
import type { Transaction } from "@/lib/prisma-client";
import { invalid, notFound } from "@/lib/errors";

/**
 * Figures are filed only for active enterprises that count toward the target (central ones do
 * not). A secretary without an enterprise sees "not found", like any row outside their scope.
 */
export async function assertFilingEnterprise(tx: Transaction, enterpriseId: number | null): Promise<number> {
  if (enterpriseId === null) throw notFound("企业");
  const enterprise = await tx.enterprise.findUnique({
    where: { id: enterpriseId },
    select: { id: true, isActive: true, countsTowardAssetTarget: true },
  });
  if (!enterprise) throw notFound("企业");
  if (!enterprise.isActive || !enterprise.countsTowardAssetTarget) {
    throw invalid("该企业不计入资产目标，无需填报", { enterpriseId: ["该企业不计入资产目标，无需填报"] });
  }
  return enterprise.id;
}
