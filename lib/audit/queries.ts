import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Database } from "@/lib/prisma-client";

export const AUDIT_PAGE_SIZE = 50;

export type AuditFilter = {
  entityType?: string;
  /** A user id, or "system" for rows written without an actor. */
  actor?: number | "system";
  page: number;
};

function whereOf(filter: AuditFilter): Prisma.AuditLogWhereInput {
  return {
    ...(filter.entityType ? { entityType: filter.entityType } : {}),
    ...(filter.actor === "system" ? { actorId: null } : filter.actor ? { actorId: filter.actor } : {}),
  };
}

/**
 * One page of the audit log, newest first (id breaks ties inside one millisecond), with the
 * total for the pager; 2 statements.
 */
export async function auditPage(filter: AuditFilter, database: Database = db()) {
  const where = whereOf(filter);
  const [rows, total] = await Promise.all([
    database.auditLog.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (filter.page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
      select: {
        id: true,
        actorId: true,
        actorName: true,
        action: true,
        entityType: true,
        entityId: true,
        before: true,
        after: true,
        ip: true,
        createdAt: true,
      },
    }),
    database.auditLog.count({ where }),
  ]);
  return { rows, total, pageCount: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)) };
}

export type AuditRow = Awaited<ReturnType<typeof auditPage>>["rows"][number];

/**
 * The choices of the two filters; 2 statements, both cheap however long the log grows:
 * record types by a loose index scan over @@index([entityType, entityId]) (one index probe per
 * distinct type instead of reading every row), actors from the user table (plus "system").
 */
export async function auditFilterOptions(database: Database = db()) {
  const [entityTypes, users] = await Promise.all([
    database.$queryRaw<Array<{ entityType: string }>>`
      WITH RECURSIVE types AS (
        (SELECT "entityType" FROM "AuditLog" ORDER BY "entityType" LIMIT 1)
        UNION ALL
        SELECT (SELECT a."entityType" FROM "AuditLog" a WHERE a."entityType" > types."entityType" ORDER BY a."entityType" LIMIT 1)
        FROM types WHERE types."entityType" IS NOT NULL
      )
      SELECT "entityType" FROM types WHERE "entityType" IS NOT NULL`,
    database.user.findMany({
      orderBy: [{ displayName: "asc" }, { id: "asc" }],
      select: { id: true, displayName: true, username: true },
    }),
  ]);
  return {
    entityTypes: entityTypes.map((row) => row.entityType),
    actors: [
      ...users.map((user) => ({ value: String(user.id), label: `${user.displayName}（${user.username}）` })),
      { value: "system", label: "系统（无操作人）" },
    ],
  };
}
