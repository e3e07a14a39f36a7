import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { chinaDateKey } from "@/lib/format";
import type { ExperienceKind, ReportStatus } from "@/lib/generated/prisma/enums";
import type { Database } from "@/lib/prisma-client";

/**
 * The leader's figures for one campaign, each an SQL aggregate in one statement whatever the
 * number of rows (docs/dashboard.md lists them). Rankings come from lib/rankings (leader-dashboard.ts).
 */

const LIST_LENGTH = 5;

// ───────────────────────────── Phase progress ─────────────────────────────

export type PhaseProgress = {
  /** null on the campaign's total row. */
  phaseId: number | null;
  toursCompleted: number;
  /** Published and not yet completed. */
  toursPlanned: number;
  sheetsExpected: number;
  sheetsSubmitted: number;
  /** sheetsSubmitted / sheetsExpected × 100 with one decimal, as a string; null when nothing is expected. */
  sheetsPercent: string | null;
  /** Party organisations with at least one submitted sheet: what the phase's ranking lists. */
  rankedOrganizations: number;
};

/**
 * Tours and score sheets per phase of the campaign, then the campaign's total row (phaseId null);
 * 1 statement. Expected sheets follow lib/home/expected-sheets.ts: scoring members × stops of
 * published or completed tours, less the pairs the phase's conflict-of-interest rule excludes.
 */
export async function phaseProgress(campaignId: number, database: Database = db()): Promise<PhaseProgress[]> {
  return database.$queryRaw<PhaseProgress[]>`
    WITH ph AS (
      SELECT "id", "sequence", "excludeOwnEnterprise" FROM "Phase" WHERE "campaignId" = ${campaignId}
    ), tours AS (
      SELECT t."phaseId",
             count(*) FILTER (WHERE t."status" = 'COMPLETED') AS completed,
             count(*) FILTER (WHERE t."status" = 'PUBLISHED') AS planned
      FROM "Tour" t JOIN ph ON ph."id" = t."phaseId"
      GROUP BY t."phaseId"
    ), expected AS (
      SELECT t."phaseId", s."id" AS "stopId", d."userId"
      FROM "Tour" t
      JOIN ph ON ph."id" = t."phaseId"
      JOIN "TourStop" s ON s."tourId" = t."id"
      JOIN "Site" si ON si."id" = s."siteId"
      JOIN "PartyOrganization" o ON o."id" = si."partyOrganizationId"
      JOIN "DelegationMember" d ON d."tourId" = t."id" AND d."isScoring"
      JOIN "User" u ON u."id" = d."userId"
      WHERE t."status" IN ('PUBLISHED', 'COMPLETED')
        AND NOT (ph."excludeOwnEnterprise" AND u."enterpriseId" IS NOT DISTINCT FROM o."enterpriseId")
    ), sheets AS (
      SELECT e."phaseId", count(*) AS expected, count(sh."id") AS submitted
      FROM expected e
      LEFT JOIN "ScoreSheet" sh ON sh."stopId" = e."stopId" AND sh."scorerId" = e."userId" AND sh."status" = 'SUBMITTED'
      GROUP BY e."phaseId"
    ), ranked AS (
      SELECT sh."phaseId", count(DISTINCT sh."partyOrganizationId") AS organizations
      FROM "ScoreSheet" sh JOIN ph ON ph."id" = sh."phaseId"
      WHERE sh."status" = 'SUBMITTED'
      GROUP BY sh."phaseId"
    ), per_phase AS (
      SELECT ph."id" AS "phaseId", ph."sequence",
             coalesce(tours.completed, 0) AS "toursCompleted", coalesce(tours.planned, 0) AS "toursPlanned",
             coalesce(sheets.expected, 0) AS "sheetsExpected", coalesce(sheets.submitted, 0) AS "sheetsSubmitted",
             coalesce(ranked.organizations, 0) AS "rankedOrganizations"
      FROM ph
      LEFT JOIN tours ON tours."phaseId" = ph."id"
      LEFT JOIN sheets ON sheets."phaseId" = ph."id"
      LEFT JOIN ranked ON ranked."phaseId" = ph."id"
    ), with_total AS (
      SELECT "phaseId", "sequence", "toursCompleted", "toursPlanned", "sheetsExpected", "sheetsSubmitted",
             "rankedOrganizations"
      FROM per_phase
      UNION ALL
      SELECT NULL, NULL, sum("toursCompleted"), sum("toursPlanned"), sum("sheetsExpected"), sum("sheetsSubmitted"),
             sum("rankedOrganizations")
      FROM per_phase
    )
    SELECT "phaseId", "toursCompleted"::int, "toursPlanned"::int, "sheetsExpected"::int, "sheetsSubmitted"::int,
           "rankedOrganizations"::int,
           CASE WHEN "sheetsExpected" > 0
                THEN round(100.0 * "sheetsSubmitted" / "sheetsExpected", 1)::text END AS "sheetsPercent"
    FROM with_total
    ORDER BY "sequence" NULLS LAST`;
}

