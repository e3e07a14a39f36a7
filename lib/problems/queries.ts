import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ProblemStatus } from "@/lib/generated/prisma/enums";
import type { Database } from "@/lib/prisma-client";
import type { ProblemFilter } from "@/lib/problems/filters";
import { isOverdue, overdueWhere } from "@/lib/problems/overdue";
import { scopeWhere, type ProblemScope } from "@/lib/problems/scope";
import { PROBLEM_SEVERITY_LABELS, PROBLEM_STATUS_LABELS } from "@/lib/labels";

export const PAGE_SIZE = 50;

/** The `where` of a filtered ledger inside a scope; `now` fixes "today" for the overdue filter. */
export function problemWhere(scope: ProblemScope, filter: ProblemFilter, now: Date): Prisma.ProblemWhereInput {
  const and: Prisma.ProblemWhereInput[] = [scopeWhere(scope)];
  if (filter.enterpriseId) and.push({ enterpriseId: filter.enterpriseId });
  if (filter.status) and.push({ status: filter.status });
  if (filter.phaseId) and.push({ phaseId: filter.phaseId });
  if (filter.severity) and.push({ severity: filter.severity });
  if (filter.overdue === true) and.push(overdueWhere(now));
  if (filter.overdue === false) and.push({ NOT: overdueWhere(now) });
  return { AND: and };
}

const ROW_SELECT = {
  id: true,
  description: true,
  status: true,
  severity: true,
  source: true,
  owner: true,
  deadline: true,
  closedAt: true,
  createdAt: true,
  recurrenceOfId: true,
  enterprise: { select: { id: true, shortName: true, name: true } },
  partyOrganization: { select: { id: true, name: true } },
  phase: { select: { id: true, name: true } },
  rubricItem: { select: { id: true, title: true, sequence: true } },
} as const satisfies Prisma.ProblemSelect;

export type ProblemRow = Prisma.ProblemGetPayload<{ select: typeof ROW_SELECT }> & { overdue: boolean };

/**
 * The ledger's rows, open ones first (by status, then the nearest deadline); `limit: null` for
 * all of them (the export and the API). One statement.
 */
export async function problemRows(
  scope: ProblemScope,
  filter: ProblemFilter,
  options: { now?: Date; limit: number | null; offset: number },
  database: Database = db(),
): Promise<ProblemRow[]> {
  const now = options.now ?? new Date();
  const rows = await database.problem.findMany({
    where: problemWhere(scope, filter, now),
    orderBy: [{ status: "asc" }, { deadline: "asc" }, { id: "asc" }],
    select: ROW_SELECT,
    ...(options.limit === null ? {} : { take: options.limit, skip: options.offset }),
  });
  return rows.map((row) => ({ ...row, overdue: isOverdue(row, now) }));
}

export type LedgerCounts = { total: number; overdue: number; byStatus: Record<ProblemStatus, number> };

/**
 * How many problems each status holds under the other filters (so the status tabs show what a
 * click gives), and how many of the filtered rows are overdue. Two statements.
 */
export async function ledgerCounts(
  scope: ProblemScope,
  filter: ProblemFilter,
  now: Date,
  database: Database = db(),
): Promise<LedgerCounts> {
  const { status: _status, ...others } = filter;
  void _status;
  const [groups, overdue] = await Promise.all([
    database.problem.groupBy({ by: ["status"], where: problemWhere(scope, others, now), _count: { _all: true } }),
    database.problem.count({ where: { AND: [problemWhere(scope, filter, now), overdueWhere(now)] } }),
  ]);
  const byStatus: Record<ProblemStatus, number> = { OPEN: 0, RECTIFYING: 0, AWAITING_VERIFICATION: 0, CLOSED: 0 };
  for (const group of groups) byStatus[group.status] = group._count._all;
  const total = filter.status ? byStatus[filter.status] : Object.values(byStatus).reduce((sum, n) => sum + n, 0);
  return { total, overdue, byStatus };
}

/** Choices of the filter form: enterprises with problems in scope, and the phases. Two statements. */
export async function ledgerFilterOptions(scope: ProblemScope, database: Database = db()) {
  const [enterprises, phases] = await Promise.all([
    scope.all
      ? database.enterprise.findMany({
          where: { problems: { some: {} } },
          orderBy: [{ category: "asc" }, { sortOrder: "asc" }, { id: "asc" }],
          select: { id: true, shortName: true },
        })
      : Promise.resolve([]),
    database.phase.findMany({
      orderBy: [{ campaign: { year: "desc" } }, { sequence: "asc" }],
      select: { id: true, name: true, campaign: { select: { year: true } } },
    }),
  ]);
  return { enterprises, phases };
}

/** Everything the ledger page shows; five statements whatever the number of rows. */
export async function loadLedger(scope: ProblemScope, filter: ProblemFilter, page: number, now: Date = new Date()) {
  const [counts, options] = await Promise.all([ledgerCounts(scope, filter, now), ledgerFilterOptions(scope)]);
  const pageCount = Math.max(1, Math.ceil(counts.total / PAGE_SIZE));
  const current = Math.min(page, pageCount);
  const rows = await problemRows(scope, filter, { now, limit: PAGE_SIZE, offset: (current - 1) * PAGE_SIZE });
  return { counts, options, rows, page: current, pageCount };
}

const DETAIL_SELECT = {
  ...ROW_SELECT,
  enterpriseId: true,
  stop: {
    select: {
      id: true,
      sequence: true,
      arriveAt: true,
      site: { select: { id: true, name: true } },
      tour: { select: { id: true, title: true } },
    },
  },
  selfReportId: true,
  createdBy: { select: { displayName: true } },
  rubricItem: { select: { id: true, title: true, sequence: true, category: { select: { name: true } } } },
  events: {
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      fromStatus: true,
      toStatus: true,
      comment: true,
      createdAt: true,
      actor: { select: { displayName: true, title: true } },
      evidence: { orderBy: { id: "asc" }, select: { id: true, originalName: true, mimeType: true, sizeBytes: true } },
    },
  },
} as const satisfies Prisma.ProblemSelect;

