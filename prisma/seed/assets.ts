import { Prisma } from "@/lib/generated/prisma/client";
import type { Transaction } from "@/lib/prisma-client";
import type { Username } from "./accounts";
import type { EnterpriseKey } from "./enterprises";
import { required } from "./lookup";
import { mulberry32 } from "./random";
import { calendarDate } from "./time";

/**
 * Demo asset figures (亿元) of the nine 市属企业, the ones that count toward the target, for every
 * month-end of 2021 and 2022. Each enterprise grows at its own rate from its January 2021 figure to
 * its December 2022 figure; the system total goes from 2,150.48 to 2,512.36 and crosses the
 * 2,500亿 target only in December 2022, as the article's year-end goal implies.
 */
interface AssetSeries {
  enterprise: EnterpriseKey;
  /** Who files the figures: the enterprise's secretary. */
  filedBy: Username;
  first: string;
  last: string;
}

// One enterprise per line: the data reads as the table it is.
// prettier-ignore
const SERIES: readonly AssetSeries[] = [
  { enterprise: "jiaotou", filedBy: "observer", first: "518.62", last: "627.15" },
  { enterprise: "chengtou", filedBy: "sec-chengtou", first: "481.35", last: "556.18" },
  { enterprise: "guotou", filedBy: "sec-guotou", first: "329.87", last: "392.46" },
  { enterprise: "shuiwu", filedBy: "secretary", first: "261.04", last: "291.53" },
  { enterprise: "chantou", filedBy: "sec-chantou", first: "178.93", last: "220.37" },
  { enterprise: "gangtou", filedBy: "sec-gangtou", first: "151.26", last: "168.42" },
  { enterprise: "desay", filedBy: "sec-desay", first: "119.58", last: "130.26" },
  { enterprise: "nengtou", filedBy: "sec-nengtou", first: "69.71", last: "82.74" },
  { enterprise: "liangshi", filedBy: "sec-liangshi", first: "40.12", last: "43.25" },
];

export const ASSET_TARGETS = [
  { year: 2022, amount: "2500.00", label: "2022年末资产总额突破2500亿元" },
  { year: 2025, amount: "6000.00", label: "2025年末资产总额突破6000亿元" },
] as const;

const FIRST_MONTH = { year: 2021, month: 1 };
const MONTHS = 24;
/** Month-to-month wobble around the growth curve, as a fraction (±0.2%). */
const NOISE = 0.002;

function toCents(amount: string): number {
  const [whole = "", fraction = ""] = amount.split(".");
  if (!/^\d+$/.test(whole) || !/^\d{2}$/.test(fraction)) {
    throw new Error(`Seed data: ${amount} is not 亿元 with two decimals`);
  }
  return Number(whole) * 100 + Number(fraction);
}

function fromCents(cents: number): Prisma.Decimal {
  return new Prisma.Decimal(cents).dividedBy(100);
}

/** The first day of the n-th month of the series: `month` stores the month, the figure is its month-end. */
function monthStart(offset: number): Date {
  const monthIndex = FIRST_MONTH.month - 1 + offset;
  const year = FIRST_MONTH.year + Math.floor(monthIndex / 12);
  const month = String((monthIndex % 12) + 1).padStart(2, "0");
  return calendarDate(`${year}-${month}-01`);
}

/**
 * Geometric growth from the first figure to the last, computed in whole cents; the two ends are
 * exact and the months between wobble a little.
 */
function monthlyCents(series: AssetSeries, random: () => number): number[] {
  const first = toCents(series.first);
  const last = toCents(series.last);
  const monthlyRate = (last / first) ** (1 / (MONTHS - 1));
  return Array.from({ length: MONTHS }, (_, offset) => {
    if (offset === 0) return first;
    if (offset === MONTHS - 1) return last;
    const wobble = 1 + (random() * 2 - 1) * NOISE;
    return Math.round(first * monthlyRate ** offset * wobble);
  });
}

export async function seedAssets(
  tx: Transaction,
  refs: { enterpriseIds: ReadonlyMap<EnterpriseKey, number>; users: ReadonlyMap<Username, number> },
) {
  const random = mulberry32(2500);
  await tx.assetFigure.createMany({
    data: SERIES.flatMap((series) =>
      monthlyCents(series, random).map((cents, offset) => ({
        enterpriseId: required(refs.enterpriseIds, series.enterprise),
        month: monthStart(offset),
        totalAssets: fromCents(cents),
        isDemo: true,
        filedById: required(refs.users, series.filedBy),
      })),
    ),
  });
  await tx.assetTarget.createMany({
    data: ASSET_TARGETS.map((target) => ({ ...target, amount: new Prisma.Decimal(target.amount) })),
  });
}
