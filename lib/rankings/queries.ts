import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { EnterpriseCategory, PhaseKind, PhaseStatus, ScoreMethod, TierMode } from "@/lib/generated/prisma/enums";
import type { Database } from "@/lib/prisma-client";
import type { RankingQuery } from "@/lib/rankings/filters";
import { namedSnapshotCache, readSnapshot } from "@/lib/dashboard/snapshot-cache";

/**
 * Rankings are computed by PostgreSQL from the submitted score sheets: one statement of CTEs and
 * window functions per list, so the numbers always agree with the sheets. The `…Cached` readers
 * serve the last answer only while no transaction has committed since (lib/dashboard/snapshot-cache.ts). lib/rankings/statistics.ts is the same arithmetic in TypeScript, the
 * reference the tests hold this SQL to; docs/rankings.md explains the definitions.
 */

/** Rows per page: 50 keeps a page's render within budget at province scale (docs/performance.md). */
export const RANKINGS_PAGE_SIZE = 50;

export type RankingFilter = {
  enterpriseId?: number;
  category?: EnterpriseCategory;
  tier?: string;
  organizationId?: number;
  /** Only organisations whose scorers disagree strongly (standard deviation above the phase's threshold). */
  disagreementOnly?: boolean;
};

export type RankingRow = {
  organizationId: number;
  organizationName: string;
  enterpriseId: number;
  enterpriseName: string;
  enterpriseShortName: string;
  enterpriseCategory: EnterpriseCategory;
  rank: number;
  /** The official score (mean or trimmed mean, as the phase says), rounded to two decimals. */
  score: Prisma.Decimal;
  scorerCount: number;
  mean: Prisma.Decimal;
  trimmedMean: Prisma.Decimal;
  median: Prisma.Decimal;
  /** Sample standard deviation; null for a single sheet. */
  standardDeviation: Prisma.Decimal | null;
  min: Prisma.Decimal;
  max: Prisma.Decimal;
  disagreement: boolean;
  tier: string | null;
  tierRank: number | null;
  /** How many organisations the phase ranks, before any filter. */
  rankedCount: number;
  /** How many rows match the filter, before the page is cut. */
  matchCount: number;
};

/**
 * The ranking of a phase as CTEs, ending in `classified` (one row per ranked organisation with
 * its statistics, rank and tier). Shared by the list and the tier distribution so both count the
 * same way.
 *   sheet:      submitted sheets with their position among the organisation's totals (for the median)
 *   stats:      count, mean, trimmed mean, median, sample standard deviation, min, max
 *   scored:     the official score rounded to 2 decimals (numeric, half away from zero)
 *   ranked:     rank() over that score: ties share a rank and the next one skips (1, 2, 2, 4)
 *   tier:       the phase's tiers with cumulative quotas
 *   classified: the best tier the score reaches (THRESHOLD) or the rank falls in (QUOTA)
 */
