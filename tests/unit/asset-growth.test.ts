import { describe, expect, it } from "vitest";
import { Prisma } from "@/lib/generated/prisma/client";
import { annualRate, isOnTrack, project, ratePercent, requiredAnnualRate } from "@/lib/assets/growth";
import { monthFromIndex, monthIndex, parseMonth, targetMonthIndex } from "@/lib/assets/months";
import { progressFigures, type MonthTotal } from "@/lib/assets/progress";

const d = (value: string) => new Prisma.Decimal(value);
const month = (key: string) => parseMonth(key)!;
const total = (key: string, value: string, filed: number): MonthTotal => ({
  month: month(key),
  total: d(value),
  filed,
  hasDemo: false,
});

describe("growth rates", () => {
  it("compounds: 100 → 121 over 24 months is 10% a year, over 12 months 21%", () => {
    expect(annualRate(d("100"), d("121"), 24)!.toFixed(10)).toBe("0.1000000000");
    expect(annualRate(d("100"), d("121"), 12)!.toFixed(10)).toBe("0.2100000000");
  });

  it("annualises a span longer than a year: 100 → 121 over 18 months", () => {
    // 1.21^(12/18) − 1 = 1.1^(4/3) − 1 = 0.135501…
    expect(ratePercent(annualRate(d("100"), d("121"), 18))).toBe("13.55");
  });

  it("has no rate from zero or over no time", () => {
    expect(annualRate(d("0"), d("10"), 12)).toBeNull();
    expect(annualRate(d("10"), d("20"), 0)).toBeNull();
  });

  it("needs 10% a year to grow 1000 to 1210 in 24 months, nothing once reached, and cannot once the date passed", () => {
    expect(requiredAnnualRate(d("1000"), d("1210"), 24)!.toFixed(10)).toBe("0.1000000000");
    expect(requiredAnnualRate(d("2512.36"), d("2500"), 0)!.isZero()).toBe(true);
    expect(requiredAnnualRate(d("2400"), d("2500"), 0)).toBeNull();
    expect(requiredAnnualRate(d("2400"), d("2500"), -3)).toBeNull();
  });

  it("projects 100 at 10% a year to 121 after 24 months and 110 after 12", () => {
    expect(project(d("100"), d("0.1"), 24).toFixed(6)).toBe("121.000000");
    expect(project(d("100"), d("0.1"), 12).toFixed(6)).toBe("110.000000");
    expect(project(d("100"), d("0.1"), 0).toFixed(6)).toBe("100.000000");
  });

  it("is on track when reached or when the achieved rate is at least the required one", () => {
    expect(isOnTrack(d("0"), null, true)).toBe(true);
    expect(isOnTrack(d("0.1"), d("0.1"), false)).toBe(true);
    expect(isOnTrack(d("0.1"), d("0.0999"), false)).toBe(false);
    expect(isOnTrack(null, d("0.5"), false)).toBe(false);
    expect(isOnTrack(d("0.1"), null, false)).toBeNull();
  });

  it("rounds rates to percent with two decimals, half up", () => {
    expect(ratePercent(d("0.084249"))).toBe("8.42");
    expect(ratePercent(d("0.084250"))).toBe("8.43");
    expect(ratePercent(null)).toBeNull();
  });
});

describe("months", () => {
  it("counts months to the end of a target year", () => {
    expect(targetMonthIndex(2025) - monthIndex(month("2022-12"))).toBe(36);
    expect(targetMonthIndex(2022) - monthIndex(month("2022-12"))).toBe(0);
    expect(monthFromIndex(monthIndex(month("2022-01")) - 1).toISOString()).toBe("2021-12-01T00:00:00.000Z");
  });

  it("reads 2022-12 and 2022-12-01 and refuses other shapes", () => {
    expect(parseMonth("2022-12")?.toISOString()).toBe("2022-12-01T00:00:00.000Z");
    expect(parseMonth("2022-3-01")?.toISOString()).toBe("2022-03-01T00:00:00.000Z");
    expect(parseMonth("2022-13")).toBeNull();
    expect(parseMonth("December")).toBeNull();
  });
});

describe("missing months", () => {
  const targets = [
    { year: 2022, amount: d("105"), label: "" },
    { year: 2023, amount: d("121"), label: "" },
  ];

  it("totals only months every counting enterprise filed, and lists the later partial ones", () => {
    const figures = progressFigures(
      [
        total("2021-12", "100.00", 2),
        total("2022-06", "60.00", 1),
        total("2022-12", "110.00", 2),
        total("2023-01", "57.00", 1),
      ],
      2,
      targets,
    );
    expect(figures.asOf?.total.toFixed(2)).toBe("110.00");
    expect(figures.complete.map((m) => m.total.toFixed(2))).toEqual(["100.00", "110.00"]);
    expect(figures.pending.map((m) => [m.month.toISOString().slice(0, 7), m.filed])).toEqual([["2023-01", 1]]);
    expect(figures.achieved?.months).toBe(12);
    expect(ratePercent(figures.achieved!.rate)).toBe("10.00");

    const [reached, next] = figures.targets;
    expect(reached).toMatchObject({ percent: "104.76", reached: true, monthsLeft: 0, onTrack: true });
    expect(reached!.gap.toFixed(2)).toBe("0.00");
    // 121 in 12 months from 110 needs exactly 10%, which is what was achieved.
    expect(next).toMatchObject({ percent: "90.91", reached: false, monthsLeft: 12, onTrack: true });
    expect(next!.gap.toFixed(2)).toBe("11.00");
    expect(ratePercent(next!.required)).toBe("10.00");
    expect(next!.projected!.toFixed(2)).toBe("121.00");
  });

  it("neither carries a figure forward nor fills a gap: an incomplete year-ago month moves the base earlier", () => {
    const figures = progressFigures(
      [total("2021-06", "100.00", 3), total("2021-12", "80.00", 2), total("2022-12", "121.00", 3)],
      3,
      [],
    );
    expect(figures.achieved?.baseMonth.toISOString().slice(0, 7)).toBe("2021-06");
    expect(figures.achieved?.months).toBe(18);
    expect(ratePercent(figures.achieved!.rate)).toBe("13.55");
  });

  it("has no achieved rate without a complete month a year or more before, and then cannot judge", () => {
    const figures = progressFigures([total("2022-06", "100.00", 1), total("2022-12", "110.00", 1)], 1, targets);
    expect(figures.achieved).toBeNull();
    expect(figures.targets[1]).toMatchObject({ onTrack: null, projected: null });
    expect(figures.projection).toEqual([]);
  });

  it("has no total when no month is complete, or when nothing counts", () => {
    expect(progressFigures([total("2022-12", "50.00", 1)], 2, targets).asOf).toBeNull();
    expect(progressFigures([], 0, targets).asOf).toBeNull();
    expect(progressFigures([], 0, targets).targetInputs).toHaveLength(2);
  });

  it("projects month by month from the as-of month to the last target date", () => {
    const figures = progressFigures([total("2021-12", "100.00", 1), total("2022-12", "110.00", 1)], 1, targets);
    expect(figures.projection).toHaveLength(13);
    expect(figures.projection[0]!.total.toFixed(2)).toBe("110.00");
    expect(figures.projection.at(-1)!.total.toFixed(2)).toBe("121.00");
  });
});
