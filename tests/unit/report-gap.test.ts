import { describe, expect, it } from "vitest";
import { formatHundredths, gapRows } from "@/lib/reports/gap";

const cell = (enterpriseId: number, categoryId: number, self: string | null, observed: string | null, sheets = 3) => ({
  enterpriseId,
  enterpriseName: `企业${enterpriseId}`,
  categoryId,
  self,
  observed,
  sheets,
});

describe("gapRows", () => {
  it("adds categories into totals and calls a gap over 5 points over- or under-rating", () => {
    const rows = gapRows([
      cell(1, 10, "18.5", "15.25"),
      cell(1, 11, "20", "16.1"),
      cell(2, 10, "12", "15"),
      cell(2, 11, "10", "14"),
      cell(3, 10, "15", "14"),
      cell(3, 11, "15", "14"),
    ]);
    expect(rows.map((row) => [row.enterpriseId, row.selfTotal, row.observedTotal, row.gap, row.verdict])).toEqual([
      [1, 3850, 3135, 715, "over"],
      [2, 2200, 2900, -700, "under"],
      [3, 3000, 2800, 200, "even"],
    ]);
  });

  it("leaves the verdict open when either side is missing", () => {
    const [row] = gapRows([cell(1, 10, null, "15", 2), cell(1, 11, null, "16", 2)]);
    expect(row).toMatchObject({ selfTotal: null, observedTotal: 3100, gap: null, verdict: "unknown", sheets: 2 });
  });

  it("formats hundredths without float noise", () => {
    expect(formatHundredths(715, true)).toBe("+7.15");
    expect(formatHundredths(-50, true)).toBe("-0.5");
    expect(formatHundredths(null)).toBe("—");
  });
});