function classifiedCtes(phaseId: number): Prisma.Sql {
  return Prisma.sql`
    phase AS (
      SELECT "id", "scoreMethod", "trimMinScorers", "tierMode", "disagreementThreshold"
      FROM "Phase" WHERE "id" = ${phaseId}
    ),
    sheet AS (
      SELECT s."partyOrganizationId" AS "orgId", s."total",
             row_number() OVER (PARTITION BY s."partyOrganizationId" ORDER BY s."total") AS "position",
             count(*) OVER (PARTITION BY s."partyOrganizationId") AS "sheets"
      FROM "ScoreSheet" s
      WHERE s."phaseId" = ${phaseId} AND s."status" = 'SUBMITTED'
    ),
    stats AS (
      SELECT sheet."orgId",
             count(*)::int AS "scorerCount",
             avg(sheet."total") AS "mean",
             CASE WHEN count(*) >= greatest(phase."trimMinScorers", 3)
                  THEN (sum(sheet."total") - max(sheet."total") - min(sheet."total")) / (count(*) - 2)
                  ELSE avg(sheet."total") END AS "trimmedMean",
             avg(sheet."total") FILTER (
               WHERE sheet."position" IN ((sheet."sheets" + 1) / 2, (sheet."sheets" + 2) / 2)
             ) AS "median",
             stddev_samp(sheet."total") AS "standardDeviation",
             min(sheet."total") AS "min",
             max(sheet."total") AS "max"
      FROM sheet CROSS JOIN phase
      GROUP BY sheet."orgId", phase."trimMinScorers"
    ),
    scored AS (
      SELECT stats.*,
             round(CASE phase."scoreMethod" WHEN 'TRIMMED_MEAN' THEN stats."trimmedMean" ELSE stats."mean" END, 2)
               AS "score",
             coalesce(stats."standardDeviation" > phase."disagreementThreshold", false) AS "disagreement"
      FROM stats CROSS JOIN phase
    ),
    ranked AS (
      SELECT scored.*,
             rank() OVER (ORDER BY scored."score" DESC)::int AS "rank",
             count(*) OVER ()::int AS "rankedCount"
      FROM scored
    ),
    ${tierCte(phaseId)},
    classified AS (
      SELECT ranked.*, tier."name" AS "tier", tier."rank" AS "tierRank"
      FROM ranked CROSS JOIN phase
      LEFT JOIN tier ON ${tierMatches(Prisma.raw("ranked"))}
    )`;
}

/**
 * The phase's tiers, each with the band it covers: an organisation belongs to the best tier whose
 * line its score reaches (THRESHOLD) or whose cumulative quota its rank falls within (QUOTA).
 * "The best tier that matches" is written as "this tier matches and no better one does", so each
 * organisation joins exactly its own tier's row (at most one), with no per-organisation subquery.
 * MATERIALIZED: computed once, not once per organisation.
 */
function tierCte(phaseId: number): Prisma.Sql {
  return Prisma.sql`
    tier AS MATERIALIZED (
      SELECT t."name", t."rank", t."minScore",
             -- THRESHOLD: a score below every better tier's line, and no better tier without one
             min(t."minScore") OVER better AS "betterLowest",
             coalesce(bool_or(t."minScore" IS NULL) OVER better, false) AS "betterTakesAll",
             -- QUOTA: the share of the ranking the better tiers take, and this tier's running total
             coalesce(sum(coalesce(t."quotaPercent", 0)) OVER better, 0) AS "quotaBefore",
             sum(coalesce(t."quotaPercent", 0)) OVER (ORDER BY t."rank") AS "cumulativeQuota",
             t."rank" = max(t."rank") OVER () AS "isLast"
      FROM "PhaseTier" t WHERE t."phaseId" = ${phaseId}
      WINDOW better AS (ORDER BY t."rank" ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)
    )`;
}

/** Whether a ranked row (with "score", "rank" and "rankedCount") falls in the joined tier's band. */
function tierMatches(ranked: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`CASE phase."tierMode"
      WHEN 'THRESHOLD' THEN NOT tier."betterTakesAll"
                            AND (tier."betterLowest" IS NULL OR ${ranked}."score" < tier."betterLowest")
                            AND (tier."minScore" IS NULL OR ${ranked}."score" >= tier."minScore")
      ELSE ${ranked}."rank" > floor(${ranked}."rankedCount" * tier."quotaBefore" / 100)
           AND (tier."isLast" OR ${ranked}."rank" <= floor(${ranked}."rankedCount" * tier."cumulativeQuota" / 100))
    END`;
}

function filterSql(filter: RankingFilter): Prisma.Sql {
  return Prisma.sql`
    (${filter.enterpriseId ?? null}::int IS NULL OR e."id" = ${filter.enterpriseId ?? null}::int)
    AND (${filter.category ?? null}::text IS NULL OR e."category"::text = ${filter.category ?? null}::text)
    AND (${filter.tier ?? null}::text IS NULL OR c."tier" = ${filter.tier ?? null}::text)
    AND (${filter.organizationId ?? null}::int IS NULL OR c."orgId" = ${filter.organizationId ?? null}::int)
    AND (NOT ${filter.disagreementOnly ?? false}::boolean OR c."disagreement")`;
}

