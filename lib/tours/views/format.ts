import { CHINA_TIME_ZONE, formatTime } from "@/lib/format";

/** Words the tour views need beyond lib/format.ts, in China's time zone like the rest. */

const weekdayFormat = new Intl.DateTimeFormat("zh-CN", { timeZone: CHINA_TIME_ZONE, weekday: "long" });
const monthDayWeekdayFormat = new Intl.DateTimeFormat("zh-CN", {
  timeZone: CHINA_TIME_ZONE,
  month: "long",
  day: "numeric",
  weekday: "short",
});

/** 星期四 */
export function formatWeekday(value: Date): string {
  return weekdayFormat.format(value);
}

/** 3月24日周四 */
export function formatMonthDayWeekday(value: Date): string {
  return monthDayWeekdayFormat.format(value);
}

/** 14:50–15:55 */
export function formatTimeRange(start: Date, end: Date): string {
  return `${formatTime(start)}–${formatTime(end)}`;
}

/** 2022年3月 from a grid's year and month. */
export function formatYearMonth(year: number, month: number): string {
  return `${year}年${month}月`;
}