// ───────────────────────────── Problem ledger health ─────────────────────────────

export type ProblemHealthRow = {
  /** null on the total row. */
  enterpriseId: number | null;
  enterpriseName: string | null;
  total: number;
  /** Not closed (open, rectifying or awaiting verification). */
  unclosed: number;
  closed: number;
  /** Not closed and the deadline (a China calendar day) is before today in China. */
  overdue: number;
  /** closed / total × 100 with one decimal, as a string; null when there are no problems. */
  rectificationRate: string | null;
};

/**
 * The campaign's problems per enterprise (those with any), worst first (most overdue, then most
 * unclosed), then the total row (enterpriseId null); 1 statement with GROUPING SETS.
 */
export async function problemHealth(
  campaignId: number,
  now: Date,
  database: Database = db(),
): Promise<ProblemHealthRow[]> {
  const today = chinaDateKey(now);
  return database.$queryRaw<ProblemHealthRow[]>`
    SELECT e."id" AS "enterpriseId", e."shortName" AS "enterpriseName",
           count(*)::int AS "total",
           count(*) FILTER (WHERE p."status" <> 'CLOSED')::int AS "unclosed",
           count(*) FILTER (WHERE p."status" = 'CLOSED')::int AS "closed",
           count(*) FILTER (WHERE p."status" <> 'CLOSED' AND p."deadline" < ${today}::date)::int AS "overdue",
           round(100.0 * count(*) FILTER (WHERE p."status" = 'CLOSED') / nullif(count(*), 0), 1)::text AS "rectificationRate"
    FROM "Problem" p
    JOIN "Phase" ph ON ph."id" = p."phaseId" AND ph."campaignId" = ${campaignId}
    JOIN "Enterprise" e ON e."id" = p."enterpriseId"
    GROUP BY GROUPING SETS ((e."id", e."shortName", e."sortOrder"), ())
    ORDER BY GROUPING(e."id"),
             count(*) FILTER (WHERE p."status" <> 'CLOSED' AND p."deadline" < ${today}::date) DESC,
             count(*) FILTER (WHERE p."status" <> 'CLOSED') DESC, e."sortOrder", e."id"`;
}

// ───────────────────────────── Self-reports ─────────────────────────────

export type ReportStatusRow = {
  enterpriseId: number;
  enterpriseName: string;
  /** null: no report started yet. */
  status: ReportStatus | null;
  /** Last submitted after the phase's deadline. */
  late: boolean;
  /** How many enterprises share this row's status (a window count, so the tiles need no second query). */
  statusCount: number;
};

/** Every active enterprise's self-report for the phase, in the enterprises' order; 1 statement. */
export async function reportStatusByEnterprise(phaseId: number, database: Database = db()): Promise<ReportStatusRow[]> {
  return database.$queryRaw<ReportStatusRow[]>`
    SELECT e."id" AS "enterpriseId", e."shortName" AS "enterpriseName", r."status"::text AS "status",
           coalesce(r."lastSubmittedAt" > ph."selfReportDeadline", false) AS "late",
           (count(*) OVER (PARTITION BY r."status"))::int AS "statusCount"
    FROM "Enterprise" e
    CROSS JOIN (SELECT "selfReportDeadline" FROM "Phase" WHERE "id" = ${phaseId}) ph
    LEFT JOIN "SelfReport" r ON r."enterpriseId" = e."id" AND r."phaseId" = ${phaseId}
    WHERE e."isActive"
    ORDER BY e."category", e."sortOrder", e."id"`;
}

// ───────────────────────────── Remarks and experience ─────────────────────────────