export type ProblemDetail = Prisma.ProblemGetPayload<{ select: typeof DETAIL_SELECT }> & { overdue: boolean };

/** One problem with its timeline, or null when it does not exist or lies outside the scope. */
export async function problemDetail(
  scope: ProblemScope,
  problemId: number,
  now: Date = new Date(),
  database: Database = db(),
): Promise<ProblemDetail | null> {
  const problem = await database.problem.findFirst({
    where: { id: problemId, ...scopeWhere(scope) },
    select: DETAIL_SELECT,
  });
  return problem ? { ...problem, overdue: isOverdue(problem, now) } : null;
}

export type ChainLink = {
  id: number;
  description: string;
  status: ProblemStatus;
  phaseName: string;
  depth: number;
};

/**
 * The recurrence chain through a problem: the earlier problems it repeats (negative depth) and
 * the later ones that repeat it (positive), all of the same party organisation, so of the same
 * enterprise and scope. One recursive statement.
 */
export async function recurrenceChain(problemId: number, database: Database = db()): Promise<ChainLink[]> {
  return database.$queryRaw<ChainLink[]>`
    WITH RECURSIVE earlier AS (
      SELECT p."id", p."recurrenceOfId", 0 AS depth FROM "Problem" p WHERE p."id" = ${problemId}
      UNION ALL
      SELECT p."id", p."recurrenceOfId", e.depth - 1 FROM "Problem" p JOIN earlier e ON p."id" = e."recurrenceOfId"
      WHERE e.depth > -50
    ), later AS (
      SELECT p."id", 0 AS depth FROM "Problem" p WHERE p."id" = ${problemId}
      UNION ALL
      SELECT p."id", l.depth + 1 FROM "Problem" p JOIN later l ON p."recurrenceOfId" = l."id" WHERE l.depth < 50
    ), links AS (
      SELECT "id", depth FROM earlier UNION SELECT "id", depth FROM later
    )
    SELECT p."id", p."description", p."status"::text AS "status", ph."name" AS "phaseName", links.depth::int AS depth
      FROM links JOIN "Problem" p ON p."id" = links."id" JOIN "Phase" ph ON ph."id" = p."phaseId"
     ORDER BY links.depth, ph."startsOn", p."id"`;
}

/** For the "record a problem" form: the stop with its organisation, phase and the phase's rubric items. */
export async function stopForNewProblem(stopId: number, database: Database = db()) {
  const stop = await database.tourStop.findUnique({
    where: { id: stopId },
    select: {
      id: true,
      sequence: true,
      arriveAt: true,
      tour: {
        select: {
          id: true,
          title: true,
          status: true,
          phase: { select: { id: true, name: true, startsOn: true } },
        },
      },
      site: {
        select: {
          name: true,
          partyOrganization: {
            select: { id: true, name: true, enterprise: { select: { id: true, shortName: true } } },
          },
        },
      },
    },
  });
  if (!stop) return null;
  const orgId = stop.site.partyOrganization.id;
  const [rubricItems, earlierProblems] = await Promise.all([
    database.rubricItem.findMany({
      where: { rubric: { phaseId: stop.tour.phase.id, status: "ACTIVE" } },
      orderBy: [{ category: { sequence: "asc" } }, { sequence: "asc" }],
      select: { id: true, title: true, sequence: true, category: { select: { name: true } } },
    }),
    database.problem.findMany({
      where: { partyOrganizationId: orgId, phase: { startsOn: { lt: stop.tour.phase.startsOn } } },
      orderBy: [{ phase: { startsOn: "desc" } }, { id: "asc" }],
      select: { id: true, description: true, status: true, phase: { select: { name: true } } },
    }),
  ]);
  return { stop, rubricItems, earlierProblems };
}

/** Stops of published or completed tours, newest first, for choosing where a problem was found. */
export async function recentStops(database: Database = db()) {
  return database.tourStop.findMany({
    where: { tour: { status: { in: ["PUBLISHED", "COMPLETED"] } } },
    orderBy: [{ arriveAt: "desc" }, { id: "asc" }],
    take: 100,
    select: {
      id: true,
      arriveAt: true,
      tour: { select: { title: true, phase: { select: { name: true } } } },
      site: { select: { name: true, partyOrganization: { select: { name: true } } } },
      _count: { select: { problems: true } },
    },
  });
}

/** The filters in words, for the export's heading: 企业：水务集团；状态：待核验；已逾期. */
export async function describeFilter(filter: ProblemFilter, database: Database = db()): Promise<string> {
  const [enterprise, phase] = await Promise.all([
    filter.enterpriseId
      ? database.enterprise.findUnique({ where: { id: filter.enterpriseId }, select: { shortName: true } })
      : null,
    filter.phaseId ? database.phase.findUnique({ where: { id: filter.phaseId }, select: { name: true } }) : null,
  ]);
  const parts: string[] = [];
  if (filter.enterpriseId) parts.push(`企业：${enterprise?.shortName ?? "（不存在）"}`);
  if (filter.status) parts.push(`状态：${PROBLEM_STATUS_LABELS[filter.status]}`);
  if (filter.overdue !== undefined) parts.push(filter.overdue ? "已逾期" : "未逾期");
  if (filter.phaseId) parts.push(`阶段：${phase?.name ?? "（不存在）"}`);
  if (filter.severity) parts.push(`严重程度：${PROBLEM_SEVERITY_LABELS[filter.severity]}`);
  return parts.join("；");
}
