import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Database } from "@/lib/prisma-client";
import { asMonthDate, monthFromIndex, monthIndex, sqlDay } from "@/lib/assets/months";
import { progressFigures, type MonthTotal, type ProgressFigures } from "@/lib/assets/progress";

/**
 * Reads of the asset figures. Sums, counts and per-enterprise growth are computed in SQL on
 * numeric columns; only the compound annual rates (fractional powers) run in decimal.js
 * (lib/assets/growth.ts). "Counting enterprises" are the active ones that count toward the
 * target today; every month is judged against that set.
 */

const COUNTING = Prisma.sql`SELECT "id" FROM "Enterprise" WHERE "countsTowardAssetTarget" AND "isActive"`;

/** How many months of per-enterprise figures the page's contribution chart shows. */
export const CONTRIBUTION_MONTHS = 24;

type MonthRow = { month: Date | string; total: string; filed: number; hasDemo: boolean; counting: number };

/** The system sum per month over the counting enterprises, with how many filed it; 1 statement. */
export async function assetMonthTotals(database: Database = db()) {
  const rows = await database.$queryRaw<MonthRow[]>`
    WITH counting AS (${COUNTING})
    SELECT f."month", sum(f."totalAssets")::text AS total, count(*)::int AS filed,
           bool_or(f."isDemo") AS "hasDemo", (SELECT count(*) FROM counting)::int AS counting
    FROM "AssetFigure" f JOIN counting c ON c."id" = f."enterpriseId"
    GROUP BY f."month"
    UNION ALL
    -- Keeps the count of counting enterprises when nobody has filed anything yet.
    SELECT NULL, NULL, 0, false, (SELECT count(*) FROM counting)::int
    ORDER BY 1 NULLS FIRST`;
  const counting = rows[0]?.counting ?? 0;
  const months: MonthTotal[] = rows
    .filter((row) => row.month !== null)
    .map((row) => ({
      month: asMonthDate(row.month),
      total: new Prisma.Decimal(row.total),
      filed: row.filed,
      hasDemo: row.hasDemo,
    }));
  return { counting, months };
}

/** The targets, earliest first. */
export async function assetTargetList(database: Database = db()) {
  return database.assetTarget.findMany({
    orderBy: { year: "asc" },
    select: { id: true, year: true, amount: true, label: true, updatedAt: true },
  });
}

/** The page's headline figures (as-of total, targets, rates, projection); 2 statements. */
export async function assetProgress(database: Database = db()): Promise<ProgressFigures> {
  const [{ counting, months }, targets] = await Promise.all([assetMonthTotals(database), assetTargetList(database)]);
  return progressFigures(months, counting, targets);
}

export type EnterpriseGrowthRow = {
  id: number;
  name: string;
  shortName: string;
  current: Prisma.Decimal | null;
  previous: Prisma.Decimal | null;
  change: Prisma.Decimal | null;
  /** Growth over the twelve months to the as-of month, in percent with two decimals. */
  growthPercent: string | null;
  /** Share of the as-of total, in percent with two decimals. */
  sharePercent: string | null;
  latestMonth: Date | null;
};

type GrowthRow = Omit<EnterpriseGrowthRow, "current" | "previous" | "change" | "latestMonth"> & {
  current: string | null;
  previous: string | null;
  change: string | null;
  latestMonth: Date | string | null;
};

const decimalOrNull = (value: string | null) => (value === null ? null : new Prisma.Decimal(value));

/**
 * Each counting enterprise at the as-of month and twelve months before, its change, growth and
 * share of the total, all in SQL numeric; a missing month leaves its cells empty; 1 statement.
 */
export async function enterpriseGrowth(asOf: Date, database: Database = db()): Promise<EnterpriseGrowthRow[]> {
  const yearBefore = monthFromIndex(monthIndex(asOf) - 12);
  const rows = await database.$queryRaw<GrowthRow[]>`
    SELECT e."id", e."name", e."shortName",
      cur."totalAssets"::text AS current, prev."totalAssets"::text AS previous,
      (cur."totalAssets" - prev."totalAssets")::text AS change,
      CASE WHEN prev."totalAssets" > 0
        THEN round((cur."totalAssets" / prev."totalAssets" - 1) * 100, 2)::text END AS "growthPercent",
      CASE WHEN sum(cur."totalAssets") OVER () > 0
        THEN round(cur."totalAssets" * 100 / sum(cur."totalAssets") OVER (), 2)::text END AS "sharePercent",
      latest."month" AS "latestMonth"
    FROM "Enterprise" e
    LEFT JOIN "AssetFigure" cur ON cur."enterpriseId" = e."id" AND cur."month" = ${sqlDay(asOf)}::date
    LEFT JOIN "AssetFigure" prev ON prev."enterpriseId" = e."id" AND prev."month" = ${sqlDay(yearBefore)}::date
    LEFT JOIN LATERAL (
      SELECT f."month" FROM "AssetFigure" f WHERE f."enterpriseId" = e."id" ORDER BY f."month" DESC LIMIT 1
    ) latest ON true
    WHERE e."id" IN (${COUNTING})
    ORDER BY cur."totalAssets" DESC NULLS LAST, e."sortOrder", e."id"`;
  return rows.map((row) => ({
    ...row,
    current: decimalOrNull(row.current),
    previous: decimalOrNull(row.previous),
    change: decimalOrNull(row.change),
    latestMonth: row.latestMonth === null ? null : asMonthDate(row.latestMonth),
  }));
}

