import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { can } from "@/lib/auth/permissions";
import type { Database } from "@/lib/prisma-client";
import { overdueSql } from "@/lib/problems/overdue";

/**
 * PROBLEM_OVERDUE without a scheduler: when a secretary loads a page (the bell in the app shell,
 * the ledger, the notifications page), each overdue problem of their enterprise that has not yet
 * produced an overdue notice for them gets one. One INSERT … SELECT … WHERE NOT EXISTS, under a
 * transaction-level advisory lock per user so that two pages loading at once cannot both insert:
 * idempotent, at most one notice per problem per person (a problem closed and reopened never
 * comes back; a deadline is never moved by the platform). Staff see overdue problems on the
 * ledger and the home page instead of in the bell. Returns how many notices were written.
 */
export async function syncOverdueNotifications(
  user: Pick<SessionUser, "id" | "role" | "enterpriseId">,
  now: Date = new Date(),
  database: Database = db(),
): Promise<number> {
  if (!can(user.role, "problem.rectify") || user.enterpriseId === null) return 0;
  const enterpriseId = user.enterpriseId;
  return database.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('daguanmo:overdue-notices'), ${user.id}::int)`;
    return tx.$executeRaw`
      INSERT INTO "Notification" ("userId", "kind", "title", "body", "link")
      SELECT ${user.id}, 'PROBLEM_OVERDUE'::"NotificationKind",
             left('问题已逾期：' || p."description", 200),
             '整改期限：' || to_char(p."deadline", 'YYYY"年"FMMM"月"FMDD"日"') || '，请尽快整改并提交佐证。',
             '/problems/' || p."id"
        FROM "Problem" p
       WHERE p."enterpriseId" = ${enterpriseId}
         AND ${overdueSql(now, "p")}
         AND NOT EXISTS (
               SELECT 1 FROM "Notification" n
                WHERE n."userId" = ${user.id} AND n."kind" = 'PROBLEM_OVERDUE' AND n."link" = '/problems/' || p."id")`;
  });
}
