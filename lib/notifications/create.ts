import type { NotificationKind } from "@/lib/generated/prisma/enums";
import type { Transaction } from "@/lib/prisma-client";

export type NewNotification = { kind: NotificationKind; title: string; body?: string; link?: string };

/**
 * Tells every active secretary of an enterprise, in the caller's transaction (so a notice exists
 * exactly when the change it reports was committed). Returns how many were written.
 */
export async function notifyEnterpriseSecretaries(
  tx: Transaction,
  enterpriseId: number,
  notification: NewNotification,
): Promise<number> {
  const secretaries = await tx.user.findMany({
    where: { enterpriseId, role: "SECRETARY", isActive: true },
    select: { id: true },
  });
  if (secretaries.length === 0) return 0;
  const { count } = await tx.notification.createMany({
    data: secretaries.map((secretary) => ({
      userId: secretary.id,
      kind: notification.kind,
      title: notification.title.slice(0, 200),
      body: notification.body ?? "",
      link: notification.link ?? "",
    })),
  });
  return count;
}