export type FigureMatrix = {
  months: Date[];
  enterprises: { id: number; name: string; shortName: string; values: (Prisma.Decimal | null)[] }[];
};

type CellRow = { id: number; name: string; shortName: string; month: Date | string | null; value: string | null };

/**
 * Counting enterprises × months (from `from` to `to`, inclusive): the figures as filed, null where
 * a month is missing; for the contribution chart and the export; 1 statement.
 */
export async function figureMatrix(from: Date, to: Date, database: Database = db()): Promise<FigureMatrix> {
  const rows = await database.$queryRaw<CellRow[]>`
    SELECT e."id", e."name", e."shortName", f."month", f."totalAssets"::text AS value
    FROM "Enterprise" e
    LEFT JOIN "AssetFigure" f ON f."enterpriseId" = e."id" AND f."month" BETWEEN ${sqlDay(from)}::date AND ${sqlDay(to)}::date
    WHERE e."id" IN (${COUNTING})
    ORDER BY e."sortOrder", e."id", f."month"`;
  const first = monthIndex(from);
  const months = Array.from({ length: Math.max(0, monthIndex(to) - first + 1) }, (_, i) => monthFromIndex(first + i));
  const byId = new Map<number, FigureMatrix["enterprises"][number]>();
  for (const row of rows) {
    let enterprise = byId.get(row.id);
    if (!enterprise) {
      enterprise = { id: row.id, name: row.name, shortName: row.shortName, values: months.map(() => null) };
      byId.set(row.id, enterprise);
    }
    if (row.month !== null && row.value !== null) {
      enterprise.values[monthIndex(asMonthDate(row.month)) - first] = new Prisma.Decimal(row.value);
    }
  }
  return { months, enterprises: [...byId.values()] };
}

/** The first and last month anyone filed for a counting enterprise; 1 statement. */
export async function filedMonthRange(database: Database = db()) {
  const [row] = await database.$queryRaw<{ first: Date | string | null; last: Date | string | null }[]>`
    SELECT min("month") AS first, max("month") AS last FROM "AssetFigure" WHERE "enterpriseId" IN (${COUNTING})`;
  return row?.first && row.last ? { first: asMonthDate(row.first), last: asMonthDate(row.last) } : null;
}

/**
 * Everything the asset progress page shows: 4 statements whatever the number of enterprises or
 * months (monthly sums, targets, growth per enterprise, the contribution window).
 */
export async function loadAssetPage(database: Database = db()) {
  const [{ counting, months }, targets] = await Promise.all([assetMonthTotals(database), assetTargetList(database)]);
  const figures = progressFigures(months, counting, targets);
  const last = months.at(-1)?.month;
  const [growth, matrix] = await Promise.all([
    figures.asOf ? enterpriseGrowth(figures.asOf.month, database) : Promise.resolve([]),
    last
      ? figureMatrix(monthFromIndex(monthIndex(last) - CONTRIBUTION_MONTHS + 1), last, database)
      : Promise.resolve({ months: [], enterprises: [] }),
  ]);
  return { figures, months, growth, matrix };
}

export type AssetPageData = Awaited<ReturnType<typeof loadAssetPage>>;

type TotalsAndTargetsRow = {
  counting: number;
  months: { month: string; total: string; filed: number; hasDemo: boolean }[];
  targets: { id: number; year: number; amount: string; label: string; updatedAt: string }[];
};

/**
 * `assetMonthTotals` and `assetTargetList` in 1 statement, for the leader home's asset card, which
 * must stay within its statement budget (docs/performance.md); tests/integration/home-cache.test.ts
 * holds the two forms to the same answer.
 */
export async function assetTotalsAndTargets(database: Database = db()) {
  const [row] = await database.$queryRaw<TotalsAndTargetsRow[]>`
    WITH counting AS (${COUNTING}),
    months AS (
      SELECT f."month", sum(f."totalAssets")::text AS total, count(*)::int AS filed, bool_or(f."isDemo") AS "hasDemo"
      FROM "AssetFigure" f JOIN counting c ON c."id" = f."enterpriseId"
      GROUP BY f."month"
    )
    SELECT (SELECT count(*) FROM counting)::int AS counting,
      coalesce((SELECT json_agg(json_build_object('month', to_char(m."month", 'YYYY-MM-DD'), 'total', m.total,
                                                  'filed', m.filed, 'hasDemo', m."hasDemo") ORDER BY m."month")
                FROM months m), '[]') AS months,
      coalesce((SELECT json_agg(json_build_object('id', t."id", 'year', t."year", 'amount', t."amount"::text,
                                                  'label', t."label", 'updatedAt', t."updatedAt") ORDER BY t."year")
                FROM "AssetTarget" t), '[]') AS targets`;
  const months: MonthTotal[] = row!.months.map((month) => ({
    month: asMonthDate(month.month),
    total: new Prisma.Decimal(month.total),
    filed: month.filed,
    hasDemo: month.hasDemo,
  }));
  const targets = row!.targets.map((target) => ({
    ...target,
    amount: new Prisma.Decimal(target.amount),
    updatedAt: new Date(target.updatedAt),
  }));
  return { counting: row!.counting, months, targets };
}
