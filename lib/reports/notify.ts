import "server-only";
import type { NotificationKind } from "@/lib/generated/prisma/enums";
import type { Transaction } from "@/lib/prisma-client";

/** One notification per active secretary of the enterprise, in the change's transaction. */
export async function notifySecretaries(
  tx: Transaction,
  enterpriseId: number,
  notice: { kind: NotificationKind; title: string; body: string; link: string },
): Promise<number> {
  const secretaries = await tx.user.findMany({
    where: { enterpriseId, role: "SECRETARY", isActive: true },
    select: { id: true },
  });
  if (secretaries.length === 0) return 0;
  const { count } = await tx.notification.createMany({
    data: secretaries.map((secretary) => ({ userId: secretary.id, ...notice })),
  });
  return count;
}
