/**
 * Dates in the demo data are written as the people in Huizhou read them. Timestamps are China
 * time (UTC+8, no daylight saving); date-only columns (@db.Date) take UTC midnight of that day,
 * which Prisma stores as exactly that calendar date.
 */

/** "2022-03-24T14:30" read in Asia/Shanghai. */
export function chinaTime(localDateTime: string): Date {
  return new Date(`${localDateTime}:00+08:00`);
}

/** "2022-03-01" for a @db.Date column. */
export function calendarDate(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00Z`);
}

export function addMinutes(instant: Date, minutes: number): Date {
  return new Date(instant.getTime() + minutes * 60_000);
}
