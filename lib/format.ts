import { Prisma } from "@/lib/generated/prisma/browser";

/**
 * How dates, numbers and money are written for zh-CN readers (2022年3月24日, 12,345, 2,512.36亿元).
 * Safe in server and client components. Every date is shown in China's time zone whatever the
 * server's own zone is, so a tour at 14:00 in 惠州 never reads 06:00 on a UTC machine.
 */
export const CHINA_TIME_ZONE = "Asia/Shanghai";

type DateInput = Date | string | number;
/** A Prisma Decimal (server or browser build) or a decimal string; never a float. */
export type DecimalInput = { toString(): string } | string;

const dateFormat = new Intl.DateTimeFormat("zh-CN", {
  timeZone: CHINA_TIME_ZONE,
  year: "numeric",
  month: "long",
  day: "numeric",
});
const monthDayFormat = new Intl.DateTimeFormat("zh-CN", { timeZone: CHINA_TIME_ZONE, month: "long", day: "numeric" });
const monthFormat = new Intl.DateTimeFormat("zh-CN", { timeZone: CHINA_TIME_ZONE, year: "numeric", month: "long" });
const timeFormat = new Intl.DateTimeFormat("en-GB", {
  timeZone: CHINA_TIME_ZONE,
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});
const numberFormat = new Intl.NumberFormat("zh-CN");
const partsFormat = new Intl.DateTimeFormat("en-CA", {
  timeZone: CHINA_TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

function toDate(value: DateInput): Date {
  return value instanceof Date ? value : new Date(value);
}

/** 2022年3月24日. Date-only columns arrive as UTC midnight, which is the same day in China. */
export function formatDate(value: DateInput): string {
  return dateFormat.format(toDate(value));
}

/** 3月24日 (for dates inside the current campaign year). */
export function formatMonthDay(value: DateInput): string {
  return monthDayFormat.format(toDate(value));
}

/** 2022年3月 (asset figures are filed per month). */
export function formatMonth(value: DateInput): string {
  return monthFormat.format(toDate(value));
}

/** 14:30 */
export function formatTime(value: DateInput): string {
  return timeFormat.format(toDate(value));
}

/** 2022年3月24日 14:30 */
export function formatDateTime(value: DateInput): string {
  return `${formatDate(value)} ${formatTime(value)}`;
}

/** 2022年3月24日 14:00–17:30, or both full date-times when the range spans days. */
export function formatDateTimeRange(start: DateInput, end: DateInput): string {
  const sameDay = chinaDateKey(toDate(start)) === chinaDateKey(toDate(end));
  return sameDay
    ? `${formatDate(start)} ${formatTime(start)}–${formatTime(end)}`
    : `${formatDateTime(start)} – ${formatDateTime(end)}`;
}

/** 2022年3月1日 – 2022年5月31日 */
export function formatDateRange(start: DateInput, end: DateInput): string {
  return `${formatDate(start)} – ${formatDate(end)}`;
}

/** 12,345 */
export function formatNumber(value: number | bigint): string {
  return numberFormat.format(value);
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/**
 * A decimal with fixed fraction digits and thousands separators, computed on the decimal's
 * digits (never through a float, so 2512.365 rounds half-up to 2,512.37 exactly).
 */
export function formatDecimal(value: DecimalInput, fractionDigits = 2): string {
  const fixed = new Prisma.Decimal(value.toString()).toFixed(fractionDigits);
  const negative = fixed.startsWith("-") && /[1-9]/.test(fixed);
  const [integer = "0", fraction] = fixed.replace(/^-/, "").split(".");
  const grouped = groupThousands(integer);
  return `${negative ? "-" : ""}${fraction === undefined ? grouped : `${grouped}.${fraction}`}`;
}

/** 2,512.36亿元 (asset figures are stored in 亿元 with two decimals). */
export function formatYi(value: DecimalInput, options: { unit?: boolean; fractionDigits?: number } = {}): string {
  const text = formatDecimal(value, options.fractionDigits ?? 2);
  return options.unit === false ? text : `${text}亿元`;
}

/** part / whole as a percentage, e.g. 100.49%; "—" when the whole is zero. */
export function formatPercent(part: DecimalInput, whole: DecimalInput, fractionDigits = 1): string {
  const denominator = new Prisma.Decimal(whole.toString());
  if (denominator.isZero()) return "—";
  const ratio = new Prisma.Decimal(part.toString()).times(100).dividedBy(denominator);
  return `${formatDecimal(ratio, fractionDigits)}%`;
}

/** YYYY-MM-DD of an instant, as the calendar reads in China. */
export function chinaDateKey(value: Date): string {
  return partsFormat.format(value);
}

/**
 * Today's date in China as UTC midnight: the form Prisma uses for `@db.Date` columns, so
 * `deadline < chinaToday()` means "overdue" the way a reader in 惠州 counts days.
 */
export function chinaToday(now: Date = new Date()): Date {
  return new Date(`${chinaDateKey(now)}T00:00:00.000Z`);
}
