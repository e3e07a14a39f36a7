import type pg from "pg";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Database } from "@/lib/prisma-client";
import { assetProgress } from "@/lib/assets/queries";
import { progressFigures, type MonthTotal } from "@/lib/assets/progress";

/**
 * Measurement 2: asset progress (current total, each target's percent, gap, required and achieved
 * rates, projection) three ways. The figures after the sums are pure arithmetic on a few hundred
 * months (lib/assets/progress.ts), shared by all three; what differs is how the monthly sums
 * reach it.
 */

/** The platform's own function (lib/assets). */
export const platformAssets = (database: Database) => assetProgress(database);

/** The limit: one hand-written statement through `pg` with the monthly sums, the count and the targets. */
const RAW_SQL = `
  WITH counting AS (SELECT "id" FROM "Enterprise" WHERE "countsTowardAssetTarget" AND "isActive"),
  months AS (
    SELECT f."month", sum(f."totalAssets") AS total, count(*) AS filed, bool_or(f."isDemo") AS demo
    FROM "AssetFigure" f JOIN counting c ON c."id" = f."enterpriseId" GROUP BY f."month"
  )
  SELECT (SELECT count(*) FROM counting)::int AS counting,
         (SELECT coalesce(json_agg(json_build_array(to_char("month", 'YYYY-MM-DD'), total::text, filed, demo) ORDER BY "month"), '[]') FROM months) AS months,
         (SELECT coalesce(json_agg(json_build_array("year", "amount"::text, "label") ORDER BY "year"), '[]') FROM "AssetTarget") AS targets`;

export async function rawAssets(pool: pg.Pool) {
  const { rows } = await pool.query(RAW_SQL);
  const row = rows[0] as {
    counting: number;
    months: [string, string, number, boolean][];
    targets: [number, string, string][];
  };
  const months: MonthTotal[] = row.months.map(([month, total, filed, hasDemo]) => ({
    month: new Date(`${month}T00:00:00Z`),
    total: new Prisma.Decimal(total),
    filed,
    hasDemo,
  }));
  const targets = row.targets.map(([year, amount, label]) => ({ year, amount: new Prisma.Decimal(amount), label }));
  return progressFigures(months, row.counting, targets);
}

/** The naive way: every figure of the counting enterprises loaded through Prisma and summed in JavaScript. */
export async function naiveAssets(database: Database) {
  const figures = await database.assetFigure.findMany({
    where: { enterprise: { countsTowardAssetTarget: true, isActive: true } },
    select: { month: true, totalAssets: true, isDemo: true },
  });
  const counting = await database.enterprise.count({ where: { countsTowardAssetTarget: true, isActive: true } });
  const targets = await database.assetTarget.findMany({
    orderBy: { year: "asc" },
    select: { year: true, amount: true, label: true },
  });
  const byMonth = new Map<number, MonthTotal>();
  for (const figure of figures) {
    const key = figure.month.getTime();
    const month = byMonth.get(key) ?? { month: figure.month, total: new Prisma.Decimal(0), filed: 0, hasDemo: false };
    month.total = month.total.plus(figure.totalAssets);
    month.filed += 1;
    month.hasDemo ||= figure.isDemo;
    byMonth.set(key, month);
  }
  const months = [...byMonth.values()].sort((a, b) => a.month.getTime() - b.month.getTime());
  return progressFigures(months, counting, targets);
}

type Figures = Awaited<ReturnType<typeof rawAssets>>;
const targetFields = <T extends { year: number }>(target: T) => {
  const { id: _id, updatedAt: _updatedAt, ...rest } = target as T & { id?: number; updatedAt?: Date };
  return rest;
};

/** The figures without the target rows' own id and timestamp, which the platform passes through. */
export function comparableAssets(figures: Figures) {
  return {
    ...figures,
    targets: figures.targets.map(targetFields),
    targetInputs: figures.targetInputs.map(targetFields),
  };
}
