import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Database } from "@/lib/prisma-client";
import { rankingRows } from "@/lib/rankings/queries";
import { LENIENCY_FLAG_Z, MUTUAL_UPLIFT_THRESHOLD } from "@/lib/rankings/statistics";

/**
 * The consistency view (ADMIN): organisations whose scorers disagree, each scorer's leniency, and
 * pairs of enterprises that score each other up (互评互抬). Each list is one SQL statement over the
 * submitted sheets of the phase; lib/rankings/statistics.ts holds the same definitions in
 * TypeScript and docs/rankings.md explains them.
 */

export type LeniencyRow = {
  scorerId: number;
  scorerName: string;
  scorerTitle: string;
  enterpriseShortName: string | null;
  stops: number;
  meanDeviation: Prisma.Decimal;
  z: Prisma.Decimal | null;
};

/**
 * Per scorer: at each stop where others also scored, own total minus the others' mean; averaged
 * over the scorer's stops (L), then z = (L − mean L) / population sd of L over all scorers.
 */
export async function leniencyRows(phaseId: number, database: Database = db()): Promise<LeniencyRow[]> {
  return database.$queryRaw<LeniencyRow[]>`
    WITH sheet AS (
      SELECT s."stopId", s."scorerId", s."total",
             sum(s."total") OVER (PARTITION BY s."stopId") AS "stopSum",
             count(*) OVER (PARTITION BY s."stopId") AS "stopCount"
      FROM "ScoreSheet" s
      WHERE s."phaseId" = ${phaseId} AND s."status" = 'SUBMITTED'
    ),
    scorer AS (
      SELECT "scorerId", count(*)::int AS "stops",
             avg("total" - ("stopSum" - "total") / ("stopCount" - 1)) AS "meanDeviation"
      FROM sheet WHERE "stopCount" >= 2
      GROUP BY "scorerId"
    ),
    standardised AS (
      SELECT scorer.*,
             CASE WHEN count(*) OVER () < 2 OR stddev_pop("meanDeviation") OVER () = 0 THEN NULL
                  ELSE ("meanDeviation" - avg("meanDeviation") OVER ()) / stddev_pop("meanDeviation") OVER ()
             END AS "z"
      FROM scorer
    )
    SELECT st."scorerId", u."displayName" AS "scorerName", u."title" AS "scorerTitle",
           e."shortName" AS "enterpriseShortName", st."stops", st."meanDeviation", st."z"
    FROM standardised st
    JOIN "User" u ON u."id" = st."scorerId"
    LEFT JOIN "Enterprise" e ON e."id" = u."enterpriseId"
    ORDER BY st."z" DESC NULLS LAST, st."scorerId"`;
}

export type MutualPairRow = {
  firstEnterpriseId: number;
  firstEnterpriseName: string;
  secondEnterpriseId: number;
  secondEnterpriseName: string;
  /** first → second: sheets and mean uplift over independent scorers on the same stops. */
  forwardSheets: number;
  forwardUplift: Prisma.Decimal;
  backwardSheets: number;
  backwardUplift: Prisma.Decimal;
  flagged: boolean;
};

/**
 * Pairs of enterprises whose members scored each other's organisations in this phase. The uplift
 * A → B is the mean, over sheets by A's members on B's organisations, of (total − mean of the
 * independent scorers' totals on that stop), independent meaning of neither A nor B (staff and
 * leaders without an enterprise count as independent). Flagged when both directions reach
 * MUTUAL_UPLIFT_THRESHOLD points.
 */
export async function mutualPairRows(phaseId: number, database: Database = db()): Promise<MutualPairRow[]> {
  return database.$queryRaw<MutualPairRow[]>`
    WITH sheet AS (
      SELECT s."id", s."stopId", s."total", u."enterpriseId" AS "fromId", o."enterpriseId" AS "toId"
      FROM "ScoreSheet" s
      JOIN "User" u ON u."id" = s."scorerId"
      JOIN "PartyOrganization" o ON o."id" = s."partyOrganizationId"
      WHERE s."phaseId" = ${phaseId} AND s."status" = 'SUBMITTED'
    ),
    deviation AS (
      SELECT a."fromId", a."toId", a."total" - avg(b."total") AS "uplift"
      FROM sheet a
      JOIN sheet b ON b."stopId" = a."stopId"
                  AND b."fromId" IS DISTINCT FROM a."fromId"
                  AND b."fromId" IS DISTINCT FROM a."toId"
      WHERE a."fromId" IS NOT NULL AND a."fromId" <> a."toId"
      GROUP BY a."id", a."fromId", a."toId", a."total"
    ),
    directed AS (
      SELECT "fromId", "toId", count(*)::int AS "sheets", avg("uplift") AS "uplift"
      FROM deviation GROUP BY "fromId", "toId"
    )
    SELECT f."fromId" AS "firstEnterpriseId", ef."shortName" AS "firstEnterpriseName",
           f."toId" AS "secondEnterpriseId", et."shortName" AS "secondEnterpriseName",
           f."sheets" AS "forwardSheets", f."uplift" AS "forwardUplift",
           b."sheets" AS "backwardSheets", b."uplift" AS "backwardUplift",
           (f."uplift" >= ${MUTUAL_UPLIFT_THRESHOLD}::numeric AND b."uplift" >= ${MUTUAL_UPLIFT_THRESHOLD}::numeric) AS "flagged"
    FROM directed f
    JOIN directed b ON b."fromId" = f."toId" AND b."toId" = f."fromId"
    JOIN "Enterprise" ef ON ef."id" = f."fromId"
    JOIN "Enterprise" et ON et."id" = f."toId"
    WHERE f."fromId" < f."toId"
    ORDER BY least(f."uplift", b."uplift") DESC, f."fromId", f."toId"`;
}

/** The whole consistency view of a phase; 3 statements. */
export async function consistencyView(phaseId: number, database: Database = db()) {
  const [disagreements, leniency, pairs] = await Promise.all([
    rankingRows(phaseId, { disagreementOnly: true }, { limit: null, offset: 0 }, database),
    leniencyRows(phaseId, database),
    mutualPairRows(phaseId, database),
  ]);
  return { disagreements, leniency, pairs, leniencyFlagZ: LENIENCY_FLAG_Z, mutualThreshold: MUTUAL_UPLIFT_THRESHOLD };
}
