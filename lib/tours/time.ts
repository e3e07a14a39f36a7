import { chinaDateKey, formatTime } from "@/lib/format";

/**
 * The editor speaks in a date and clock times as read in 惠州 (China has one zone, UTC+8, and no
 * daylight saving); the database keeps instants. These convert between the two, on any server zone.
 */

export const DATE_PATTERN = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
export const TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;

/** "2022-03-24" + "14:30" → the instant 2022-03-24T06:30Z; null for a date that does not exist. */
export function chinaInstant(date: string, time: string): Date | null {
  if (!DATE_PATTERN.test(date) || !TIME_PATTERN.test(time)) return null;
  const instant = new Date(`${date}T${time}:00+08:00`);
  // 2022-02-30 parses to 2 March: refuse it rather than move the tour.
  return chinaDateKey(instant) === date ? instant : null;
}

/** "14:30" */
export function chinaClock(instant: Date): string {
  return formatTime(instant);
}

/** "2022-03-24" */
export function chinaDay(instant: Date): string {
  return chinaDateKey(instant);
}

/** A @db.Date column (UTC midnight) as "2022-03-24". */
export function calendarDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function minutesBetween(from: Date, to: Date): number {
  return Math.round((to.getTime() - from.getTime()) / 60_000);
}

/** Half-open ranges [a, b) and [c, d) share at least one instant. */
export function overlaps(aStart: Date, aEnd: Date, bStart: Date, bEnd: Date): boolean {
  return aStart.getTime() < bEnd.getTime() && bStart.getTime() < aEnd.getTime();
}