/**
 * The ranked organisations of a phase, best first, filtered and cut to a page; 1 statement.
 * Ranks and tiers are computed over the whole phase before any filter, so a filter never changes
 * an organisation's rank. Ties are listed in the enterprises' and organisations' own order.
 */
export async function rankingRows(
  phaseId: number,
  filter: RankingFilter = {},
  page: { limit: number | null; offset: number } = { limit: null, offset: 0 },
  database: Database = db(),
): Promise<RankingRow[]> {
  return database.$queryRaw<RankingRow[]>`
    WITH ${classifiedCtes(phaseId)}
    SELECT c."orgId" AS "organizationId", o."name" AS "organizationName",
           e."id" AS "enterpriseId", e."name" AS "enterpriseName", e."shortName" AS "enterpriseShortName",
           e."category"::text AS "enterpriseCategory",
           c."rank", c."score", c."scorerCount", c."mean", c."trimmedMean", c."median", c."standardDeviation",
           c."min", c."max", c."disagreement", c."tier", c."tierRank", c."rankedCount",
           count(*) OVER ()::int AS "matchCount"
    FROM classified c
    JOIN "PartyOrganization" o ON o."id" = c."orgId"
    JOIN "Enterprise" e ON e."id" = o."enterpriseId"
    WHERE ${filterSql(filter)}
    ORDER BY c."rank", e."sortOrder", e."id", o."sortOrder", o."id"
    LIMIT ${page.limit}::int OFFSET ${page.offset}::int`;
}

export type TierCount = { tier: string | null; tierRank: number | null; count: number };

/** How many ranked organisations each tier holds (enterprise and category filters apply); 1 statement. */
export async function tierCounts(
  phaseId: number,
  filter: Pick<RankingFilter, "enterpriseId" | "category"> = {},
  database: Database = db(),
): Promise<TierCount[]> {
  return database.$queryRaw<TierCount[]>`
    WITH ${classifiedCtes(phaseId)}
    SELECT c."tier", c."tierRank", count(*)::int AS "count"
    FROM classified c
    JOIN "PartyOrganization" o ON o."id" = c."orgId"
    JOIN "Enterprise" e ON e."id" = o."enterpriseId"
    WHERE ${filterSql({ enterpriseId: filter.enterpriseId, category: filter.category })}
    GROUP BY c."tier", c."tierRank"
    ORDER BY c."tierRank" NULLS LAST`;
}

/** What the page, the export and the API show for each ranked organisation. */
export type PhaseRankingItem = {
  rank: number;
  partyOrganization: { id: number; name: string };
  enterprise: { id: number; name: string };
  /** The official score as a decimal string with two decimals, e.g. "85.00". */
  score: string;
  scorerCount: number;
  tier: string | null;
};

export function toRankingItem(row: RankingRow): PhaseRankingItem {
  return {
    rank: row.rank,
    partyOrganization: { id: row.organizationId, name: row.organizationName },
    enterprise: { id: row.enterpriseId, name: row.enterpriseName },
    score: row.score.toFixed(2),
    scorerCount: row.scorerCount,
    tier: row.tier,
  };
}

type ItemRow = {
  rank: number;
  orgId: number;
  orgName: string;
  enterpriseId: number;
  enterpriseName: string;
  score: string;
  scorerCount: number;
  tier: string | null;
};

/**
 * The whole ranking of a phase with only what the API and the export list (rank, score, scorer
 * count, tier), in 1 statement. The same definitions as `classifiedCtes`, without the median,
 * spread and disagreement, whose per-organisation sort is most of that statement's cost at
 * province scale (docs/performance.md); flat rows, because PostgreSQL builds nested JSON for
 * 20,000 items more slowly than the client decodes the rows. tests/integration/rankings-items.test.ts
 * holds the answer to the page's statement.
 */