export type LatestRemark = {
  id: number;
  content: string;
  createdAt: Date;
  speaker: string;
  speakerTitle: string;
  tourId: number;
  tourTitle: string;
  siteName: string;
};

/** The newest remarks made on the campaign's tours (drafts left out), newest first. */
function latestRemarksSql(campaignId: number): Prisma.Sql {
  return Prisma.sql`
    SELECT r."id", r."content", r."createdAt",
           coalesce(u."displayName", g."name", '') AS "speaker",
           coalesce(nullif(u."title", ''), g."unit", '') AS "speakerTitle",
           t."id" AS "tourId", t."title" AS "tourTitle", si."name" AS "siteName"
    FROM "Remark" r
    JOIN "TourStop" s ON s."id" = r."stopId"
    JOIN "Tour" t ON t."id" = s."tourId" AND t."status" <> 'DRAFT'
    JOIN "Phase" ph ON ph."id" = t."phaseId" AND ph."campaignId" = ${campaignId}
    JOIN "Site" si ON si."id" = s."siteId"
    LEFT JOIN "User" u ON u."id" = r."authorId"
    LEFT JOIN "TourGuest" g ON g."id" = r."guestId"
    ORDER BY r."createdAt" DESC, r."id" DESC
    LIMIT ${LIST_LENGTH}`;
}

/** The newest remarks made on the campaign's tours (drafts left out); 1 statement. */
export async function latestRemarks(campaignId: number, database: Database = db()): Promise<LatestRemark[]> {
  return database.$queryRaw<LatestRemark[]>(latestRemarksSql(campaignId));
}

export type PromotedEntry = {
  id: number;
  kind: ExperienceKind;
  title: string;
  organizationName: string;
  phaseName: string;
  promotedAt: Date | null;
  /** How many entries of the campaign are promoted in all. */
  promotedCount: number;
};

/** The campaign's most recently promoted experience entries and how many there are. */
function promotedExperienceSql(campaignId: number): Prisma.Sql {
  return Prisma.sql`
    SELECT x."id", x."kind"::text AS "kind", x."title", o."name" AS "organizationName", ph."name" AS "phaseName",
           x."promotedAt", (count(*) OVER ())::int AS "promotedCount"
    FROM "ExperienceEntry" x
    JOIN "Phase" ph ON ph."id" = x."phaseId" AND ph."campaignId" = ${campaignId}
    JOIN "PartyOrganization" o ON o."id" = x."partyOrganizationId"
    WHERE x."promoted"
    ORDER BY x."promotedAt" DESC NULLS LAST, x."id" DESC
    LIMIT ${LIST_LENGTH}`;
}

/** The campaign's most recently promoted experience entries and how many there are; 1 statement. */
export async function promotedExperience(campaignId: number, database: Database = db()): Promise<PromotedEntry[]> {
  return database.$queryRaw<PromotedEntry[]>(promotedExperienceSql(campaignId));
}

type HighlightsRow = {
  remarks: (Omit<LatestRemark, "createdAt"> & { createdAt: string })[] | null;
  experience: (Omit<PromotedEntry, "promotedAt"> & { promotedAt: string | null })[] | null;
};

/**
 * `latestRemarks` and `promotedExperience` in 1 statement (the same SQL, each as a JSON array),
 * so the leader home stays within its statement budget (docs/performance.md);
 * tests/integration/home-cache.test.ts holds it to the two statements.
 */
export async function remarksAndExperience(
  campaignId: number,
  database: Database = db(),
): Promise<{ remarks: LatestRemark[]; experience: PromotedEntry[] }> {
  const [row] = await database.$queryRaw<HighlightsRow[]>`
    SELECT
      (SELECT json_agg(t ORDER BY t."createdAt" DESC, t."id" DESC) FROM (${latestRemarksSql(campaignId)}) t) AS "remarks",
      (SELECT json_agg(x ORDER BY x."promotedAt" DESC NULLS LAST, x."id" DESC)
         FROM (${promotedExperienceSql(campaignId)}) x) AS "experience"`;
  return {
    remarks: (row?.remarks ?? []).map((remark) => ({ ...remark, createdAt: new Date(remark.createdAt) })),
    experience: (row?.experience ?? []).map((entry) => ({
      ...entry,
      promotedAt: entry.promotedAt === null ? null : new Date(entry.promotedAt),
    })),
  };
}
