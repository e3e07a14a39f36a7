import type { Database, Transaction } from "@/lib/prisma-client";
import type { Prisma } from "@/lib/generated/prisma/client";

export type AuditEntry = {
  actor: { id: number; name: string } | null;
  action: string;
  entityType: string;
  entityId: string | number;
  before?: unknown;
  after?: unknown;
  ip?: string;
};

/** Decimals, dates and bigints become strings so the row keeps exactly what was written. */
function toJson(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  return JSON.parse(
    JSON.stringify(value, (_key, inner: unknown) => (typeof inner === "bigint" ? inner.toString() : inner)),
  ) as Prisma.InputJsonValue;
}

/** Writes one audit row; call it inside the transaction of the change it records. */
export async function recordAudit(client: Database | Transaction, entry: AuditEntry): Promise<void> {
  await client.auditLog.create({
    data: {
      actorId: entry.actor?.id ?? null,
      actorName: entry.actor?.name ?? "系统",
      action: entry.action,
      entityType: entry.entityType,
      entityId: String(entry.entityId),
      before: toJson(entry.before),
      after: toJson(entry.after),
      ip: entry.ip ?? null,
    },
  });
}