async function rankingItems(phaseId: number, database: Database): Promise<PhaseRankingItem[]> {
  const rows = await database.$queryRaw<ItemRow[]>`
    WITH phase AS (
      SELECT "scoreMethod", "trimMinScorers", "tierMode" FROM "Phase" WHERE "id" = ${phaseId}
    ),
    stats AS (
      SELECT s."partyOrganizationId" AS "orgId", count(*) AS n, sum(s."total") AS total,
             min(s."total") AS lo, max(s."total") AS hi
      FROM "ScoreSheet" s
      WHERE s."phaseId" = ${phaseId} AND s."status" = 'SUBMITTED'
      GROUP BY s."partyOrganizationId"
    ),
    scored AS (
      SELECT stats."orgId", stats.n,
             round(CASE WHEN phase."scoreMethod" = 'TRIMMED_MEAN' AND stats.n >= greatest(phase."trimMinScorers", 3)
                        THEN (stats.total - stats.hi - stats.lo) / (stats.n - 2)
                        ELSE stats.total / stats.n END, 2) AS "score"
      FROM stats CROSS JOIN phase
    ),
    ranked AS (
      SELECT scored.*, rank() OVER (ORDER BY scored."score" DESC) AS "rank", count(*) OVER () AS "rankedCount"
      FROM scored
    ),
    ${tierCte(phaseId)}
    SELECT r."rank"::int AS "rank", o."id" AS "orgId", o."name" AS "orgName", e."id" AS "enterpriseId",
           e."name" AS "enterpriseName", r."score"::text AS "score", r.n::int AS "scorerCount",
           tier."name" AS "tier"
    FROM ranked r
    CROSS JOIN phase
    LEFT JOIN tier ON ${tierMatches(Prisma.raw("r"))}
    JOIN "PartyOrganization" o ON o."id" = r."orgId"
    JOIN "Enterprise" e ON e."id" = o."enterpriseId"
    ORDER BY r."rank", e."sortOrder", e."id", o."sortOrder", o."id"`;
  return rows.map((row) => ({
    rank: row.rank,
    partyOrganization: { id: row.orgId, name: row.orgName },
    enterprise: { id: row.enterpriseId, name: row.enterpriseName },
    score: row.score,
    scorerCount: row.scorerCount,
    tier: row.tier,
  }));
}

/** Every ranked organisation of a phase, ordered by rank, for the API; null when there is no such phase. */
export async function phaseRankings(phaseId: number, database: Database = db()) {
  const [phase, items] = await Promise.all([
    database.phase.findUnique({ where: { id: phaseId }, select: { id: true, scoreMethod: true } }),
    rankingItems(phaseId, database),
  ]);
  if (!phase) return null;
  return { phaseId: phase.id, method: phase.scoreMethod, items };
}

type PhaseRankings = Awaited<ReturnType<typeof phaseRankings>>;
const rankingsCache = namedSnapshotCache<PhaseRankings>("phase-rankings", 8);

/**
 * `phaseRankings` for the API, through the per-server snapshot cache (lib/dashboard/snapshot-cache.ts):
 * computed again only after a commit; 1 statement (the snapshot) while nothing has committed.
 */
export async function phaseRankingsCached(phaseId: number, database: Database = db()): Promise<PhaseRankings> {
  const snapshot = await readSnapshot(database);
  return rankingsCache.get(String(phaseId), snapshot, () => phaseRankings(phaseId, database));
}

// ───────────────────────────── Phases ─────────────────────────────

export type RankingPhase = {
  id: number;
  kind: PhaseKind;
  name: string;
  status: PhaseStatus;
  scoreMethod: ScoreMethod;
  trimMinScorers: number;
  tierMode: TierMode;
  disagreementThreshold: Prisma.Decimal;
  excludeOwnEnterprise: boolean;
  resultsPublishedAt: Date | null;
  updatedAt: Date;
  campaign: { year: number; name: string };
  tiers: { name: string; rank: number; minScore: Prisma.Decimal | null; quotaPercent: Prisma.Decimal | null }[];
  submittedSheets: number;
};

