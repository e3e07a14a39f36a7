import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { can } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session-user";
import type { Database } from "@/lib/prisma-client";
import { rankingPhase, rankingRows, type RankingPhase, type RankingRow } from "@/lib/rankings/queries";

export type CategoryMean = {
  name: string;
  sequence: number;
  sheets: number;
  mean: Prisma.Decimal;
  maxPoints: Prisma.Decimal;
};

/**
 * Per rubric category, the mean over submitted sheets of the points a sheet gave in it. Categories
 * are matched by name, so sheets on two versions of a phase's rubric still add up; 1 statement.
 */
export async function categoryMeans(
  phaseId: number,
  organizationId: number,
  database: Database = db(),
): Promise<CategoryMean[]> {
  return database.$queryRaw<CategoryMean[]>`
    WITH per_sheet AS (
      SELECT s."id", c."name", c."sequence", sum(i."score") AS "points", sum(i."maxPoints") AS "maxPoints"
      FROM "ScoreSheet" s
      JOIN "ItemScore" i ON i."sheetId" = s."id"
      JOIN "RubricItem" ri ON ri."id" = i."itemId"
      JOIN "RubricCategory" c ON c."id" = ri."categoryId"
      WHERE s."phaseId" = ${phaseId} AND s."partyOrganizationId" = ${organizationId} AND s."status" = 'SUBMITTED'
      GROUP BY s."id", c."name", c."sequence"
    )
    SELECT "name", min("sequence")::int AS "sequence", count(*)::int AS "sheets",
           avg("points") AS "mean", max("maxPoints") AS "maxPoints"
    FROM per_sheet
    GROUP BY "name"
    ORDER BY min("sequence"), "name"`;
}

export type ScorerTotal = {
  sheetId: number;
  scorerName: string;
  scorerTitle: string;
  enterpriseShortName: string | null;
  tourTitle: string;
  visitedAt: Date;
  total: Prisma.Decimal;
  submittedAt: Date | null;
};

async function scorerTotals(phaseId: number, organizationId: number, database: Database): Promise<ScorerTotal[]> {
  const sheets = await database.scoreSheet.findMany({
    where: { phaseId, partyOrganizationId: organizationId, status: "SUBMITTED" },
    orderBy: [{ total: "desc" }, { id: "asc" }],
    select: {
      id: true,
      total: true,
      submittedAt: true,
      scorer: { select: { displayName: true, title: true, enterprise: { select: { shortName: true } } } },
      stop: { select: { arriveAt: true, tour: { select: { title: true } } } },
    },
  });
  return sheets.map((sheet) => ({
    sheetId: sheet.id,
    scorerName: sheet.scorer.displayName,
    scorerTitle: sheet.scorer.title,
    enterpriseShortName: sheet.scorer.enterprise?.shortName ?? null,
    tourTitle: sheet.stop.tour.title,
    visitedAt: sheet.stop.arriveAt,
    total: sheet.total,
    submittedAt: sheet.submittedAt,
  }));
}

type Organization = { id: number; name: string; enterprise: { id: number; name: string; shortName: string } };

export type ScoreDetail =
  | { kind: "notFound" }
  /** The viewer's own organisation in a phase whose results are not yet published. */
  | { kind: "unpublished"; phase: RankingPhase; organization: Organization }
  | {
      kind: "ok";
      phase: RankingPhase;
      organization: Organization;
      /** null when the organisation has no submitted sheet in the phase. */
      ranking: RankingRow | null;
      categories: CategoryMean[];
      /** Who gave which total: only for viewers who may read every ranking (ADMIN, LEADER). */
      scorers: ScorerTotal[] | null;
    };

/**
 * A party organisation's score detail as this viewer may see it. ADMIN and LEADER see everything,
 * including each scorer's total with their name. A secretary sees only organisations of their own
 * enterprise ("not found" for any other, so nothing tells them it exists), only once the phase's
 * results are published, and never who gave which score: the scorer rows are not even loaded.
 */
export async function organizationScoreDetail(
  viewer: Pick<SessionUser, "role" | "enterpriseId">,
  phaseId: number,
  organizationId: number,
  now: Date = new Date(),
  database: Database = db(),
): Promise<ScoreDetail> {
  const readsAll = can(viewer.role, "ranking.readAll");
  if (!readsAll && !can(viewer.role, "ranking.readOwn")) return { kind: "notFound" };

  const [phase, organization] = await Promise.all([
    rankingPhase(phaseId, database),
    database.partyOrganization.findUnique({
      where: { id: organizationId },
      select: { id: true, name: true, enterprise: { select: { id: true, name: true, shortName: true } } },
    }),
  ]);
  if (!phase || !organization) return { kind: "notFound" };
  if (!readsAll) {
    if (viewer.enterpriseId === null || organization.enterprise.id !== viewer.enterpriseId) return { kind: "notFound" };
    if (!phase.resultsPublishedAt || phase.resultsPublishedAt > now) {
      return { kind: "unpublished", phase, organization };
    }
  }

  const [rows, categories, scorers] = await Promise.all([
    rankingRows(phaseId, { organizationId }, { limit: 1, offset: 0 }, database),
    categoryMeans(phaseId, organizationId, database),
    readsAll ? scorerTotals(phaseId, organizationId, database) : Promise.resolve(null),
  ]);
  return { kind: "ok", phase, organization, ranking: rows[0] ?? null, categories, scorers };
}

/** A secretary's own enterprise's ranked organisations in the phases whose results are published. */
export async function ownPublishedResults(enterpriseId: number, now: Date = new Date(), database: Database = db()) {
  const phases = await database.phase.findMany({
    where: { resultsPublishedAt: { not: null, lte: now } },
    orderBy: [{ campaign: { year: "desc" } }, { sequence: "asc" }],
    select: { id: true, name: true, resultsPublishedAt: true, campaign: { select: { year: true } } },
  });
  const rows = await Promise.all(
    phases.map((phase) => rankingRows(phase.id, { enterpriseId }, { limit: null, offset: 0 }, database)),
  );
  return phases.map((phase, index) => ({ phase, rows: rows[index]! }));
}
