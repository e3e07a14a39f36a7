import "server-only";
import { db } from "@/lib/db";
import { chinaDateKey } from "@/lib/format";
import { Prisma } from "@/lib/generated/prisma/client";
import type { PhaseKind, PhaseStatus } from "@/lib/generated/prisma/enums";
import type { Database } from "@/lib/prisma-client";
import { assetMonthTotals, assetTargetList, assetTotalsAndTargets } from "@/lib/assets/queries";
import { completeMonths, type MonthTotal } from "@/lib/assets/progress";

/**
 * Figures for the home page of each role. Every function takes explicit ids and the instant
 * "now" (so tests can pin it), and counts in SQL: several counts come back from one statement
 * of scalar subqueries, so a home page costs a small, fixed number of round trips whatever the
 * size of the system. "Overdue" is derived from deadline < today (China's calendar), never stored.
 */

const UPCOMING_DAYS = 14;
const LIST_LENGTH = 5;

// ───────────────────────────── Campaign ─────────────────────────────

export type PhaseSummary = {
  id: number;
  kind: PhaseKind;
  sequence: number;
  name: string;
  startsOn: Date;
  endsOn: Date;
  status: PhaseStatus;
  selfReportDeadline: Date | null;
};

export type CampaignOverview = {
  id: number;
  year: number;
  name: string;
  phases: PhaseSummary[];
  activePhase: PhaseSummary | null;
  /**
   * PostgreSQL's snapshot when the campaign was read (pg_current_snapshot() as text): the key of
   * the cached leader figures (lib/dashboard/snapshot-cache.ts), read in the same statement.
   */
  snapshot: string;
};

type CampaignRow = Omit<PhaseSummary, "id"> & {
  campaignId: number;
  year: number;
  campaignName: string;
  snapshot: string;
  id: number | null;
};

/** The current campaign (the latest year) with its phases in order; 1 statement. */
export async function currentCampaign(database: Database = db()): Promise<CampaignOverview | null> {
  const rows = await database.$queryRaw<CampaignRow[]>`
    SELECT c."id" AS "campaignId", c."year", c."name" AS "campaignName", current_database() || ':' || pg_current_snapshot()::text AS "snapshot",
           p."id", p."kind"::text AS "kind", p."sequence", p."name", p."startsOn", p."endsOn", p."status"::text AS "status",
           p."selfReportDeadline"
    FROM (SELECT * FROM "Campaign" ORDER BY "year" DESC LIMIT 1) c
    LEFT JOIN "Phase" p ON p."campaignId" = c."id"
    ORDER BY p."sequence"`;
  const first = rows[0];
  if (!first) return null;
  const phases: PhaseSummary[] = rows
    .filter((row): row is CampaignRow & { id: number } => row.id !== null)
    .map((row) => ({
      id: row.id,
      kind: row.kind,
      sequence: row.sequence,
      name: row.name,
      startsOn: row.startsOn,
      endsOn: row.endsOn,
      status: row.status,
      selfReportDeadline: row.selfReportDeadline,
    }));
  return {
    id: first.campaignId,
    year: first.year,
    name: first.campaignName,
    phases,
    activePhase: phases.find((phase) => phase.status === "ACTIVE") ?? null,
    snapshot: first.snapshot,
  };
}

// ───────────────────────────── ADMIN ─────────────────────────────

export type AdminCounts = {
  reportsToReview: number;
  problemsToVerify: number;
  problemsOverdue: number;
  problemsUnclosed: number;
  toursUpcoming: number;
  toursDraft: number;
};

/** The administrator's queue, across the system; 1 statement. */
export async function adminCounts(now: Date, database: Database = db()): Promise<AdminCounts> {
  const today = chinaDateKey(now);
  const from = now.toISOString();
  const until = new Date(now.getTime() + UPCOMING_DAYS * 86_400_000).toISOString();
  const [row] = await database.$queryRaw<AdminCounts[]>`
    SELECT
      (SELECT count(*) FROM "SelfReport" WHERE "status" = 'SUBMITTED')::int AS "reportsToReview",
      (SELECT count(*) FROM "Problem" WHERE "status" = 'AWAITING_VERIFICATION')::int AS "problemsToVerify",
      (SELECT count(*) FROM "Problem" WHERE "status" <> 'CLOSED' AND "deadline" < ${today}::date)::int AS "problemsOverdue",
      (SELECT count(*) FROM "Problem" WHERE "status" <> 'CLOSED')::int AS "problemsUnclosed",
      (SELECT count(*) FROM "Tour" WHERE "status" IN ('DRAFT', 'PUBLISHED')
         AND "startsAt" >= ${from}::timestamptz AND "startsAt" < ${until}::timestamptz)::int AS "toursUpcoming",
      (SELECT count(*) FROM "Tour" WHERE "status" = 'DRAFT')::int AS "toursDraft"`;
  return (
    row ?? {
      reportsToReview: 0,
      problemsToVerify: 0,
      problemsOverdue: 0,
      problemsUnclosed: 0,
      toursUpcoming: 0,
      toursDraft: 0,
    }
  );
}

/** Tours (draft or published) starting in the next two weeks, soonest first. */
export async function upcomingTours(now: Date, database: Database = db()) {
  return database.tour.findMany({
    where: {
      status: { in: ["DRAFT", "PUBLISHED"] },
      startsAt: { gte: now, lt: new Date(now.getTime() + UPCOMING_DAYS * 86_400_000) },
    },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    take: LIST_LENGTH,
    select: {
      id: true,
      title: true,
      startsAt: true,
      endsAt: true,
      status: true,
      _count: { select: { stops: true, delegation: true } },
    },
  });
}