const PHASE_SELECT = {
  id: true,
  kind: true,
  name: true,
  status: true,
  scoreMethod: true,
  trimMinScorers: true,
  tierMode: true,
  disagreementThreshold: true,
  excludeOwnEnterprise: true,
  resultsPublishedAt: true,
  updatedAt: true,
  campaign: { select: { year: true, name: true } },
  tiers: { orderBy: { rank: "asc" }, select: { name: true, rank: true, minScore: true, quotaPercent: true } },
  _count: { select: { scoreSheets: { where: { status: "SUBMITTED" } } } },
} as const satisfies Prisma.PhaseSelect;

function toRankingPhase({ _count, ...phase }: Prisma.PhaseGetPayload<{ select: typeof PHASE_SELECT }>): RankingPhase {
  return { ...phase, submittedSheets: _count.scoreSheets };
}

/** Every phase, latest campaign first and in phase order, with its scoring settings and tiers. */
export async function rankingPhases(database: Database = db()): Promise<RankingPhase[]> {
  const phases = await database.phase.findMany({
    orderBy: [{ campaign: { year: "desc" } }, { sequence: "asc" }],
    select: PHASE_SELECT,
  });
  return phases.map(toRankingPhase);
}

export async function rankingPhase(phaseId: number, database: Database = db()): Promise<RankingPhase | null> {
  const phase = await database.phase.findUnique({ where: { id: phaseId }, select: PHASE_SELECT });
  return phase ? toRankingPhase(phase) : null;
}

/** The phase a page opens on without a choice: the latest one with submitted sheets, else the first. */
export function defaultPhase(phases: readonly RankingPhase[]): RankingPhase | null {
  return (
    phases.findLast((phase) => phase.submittedSheets > 0 && phase.campaign.year === phases[0]?.campaign.year) ??
    phases.find((phase) => phase.submittedSheets > 0) ??
    phases[0] ??
    null
  );
}

// ───────────────────────────── The rankings page ─────────────────────────────

/** The page's (or the export's) filter from its URL; a tier the phase does not have is dropped. */
export function rankingFilterFor(query: RankingQuery, phase: Pick<RankingPhase, "tiers">): RankingFilter {
  return {
    enterpriseId: query.enterpriseId,
    category: query.category,
    tier: query.tier !== undefined && phase.tiers.some((tier) => tier.name === query.tier) ? query.tier : undefined,
  };
}

export type RankingsView = Awaited<ReturnType<typeof loadRankingsView>>;

/**
 * Everything the rankings page shows, in a fixed number of statements however many
 * organisations are ranked: phases with tiers (Prisma: phases, tiers, sheet counts), enterprises,
 * the page of rows, the tier distribution.
 */
export async function loadRankingsView(query: RankingQuery, database: Database = db()) {
  const phases = await rankingPhases(database);
  const phase =
    (query.phaseId === undefined ? null : phases.find((candidate) => candidate.id === query.phaseId)) ??
    defaultPhase(phases);
  const enterprises = await database.enterprise.findMany({
    orderBy: [{ category: "asc" }, { sortOrder: "asc" }, { id: "asc" }],
    select: { id: true, name: true, shortName: true, category: true },
  });
  if (!phase) return { phases, phase: null, enterprises, rows: [], distribution: [], page: 1, pageCount: 1 };

  const filter = rankingFilterFor(query, phase);
  if (!enterprises.some((enterprise) => enterprise.id === filter.enterpriseId)) filter.enterpriseId = undefined;
  const offset = (query.page - 1) * RANKINGS_PAGE_SIZE;
  const [rows, counts] = await Promise.all([
    rankingRows(phase.id, filter, { limit: RANKINGS_PAGE_SIZE, offset }, database),
    tierCounts(phase.id, filter, database),
  ]);
  const matchCount = rows[0]?.matchCount ?? 0;
  const distribution = [
    ...phase.tiers.map((tier) => ({
      tier: tier.name,
      count: counts.find((count) => count.tier === tier.name)?.count ?? 0,
    })),
    ...counts.filter((count) => count.tier === null).map((count) => ({ tier: null, count: count.count })),
  ];
  return {
    phases,
    phase,
    enterprises,
    filter,
    rows,
    distribution,
    page: query.page,
    pageCount: Math.max(1, Math.ceil(matchCount / RANKINGS_PAGE_SIZE)),
  };
}

