import { chinaDateKey, formatTime } from "@/lib/format";

/**
 * Phase dates as forms send and show them. Date-only columns (@db.Date) hold UTC midnight of the
 * calendar day; instants such as the self-report deadline are read and written in China time
 * (UTC+8, no daylight saving).
 */

/** "2022-03-01" → the @db.Date value of that day. */
export function parseCalendarDate(value: string): Date {
  return new Date(`${value}T00:00:00.000Z`);
}

/** The @db.Date value as "2022-03-01" (for <input type="date"> and comparisons). */
export function calendarDateKey(value: Date): string {
  return value.toISOString().slice(0, 10);
}

/** "2022-08-15T18:00" from <input type="datetime-local">, read in China time. */
export function parseChinaDateTime(value: string): Date {
  return new Date(`${value}:00+08:00`);
}

/** An instant as "2022-08-15T18:00" in China time, for <input type="datetime-local">. */
export function chinaDateTimeInput(value: Date): string {
  return `${chinaDateKey(value)}T${formatTime(value)}`;
}
