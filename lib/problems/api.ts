import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import type { ProblemFilter } from "@/lib/problems/filters";
import { problemRows } from "@/lib/problems/queries";
import { problemScope } from "@/lib/problems/scope";
import { UserFacingError } from "@/lib/errors";

/** GET /api/v1/problems: the ledger rows the page shows, in the page's order, as plain JSON. */
export async function listApiProblems(user: SessionUser, filter: ProblemFilter, now: Date = new Date()) {
  const scope = problemScope(user);
  // apiRoute checked problem.readAll already; the scope says the same from the table.
  if (!scope?.all) throw new UserFacingError("您没有查看全部问题的权限", "forbidden");
  const rows = await problemRows(scope, filter, { now, limit: null, offset: 0 });
  return rows.map((row) => ({
    id: row.id,
    status: row.status,
    /** A calendar date in China: YYYY-MM-DD. */
    deadline: row.deadline.toISOString().slice(0, 10),
    overdue: row.overdue,
    enterprise: { id: row.enterprise.id, name: row.enterprise.name, shortName: row.enterprise.shortName },
    partyOrganization: { id: row.partyOrganization.id, name: row.partyOrganization.name },
    rubricItem: row.rubricItem ? { id: row.rubricItem.id, title: row.rubricItem.title } : null,
    severity: row.severity,
    phase: { id: row.phase.id, name: row.phase.name },
    description: row.description,
    recurrenceOfId: row.recurrenceOfId,
  }));
}