const viewCache = namedSnapshotCache<RankingsView>("rankings-view", 32);

/**
 * `loadRankingsView` through the per-server snapshot cache (lib/dashboard/snapshot-cache.ts): served
 * again while no transaction has committed since it was computed. 1 statement on a hit (the
 * snapshot); 1 + the view's on a miss.
 */
export async function loadRankingsViewCached(query: RankingQuery, database: Database = db()): Promise<RankingsView> {
  const snapshot = await readSnapshot(database);
  return viewCache.get(JSON.stringify(query), snapshot, () => loadRankingsView(query, database));
}

// ───────────────────────────── The leader's glance ─────────────────────────────

export type GlanceRows = { top: RankingRow[]; bottom: RankingRow[]; counts: TierCount[]; tierNames: string[] };

type GlanceRow = Omit<RankingRow, "organizationId"> & {
  organizationId: number | null;
  position: number | null;
  tierCounts: TierCount[] | null;
  tierNames: string[];
};

/**
 * A phase's ranking at a glance in 1 statement: the first `length` and the last `length` rows
 * (never repeating one), the tier distribution and the phase's tier names (best first), from one
 * evaluation of the ranking. The same rows as `rankingRows` (first page, and offset
 * max(length, ranked − length)) and the same counts as `tierCounts`, unfiltered;
 * tests/integration/rankings-items.test.ts holds them to it.
 */
export async function rankingGlanceRows(
  phaseId: number,
  length: number,
  database: Database = db(),
): Promise<GlanceRows> {
  const rows = await database.$queryRaw<GlanceRow[]>`
    WITH ${classifiedCtes(phaseId)},
    counted AS (
      SELECT (SELECT json_agg(json_build_object('tier', t."tier", 'tierRank', t."tierRank", 'count', t."count")
                              ORDER BY t."tierRank" NULLS LAST)
              FROM (SELECT c."tier", c."tierRank", count(*)::int AS "count" FROM classified c
                    GROUP BY c."tier", c."tierRank") t) AS "tierCounts",
             ARRAY(SELECT t."name" FROM "PhaseTier" t WHERE t."phaseId" = ${phaseId} ORDER BY t."rank") AS "tierNames"
    ),
    listed AS (
      SELECT c."orgId" AS "organizationId", o."name" AS "organizationName",
             e."id" AS "enterpriseId", e."name" AS "enterpriseName", e."shortName" AS "enterpriseShortName",
             e."category"::text AS "enterpriseCategory",
             c."rank", c."score", c."scorerCount", c."mean", c."trimmedMean", c."median", c."standardDeviation",
             c."min", c."max", c."disagreement", c."tier", c."tierRank", c."rankedCount",
             count(*) OVER ()::int AS "matchCount",
             row_number() OVER (ORDER BY c."rank", e."sortOrder", e."id", o."sortOrder", o."id")::int AS "position"
      FROM classified c
      JOIN "PartyOrganization" o ON o."id" = c."orgId"
      JOIN "Enterprise" e ON e."id" = o."enterpriseId"
    )
    -- Always one row at least, so the tier names come back even when nothing is ranked.
    SELECT listed.*, counted."tierCounts", counted."tierNames"
    FROM counted
    LEFT JOIN listed
      ON listed."position" <= ${length} OR listed."position" > greatest(${length}, listed."rankedCount" - ${length})
    ORDER BY listed."position"`;
  const listed = rows.filter(
    (row): row is GlanceRow & { organizationId: number; position: number } => row.position !== null,
  );
  const strip = ({
    position: _position,
    tierCounts: _counts,
    tierNames: _names,
    ...row
  }: (typeof listed)[number]): RankingRow => row;
  return {
    top: listed.filter((row) => row.position <= length).map(strip),
    bottom: listed.filter((row) => row.position > length).map(strip),
    counts: rows[0]?.tierCounts ?? [],
    tierNames: rows[0]?.tierNames ?? [],
  };
}
