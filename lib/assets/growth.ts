import { Prisma } from "@/lib/generated/prisma/client";

/**
 * The growth arithmetic of the asset progress page, on decimal.js (Prisma.Decimal, 20
 * significant digits) so that stored 亿元 values never pass through a float. Rates are
 * fractions (0.0842 = 8.42% a year); callers round them only for display.
 *
 * Compound annual rate between two figures n months apart: (later / earlier)^(12 / n) − 1.
 */

const Decimal = Prisma.Decimal;
type Decimal = Prisma.Decimal;

export function annualRate(earlier: Decimal, later: Decimal, months: number): Decimal | null {
  if (months <= 0 || earlier.lte(0) || later.lt(0)) return null;
  return later.dividedBy(earlier).pow(new Decimal(12).dividedBy(months)).minus(1);
}

/**
 * The annual rate the total must grow at from now to reach `amount` in `monthsLeft` months.
 * Zero when already reached; null when the date has passed (or is now) and it was not reached,
 * or when the total is zero (no rate gets there).
 */
export function requiredAnnualRate(total: Decimal, amount: Decimal, monthsLeft: number): Decimal | null {
  if (total.gte(amount)) return new Decimal(0);
  if (monthsLeft <= 0 || total.lte(0)) return null;
  return annualRate(total, amount, monthsLeft);
}

/** The total after `months` months of growth at `rate` a year, compounded. */
export function project(total: Decimal, rate: Decimal, months: number): Decimal {
  return total.times(rate.plus(1).pow(new Decimal(months).dividedBy(12)));
}

/**
 * On track: reached already, or the achieved rate is at least the required one. False once the
 * date has passed unreached; null when there is no achieved rate to compare (no base month).
 */
export function isOnTrack(required: Decimal | null, achieved: Decimal | null, reached: boolean): boolean | null {
  if (reached) return true;
  if (required === null) return false;
  if (achieved === null) return null;
  return achieved.gte(required);
}

/** A fraction as a percentage string with two decimals ("0.08421" → "8.42"), half away from zero. */
export function ratePercent(rate: Decimal | null): string | null {
  return rate === null ? null : rate.times(100).toFixed(2);
}
