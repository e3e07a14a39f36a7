import { chinaDateKey } from "@/lib/format";

/**
 * Month and week grids of the calendars, in China's calendar whatever the server's time zone.
 * Days are named by their date key ("2022-03-24"); weeks run Monday to Sunday, as printed in
 * Chinese calendars. China keeps UTC+8 all year (no daylight saving since 1991), so a day's
 * instants are [key 00:00+08:00, next key 00:00+08:00).
 */

export type DateKey = string;
export type CalendarView = "month" | "week";

export type CalendarDay = {
  key: DateKey;
  /** Day of the month, 1..31. */
  day: number;
  /** 0 = Monday … 6 = Sunday. */
  weekday: number;
  /** False for the leading and trailing days of neighbouring months in a month grid. */
  inMonth: boolean;
};

/** The instants a grid covers, for a `>= start AND < end` query. */
export type InstantRange = { start: Date; end: Date };

export type MonthGrid = {
  year: number;
  month: number;
  /** Whole weeks, Monday first, covering the month. */
  weeks: CalendarDay[][];
  range: InstantRange;
  /** The first day of the month before and after. */
  previous: DateKey;
  next: DateKey;
};

export type WeekGrid = {
  days: CalendarDay[];
  range: InstantRange;
  /** The Monday of the week before and after. */
  previous: DateKey;
  next: DateKey;
};

export const WEEKDAY_LABELS = ["一", "二", "三", "四", "五", "六", "日"] as const;

const DATE_KEY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;
const CHINA_OFFSET_MS = 8 * 3_600_000;

/** Whether a string names a real calendar date ("2022-02-30" does not). */
export function isDateKey(value: string): boolean {
  const match = DATE_KEY.exec(value);
  if (!match) return false;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function parts(key: DateKey): { year: number; month: number; day: number } {
  if (!isDateKey(key)) throw new RangeError(`Not a date: ${key}`);
  const [year, month, day] = key.split("-").map(Number) as [number, number, number];
  return { year, month, day };
}

function keyOf(utcMidnight: number): DateKey {
  return new Date(utcMidnight).toISOString().slice(0, 10);
}

function utcMidnight(key: DateKey): number {
  const { year, month, day } = parts(key);
  return Date.UTC(year, month - 1, day);
}

export function addDays(key: DateKey, days: number): DateKey {
  return keyOf(utcMidnight(key) + days * DAY_MS);
}

/** 0 = Monday … 6 = Sunday. */
export function weekdayOf(key: DateKey): number {
  return (new Date(utcMidnight(key)).getUTCDay() + 6) % 7;
}

export function startOfWeek(key: DateKey): DateKey {
  return addDays(key, -weekdayOf(key));
}

export function startOfMonth(key: DateKey): DateKey {
  return `${key.slice(0, 7)}-01`;
}

/** The instant a China calendar day begins. */
export function chinaDayStart(key: DateKey): Date {
  return new Date(utcMidnight(key) - CHINA_OFFSET_MS);
}

/** The China calendar day of an instant. */
export function dayKeyOf(instant: Date): DateKey {
  return chinaDateKey(instant);
}

function shiftMonth(key: DateKey, months: number): DateKey {
  const { year, month } = parts(key);
  const index = year * 12 + (month - 1) + months;
  return `${String(Math.floor(index / 12)).padStart(4, "0")}-${String((index % 12) + 1).padStart(2, "0")}-01`;
}

function day(key: DateKey, inMonth: boolean): CalendarDay {
  return { key, day: parts(key).day, weekday: weekdayOf(key), inMonth };
}

/** The month containing `key`, as whole Monday-to-Sunday weeks. */
export function monthGrid(key: DateKey): MonthGrid {
  const first = startOfMonth(key);
  const { year, month } = parts(first);
  const nextFirst = shiftMonth(first, 1);
  const gridStart = startOfWeek(first);
  const gridEnd = addDays(startOfWeek(addDays(nextFirst, -1)), 7);
  const weeks: CalendarDay[][] = [];
  for (let cursor = gridStart; cursor < gridEnd; cursor = addDays(cursor, 7)) {
    weeks.push(
      Array.from({ length: 7 }, (_, offset) => {
        const current = addDays(cursor, offset);
        return day(current, current >= first && current < nextFirst);
      }),
    );
  }
  return {
    year,
    month,
    weeks,
    range: { start: chinaDayStart(gridStart), end: chinaDayStart(gridEnd) },
    previous: shiftMonth(first, -1),
    next: nextFirst,
  };
}

/** The Monday-to-Sunday week containing `key`. */
export function weekGrid(key: DateKey): WeekGrid {
  const monday = startOfWeek(key);
  return {
    days: Array.from({ length: 7 }, (_, offset) => day(addDays(monday, offset), true)),
    range: { start: chinaDayStart(monday), end: chinaDayStart(addDays(monday, 7)) },
    previous: addDays(monday, -7),
    next: addDays(monday, 7),
  };
}

/** Items by the China calendar day they start on, each day's items in time order. */
export function groupByDay<T>(items: readonly T[], startOf: (item: T) => Date): Map<DateKey, T[]> {
  const byDay = new Map<DateKey, T[]>();
  const sorted = [...items].sort((a, b) => startOf(a).getTime() - startOf(b).getTime());
  for (const item of sorted) {
    const key = dayKeyOf(startOf(item));
    const list = byDay.get(key);
    if (list) list.push(item);
    else byDay.set(key, [item]);
  }
  return byDay;
}
