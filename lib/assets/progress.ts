import { Prisma } from "@/lib/generated/prisma/client";
import { annualRate, isOnTrack, project, ratePercent, requiredAnnualRate } from "@/lib/assets/growth";
import { monthFromIndex, monthIndex, targetMonthIndex } from "@/lib/assets/months";

/**
 * From the system's monthly sums (computed in SQL) to the figures of the progress page: pure, so
 * the treatment of missing months is unit-tested.
 *
 * Missing months: a month counts only when every counting enterprise filed it (a partial sum
 * would understate the system). Nothing is carried forward or interpolated. The current total is
 * that of the latest complete month (the "as-of" month); later months show how many have filed.
 * The achieved rate compares the as-of total with the complete month twelve months earlier, or,
 * when that month is incomplete, the latest complete month before it (annualised over the longer
 * span); with no such month there is no achieved rate.
 * Months left run from the as-of month's end to the end of the target year, not from today.
 */

type Decimal = Prisma.Decimal;

export type MonthTotal = { month: Date; total: Decimal; filed: number; hasDemo: boolean };

export type TargetInput = { year: number; amount: Decimal; label: string };

export type TargetProgress = TargetInput & {
  /** total / amount × 100, two decimals (half up). */
  percent: string;
  /** max(0, amount − total). */
  gap: Decimal;
  reached: boolean;
  /** From the as-of month's end to the end of the target year (negative once passed). */
  monthsLeft: number;
  required: Decimal | null;
  /** The total at the target date if it keeps growing at the achieved rate. */
  projected: Decimal | null;
  onTrack: boolean | null;
};

export type Achieved = { rate: Decimal; baseMonth: Date; baseTotal: Decimal; months: number };

export type ProgressFigures = {
  countingEnterprises: number;
  asOf: MonthTotal | null;
  /** Months after the as-of month that some, but not all, counting enterprises filed. */
  pending: { month: Date; filed: number }[];
  complete: MonthTotal[];
  achieved: Achieved | null;
  targets: TargetProgress[];
  /** The targets as set, whether or not there is a total to measure against them. */
  targetInputs: TargetInput[];
  /** Month-ends from the as-of month to the last target date at the achieved rate. */
  projection: { month: Date; total: Decimal }[];
};

export function completeMonths(months: readonly MonthTotal[], countingEnterprises: number): MonthTotal[] {
  if (countingEnterprises === 0) return [];
  return months.filter((month) => month.filed >= countingEnterprises);
}

export function achievedRate(complete: readonly MonthTotal[], asOf: MonthTotal): Achieved | null {
  const limit = monthIndex(asOf.month) - 12;
  const base = [...complete].reverse().find((month) => monthIndex(month.month) <= limit);
  if (!base) return null;
  const months = monthIndex(asOf.month) - monthIndex(base.month);
  const rate = annualRate(base.total, asOf.total, months);
  return rate === null ? null : { rate, baseMonth: base.month, baseTotal: base.total, months };
}

export function targetProgress(target: TargetInput, asOf: MonthTotal, achieved: Achieved | null): TargetProgress {
  const total = asOf.total;
  const reached = total.gte(target.amount);
  const monthsLeft = targetMonthIndex(target.year) - monthIndex(asOf.month);
  const required = requiredAnnualRate(total, target.amount, monthsLeft);
  return {
    ...target,
    percent: total.times(100).dividedBy(target.amount).toFixed(2),
    gap: reached ? new Prisma.Decimal(0) : target.amount.minus(total),
    reached,
    monthsLeft,
    required,
    projected: achieved && monthsLeft > 0 ? project(total, achieved.rate, monthsLeft) : null,
    onTrack: isOnTrack(required, achieved?.rate ?? null, reached),
  };
}

export function projection(asOf: MonthTotal, achieved: Achieved | null, targets: readonly TargetInput[]) {
  if (!achieved || targets.length === 0) return [];
  const start = monthIndex(asOf.month);
  const end = Math.max(...targets.map((target) => targetMonthIndex(target.year)));
  const points: { month: Date; total: Decimal }[] = [];
  for (let index = start; index <= end; index += 1) {
    points.push({ month: monthFromIndex(index), total: project(asOf.total, achieved.rate, index - start) });
  }
  return points;
}

export function progressFigures(
  months: readonly MonthTotal[],
  countingEnterprises: number,
  targets: readonly TargetInput[],
): ProgressFigures {
  const complete = completeMonths(months, countingEnterprises);
  const asOf = complete.at(-1) ?? null;
  if (!asOf) {
    return {
      countingEnterprises,
      asOf,
      pending: [],
      complete,
      achieved: null,
      targets: [],
      targetInputs: [...targets],
      projection: [],
    };
  }
  const achieved = achievedRate(complete, asOf);
  return {
    countingEnterprises,
    asOf,
    pending: months
      .filter((month) => monthIndex(month.month) > monthIndex(asOf.month))
      .map((month) => ({ month: month.month, filed: month.filed })),
    complete,
    achieved,
    targets: targets.map((target) => targetProgress(target, asOf, achieved)),
    targetInputs: [...targets],
    projection: projection(asOf, achieved, targets),
  };
}

export { ratePercent };
