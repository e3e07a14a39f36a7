import "server-only";
import { db } from "@/lib/db";
import { chinaDateKey } from "@/lib/format";
import type { Database } from "@/lib/prisma-client";

/**
 * Figures for a secretary's home page (see lib/home/queries.ts for the shared rules): their
 * enterprise's self-report, problems and assets, and their own tours and scoring.
 */

const LIST_LENGTH = 5;

// ───────────────────────────── SECRETARY ─────────────────────────────

export type SecretaryCounts = {
  problemsToAct: number;
  /** Of problemsToAct, those past their deadline. */
  problemsToActOverdue: number;
  problemsToVerify: number;
  toursUpcoming: number;
};

/** One enterprise's open problems and one user's upcoming tours; 1 statement. */
export async function secretaryCounts(
  ids: { userId: number; enterpriseId: number | null },
  now: Date,
  database: Database = db(),
): Promise<SecretaryCounts> {
  const today = chinaDateKey(now);
  // -1 matches no enterprise: an unbound account simply has no problems to act on.
  const enterpriseId = ids.enterpriseId ?? -1;
  const [row] = await database.$queryRaw<SecretaryCounts[]>`
    SELECT
      (SELECT count(*) FROM "Problem" WHERE "enterpriseId" = ${enterpriseId}
         AND "status" IN ('OPEN', 'RECTIFYING'))::int AS "problemsToAct",
      (SELECT count(*) FROM "Problem" WHERE "enterpriseId" = ${enterpriseId}
         AND "status" IN ('OPEN', 'RECTIFYING') AND "deadline" < ${today}::date)::int AS "problemsToActOverdue",
      (SELECT count(*) FROM "Problem" WHERE "enterpriseId" = ${enterpriseId}
         AND "status" = 'AWAITING_VERIFICATION')::int AS "problemsToVerify",
      (SELECT count(*) FROM "Tour" t
         JOIN "DelegationMember" d ON d."tourId" = t."id" AND d."userId" = ${ids.userId}
         WHERE t."status" = 'PUBLISHED' AND t."endsAt" >= ${now.toISOString()}::timestamptz)::int AS "toursUpcoming"`;
  return row ?? { problemsToAct: 0, problemsToActOverdue: 0, problemsToVerify: 0, toursUpcoming: 0 };
}

/** The enterprise's self-report for a phase, or null when none was started. */
export async function selfReportFor(ids: { enterpriseId: number; phaseId: number }, database: Database = db()) {
  return database.selfReport.findUnique({
    where: { enterpriseId_phaseId: { enterpriseId: ids.enterpriseId, phaseId: ids.phaseId } },
    select: { id: true, status: true, submissionCount: true, lastSubmittedAt: true, acceptedAt: true, updatedAt: true },
  });
}

/** Problems the enterprise has to work on, nearest deadline first. */
export async function problemsToAct(enterpriseId: number, database: Database = db()) {
  return database.problem.findMany({
    where: { enterpriseId, status: { in: ["OPEN", "RECTIFYING"] } },
    orderBy: [{ deadline: "asc" }, { id: "asc" }],
    take: LIST_LENGTH,
    select: {
      id: true,
      description: true,
      severity: true,
      status: true,
      deadline: true,
      partyOrganization: { select: { name: true } },
    },
  });
}

/** Published tours the user is on that have not ended, soonest first, with the user's seat. */
export async function myUpcomingTours(userId: number, now: Date, database: Database = db()) {
  return database.tour.findMany({
    where: { status: "PUBLISHED", endsAt: { gte: now }, delegation: { some: { userId } } },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    take: LIST_LENGTH,
    select: {
      id: true,
      title: true,
      startsAt: true,
      endsAt: true,
      meetingPoint: true,
      delegation: { where: { userId }, select: { part: true, isScoring: true } },
      _count: { select: { stops: true } },
    },
  });
}

export type StopToScore = {
  id: number;
  arriveAt: Date;
  tourTitle: string;
  siteName: string;
  organizationName: string;
  /** A draft sheet has been saved. */
  hasDraft: boolean;
};

type StopToScoreRow = StopToScore & { total: number };

/**
 * The stops the user still has to score, in visiting order, and how many there are in all
 * (a window count taken before the LIMIT); 1 statement. A stop is "to score" when the user is a
 * scoring member of its tour, the tour is published or completed, its phase is active, and the
 * user has not submitted a sheet for it; in phases that exclude one's own enterprise, its stops are
 * left out, as on 我的评分 (docs/scoring.md).
 */
export async function stopsToScore(
  userId: number,
  enterpriseId: number | null,
  database: Database = db(),
): Promise<{ total: number; stops: StopToScore[] }> {
  const rows = await database.$queryRaw<StopToScoreRow[]>`
    SELECT s."id", s."arriveAt", t."title" AS "tourTitle", si."name" AS "siteName", o."name" AS "organizationName",
      EXISTS (SELECT 1 FROM "ScoreSheet" sh WHERE sh."stopId" = s."id" AND sh."scorerId" = ${userId}) AS "hasDraft",
      (count(*) OVER ())::int AS "total"
    FROM "TourStop" s
    JOIN "Tour" t ON t."id" = s."tourId"
    JOIN "Phase" p ON p."id" = t."phaseId"
    JOIN "DelegationMember" d ON d."tourId" = t."id" AND d."userId" = ${userId} AND d."isScoring"
    JOIN "Site" si ON si."id" = s."siteId"
    JOIN "PartyOrganization" o ON o."id" = si."partyOrganizationId"
    WHERE t."status" IN ('PUBLISHED', 'COMPLETED') AND p."status" = 'ACTIVE'
      AND NOT (p."excludeOwnEnterprise" AND o."enterpriseId" IS NOT DISTINCT FROM ${enterpriseId}::int)
      AND NOT EXISTS (
        SELECT 1 FROM "ScoreSheet" sh
        WHERE sh."stopId" = s."id" AND sh."scorerId" = ${userId} AND sh."status" = 'SUBMITTED'
      )
    ORDER BY s."arriveAt" ASC, s."id" ASC
    LIMIT ${LIST_LENGTH}`;
  return { total: rows[0]?.total ?? 0, stops: rows.map(({ total: _total, ...stop }) => stop) };
}

/** The enterprise's name, whether it files assets, and its latest filed month. */
export async function enterpriseWithLatestAsset(enterpriseId: number, database: Database = db()) {
  return database.enterprise.findUnique({
    where: { id: enterpriseId },
    select: {
      name: true,
      shortName: true,
      countsTowardAssetTarget: true,
      assetFigures: {
        orderBy: { month: "desc" },
        take: 1,
        select: { month: true, totalAssets: true, isDemo: true, updatedAt: true },
      },
    },
  });
}
