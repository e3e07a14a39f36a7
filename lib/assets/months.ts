/**
 * Months of asset figures. A figure's `month` column holds the first day of its month (UTC
 * midnight, as Prisma reads `@db.Date`); the figure itself is the total at that month's end.
 * Arithmetic runs on a month index (year × 12 + month − 1) so it never meets time zones.
 */

export type MonthKey = `${number}-${string}`;

export function monthIndex(month: Date): number {
  return month.getUTCFullYear() * 12 + month.getUTCMonth();
}

export function monthFromIndex(index: number): Date {
  return new Date(Date.UTC(Math.floor(index / 12), index % 12, 1));
}

/** "2022-12": the form the filing form and the import template use. */
export function monthKey(month: Date): string {
  return `${month.getUTCFullYear()}-${String(month.getUTCMonth() + 1).padStart(2, "0")}`;
}

/** "2022-12" or "2022-12-01" → the first day of that month, or null when it is not a month. */
export function parseMonth(text: string): Date | null {
  const match = /^(\d{4})-(\d{1,2})(?:-01)?$/.exec(text.trim());
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  if (month < 1 || month > 12 || year < 2000 || year > 2100) return null;
  return new Date(Date.UTC(year, month - 1, 1));
}

/** The month whose end is a target's date: December of the target year. */
export function targetMonthIndex(year: number): number {
  return year * 12 + 11;
}

/** A `@db.Date` value as raw SQL returns it (a Date or "YYYY-MM-DD"), as UTC midnight. */
export function asMonthDate(value: Date | string): Date {
  return value instanceof Date ? value : new Date(`${value.slice(0, 10)}T00:00:00Z`);
}

/** "2022-12-01": a month as a SQL date literal, so no session time zone can shift it. */
export function sqlDay(month: Date): string {
  return month.toISOString().slice(0, 10);
}
