import type pg from "pg";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Database } from "@/lib/prisma-client";
import { phaseRankings, type PhaseRankingItem } from "@/lib/rankings/queries";
import { organisationStatistics, quotaTier, thresholdTier } from "@/lib/rankings/statistics";

/**
 * Measurement 1: a phase's ranking (what GET /api/v1/phases/{id}/rankings answers) three ways.
 * All three must give the same items, in the same order, before any is timed.
 */

export type RankingResult = { phaseId: number; method: string; items: PhaseRankingItem[] };

/** The platform's own function (lib/rankings). */
export const platformRankings = (database: Database, phaseId: number) =>
  phaseRankings(phaseId, database) as Promise<RankingResult>;

/**
 * The limit: the least SQL that gives the same answer, written by hand and run through `pg` with
 * no ORM in between: sums, counts, min and max per organisation, the official score, rank() and
 * the tier, with the names joined on.
 */
const RAW_SQL = `
  WITH p AS (SELECT "scoreMethod", "trimMinScorers", "tierMode" FROM "Phase" WHERE "id" = $1),
  s AS (
    SELECT "partyOrganizationId" AS org, count(*) AS n, sum("total") AS total, min("total") AS lo, max("total") AS hi
    FROM "ScoreSheet" WHERE "phaseId" = $1 AND "status" = 'SUBMITTED' GROUP BY 1
  ),
  scored AS (
    SELECT s.org, s.n, round(CASE WHEN p."scoreMethod" = 'TRIMMED_MEAN' AND s.n >= greatest(p."trimMinScorers", 3)
                                  THEN (s.total - s.hi - s.lo) / (s.n - 2) ELSE s.total / s.n END, 2) AS score
    FROM s CROSS JOIN p
  ),
  ranked AS (SELECT scored.*, rank() OVER (ORDER BY score DESC) AS rk, count(*) OVER () AS cnt FROM scored),
  t AS MATERIALIZED (
    SELECT "name", "rank", "minScore",
           min("minScore") OVER w AS lowest, coalesce(bool_or("minScore" IS NULL) OVER w, false) AS open,
           coalesce(sum(coalesce("quotaPercent", 0)) OVER w, 0) AS before,
           sum(coalesce("quotaPercent", 0)) OVER (ORDER BY "rank") AS cum, "rank" = max("rank") OVER () AS last
    FROM "PhaseTier" WHERE "phaseId" = $1
    WINDOW w AS (ORDER BY "rank" ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)
  )
  SELECT r.rk::int AS rank, o."id" AS "orgId", o."name" AS "orgName", e."id" AS "entId", e."name" AS "entName",
         r.score::text AS score, r.n::int AS n, t."name" AS tier, p."scoreMethod"::text AS method
  FROM ranked r CROSS JOIN p
  LEFT JOIN t ON CASE p."tierMode"
                   WHEN 'THRESHOLD' THEN NOT t.open AND (t.lowest IS NULL OR r.score < t.lowest)
                                         AND (t."minScore" IS NULL OR r.score >= t."minScore")
                   ELSE r.rk > floor(r.cnt * t.before / 100) AND (t.last OR r.rk <= floor(r.cnt * t.cum / 100)) END
  JOIN "PartyOrganization" o ON o."id" = r.org
  JOIN "Enterprise" e ON e."id" = o."enterpriseId"
  ORDER BY r.rk, e."sortOrder", e."id", o."sortOrder", o."id"`;

export async function rawRankings(pool: pg.Pool, phaseId: number): Promise<RankingResult> {
  const { rows } = await pool.query(RAW_SQL, [phaseId]);
  const method =
    rows[0]?.method ??
    (await pool.query(`SELECT "scoreMethod"::text AS m FROM "Phase" WHERE "id" = $1`, [phaseId])).rows[0].m;
  return {
    phaseId,
    method,
    items: rows.map((row) => ({
      rank: row.rank,
      partyOrganization: { id: row.orgId, name: row.orgName },
      enterprise: { id: row.entId, name: row.entName },
      score: row.score,
      scorerCount: row.n,
      tier: row.tier,
    })),
  };
}

/**
 * The naive way: the raw rows loaded through Prisma and added up in JavaScript. The raw rows of a
 * score are the item scores; a sheet's stored `total` is itself an aggregate the platform keeps in
 * step at every save, so the naive way adds the items up instead of trusting it. The same
 * statistics, ranks and tiers follow in JavaScript.
 */
export async function naiveRankings(database: Database, phaseId: number): Promise<RankingResult> {
  const sheets = await database.scoreSheet.findMany({
    where: { phaseId, status: "SUBMITTED" },
    select: { partyOrganizationId: true, itemScores: { select: { score: true } } },
  });
  const totals = sheets.map((sheet) => ({
    partyOrganizationId: sheet.partyOrganizationId,
    total: sheet.itemScores.reduce((sum, item) => sum.plus(item.score), new Prisma.Decimal(0)),
  }));
  return rankInJavaScript(database, phaseId, totals);
}

/**
 * Naive over the stored totals: sheets through Prisma (one total each), summed in JavaScript.
 * Printed beside the budgeted figure, without a budget, to show how much of the naive cost is
 * the item rows.
 */
export async function naiveRankingsFromTotals(database: Database, phaseId: number): Promise<RankingResult> {
  const sheets = await database.scoreSheet.findMany({
    where: { phaseId, status: "SUBMITTED" },
    select: { partyOrganizationId: true, total: true },
  });
  return rankInJavaScript(database, phaseId, sheets);
}

async function rankInJavaScript(
  database: Database,
  phaseId: number,
  sheets: { partyOrganizationId: number; total: Prisma.Decimal }[],
): Promise<RankingResult> {
  const phase = await database.phase.findUniqueOrThrow({
    where: { id: phaseId },
    include: { tiers: true },
  });
  const organisations = await database.partyOrganization.findMany({
    select: {
      id: true,
      name: true,
      sortOrder: true,
      enterprise: { select: { id: true, name: true, sortOrder: true } },
    },
  });
  const totals = new Map<number, Prisma.Decimal[]>();
  for (const sheet of sheets) {
    const list = totals.get(sheet.partyOrganizationId) ?? [];
    list.push(sheet.total);
    totals.set(sheet.partyOrganizationId, list);
  }
  const byId = new Map(organisations.map((organisation) => [organisation.id, organisation]));
  const scored = [...totals].map(([id, values]) => ({
    organisation: byId.get(id)!,
    ...organisationStatistics(values, phase),
  }));
  scored.sort(
    (a, b) =>
      b.score.comparedTo(a.score) ||
      a.organisation.enterprise.sortOrder - b.organisation.enterprise.sortOrder ||
      a.organisation.enterprise.id - b.organisation.enterprise.id ||
      a.organisation.sortOrder - b.organisation.sortOrder ||
      a.organisation.id - b.organisation.id,
  );
  let rank = 0;
  const items = scored.map((row, index) => {
    if (index === 0 || !row.score.equals(scored[index - 1]!.score)) rank = index + 1;
    const tier =
      phase.tierMode === "THRESHOLD"
        ? thresholdTier(row.score, phase.tiers)
        : quotaTier(rank, scored.length, phase.tiers);
    return {
      rank,
      partyOrganization: { id: row.organisation.id, name: row.organisation.name },
      enterprise: { id: row.organisation.enterprise.id, name: row.organisation.enterprise.name },
      score: row.score.toFixed(2),
      scorerCount: row.scorerCount,
      tier: tier?.name ?? null,
    };
  });
  return { phaseId, method: phase.scoreMethod, items };
}