export type ReportAwaitingReview = {
  id: number;
  enterpriseName: string;
  phaseName: string;
  lastSubmittedAt: Date | null;
  submissionCount: number;
  /** Submitted after the phase's self-report deadline. */
  late: boolean;
};

/** Submitted self-reports waiting for review, the longest-waiting first; 1 statement. */
export async function reportsAwaitingReview(database: Database = db()): Promise<ReportAwaitingReview[]> {
  return database.$queryRaw<ReportAwaitingReview[]>`
    SELECT r."id", e."shortName" AS "enterpriseName", p."name" AS "phaseName", r."lastSubmittedAt", r."submissionCount",
      coalesce(r."lastSubmittedAt" > p."selfReportDeadline", false) AS "late"
    FROM "SelfReport" r
    JOIN "Enterprise" e ON e."id" = r."enterpriseId"
    JOIN "Phase" p ON p."id" = r."phaseId"
    WHERE r."status" = 'SUBMITTED'
    ORDER BY r."lastSubmittedAt" ASC NULLS LAST, r."id" ASC
    LIMIT ${LIST_LENGTH}`;
}

// ───────────────────────────── LEADER ─────────────────────────────

export type CampaignCounts = {
  toursCompleted: number;
  toursPublished: number;
  sheetsSubmitted: number;
  organizationsScored: number;
  problemsUnclosed: number;
  problemsOverdue: number;
  problemsClosed: number;
};

/** Progress of one campaign: tours, score sheets, problems; 1 statement. */
export async function campaignCounts(
  campaignId: number,
  now: Date,
  database: Database = db(),
): Promise<CampaignCounts> {
  const today = chinaDateKey(now);
  const [row] = await database.$queryRaw<CampaignCounts[]>`
    WITH phases AS (SELECT "id" FROM "Phase" WHERE "campaignId" = ${campaignId})
    SELECT
      (SELECT count(*) FROM "Tour" WHERE "phaseId" IN (SELECT "id" FROM phases) AND "status" = 'COMPLETED')::int AS "toursCompleted",
      (SELECT count(*) FROM "Tour" WHERE "phaseId" IN (SELECT "id" FROM phases) AND "status" = 'PUBLISHED')::int AS "toursPublished",
      (SELECT count(*) FROM "ScoreSheet" WHERE "phaseId" IN (SELECT "id" FROM phases) AND "status" = 'SUBMITTED')::int AS "sheetsSubmitted",
      (SELECT count(DISTINCT "partyOrganizationId") FROM "ScoreSheet"
         WHERE "phaseId" IN (SELECT "id" FROM phases) AND "status" = 'SUBMITTED')::int AS "organizationsScored",
      (SELECT count(*) FROM "Problem" WHERE "phaseId" IN (SELECT "id" FROM phases) AND "status" <> 'CLOSED')::int AS "problemsUnclosed",
      (SELECT count(*) FROM "Problem" WHERE "phaseId" IN (SELECT "id" FROM phases) AND "status" <> 'CLOSED'
         AND "deadline" < ${today}::date)::int AS "problemsOverdue",
      (SELECT count(*) FROM "Problem" WHERE "phaseId" IN (SELECT "id" FROM phases) AND "status" = 'CLOSED')::int AS "problemsClosed"`;
  return (
    row ?? {
      toursCompleted: 0,
      toursPublished: 0,
      sheetsSubmitted: 0,
      organizationsScored: 0,
      problemsUnclosed: 0,
      problemsOverdue: 0,
      problemsClosed: 0,
    }
  );
}

export type AssetSnapshot = {
  /** Active enterprises that count toward the target. */
  enterpriseCount: number;
  /** The latest month every counting enterprise filed, with the system total (亿元). */
  complete: { month: Date; total: Prisma.Decimal; hasDemo: boolean } | null;
  /** The latest month anyone filed, and how many had filed it (it may still be incomplete). */
  latest: { month: Date; filed: number } | null;
};

/**
 * The system's total assets, from the asset progress page's own query (lib/assets/queries.ts):
 * the latest month in which every counting enterprise filed (a partial month would understate
 * the total), and the latest month anyone filed; 1 statement.
 */
export async function assetSnapshot(database: Database = db()): Promise<AssetSnapshot> {
  return snapshotOf(await assetMonthTotals(database));
}

function snapshotOf({ counting, months }: { counting: number; months: MonthTotal[] }): AssetSnapshot {
  const complete = completeMonths(months, counting).at(-1) ?? null;
  const latest = months.at(-1) ?? null;
  return {
    enterpriseCount: counting,
    complete: complete ? { month: complete.month, total: complete.total, hasDemo: complete.hasDemo } : null,
    latest: latest ? { month: latest.month, filed: latest.filed } : null,
  };
}

/** The leader home's asset card: `assetSnapshot` and `assetTargets` together in 1 statement. */
export async function assetCard(database: Database = db()) {
  const { counting, months, targets } = await assetTotalsAndTargets(database);
  return { snapshot: snapshotOf({ counting, months }), targets };
}

/** The asset targets (2500亿 by 2022, 6000亿 by 2025, ...), earliest first. */
export async function assetTargets(database: Database = db()) {
  return assetTargetList(database);
}
