import { describe, expect, it } from "vitest";
import { Prisma } from "@/lib/generated/prisma/browser";
import { combinedScore, compareCandidates, firstFreeSlot, SELECTION_QUOTAS } from "@/lib/demonstration/rules";

const D = (value: string) => new Prisma.Decimal(value);
const result = (phaseId: number, score: string) => ({ phaseId, rank: 1, score, tier: null });

describe("combinedScore", () => {
  it("is the mean of the phases the organisation was ranked in, to 2 places half away from zero", () => {
    expect(combinedScore([result(1, "85.00"), result(2, "90.25")])?.toFixed(2)).toBe("87.63");
    expect(combinedScore([result(1, "85.01"), result(2, "85.00"), result(3, "85.00")])?.toFixed(2)).toBe("85.00");
    expect(combinedScore([result(1, "92.40")])?.toFixed(2)).toBe("92.40");
    expect(combinedScore([])).toBeNull();
  });

  it("uses exact decimals, never floats", () => {
    // 0.1 + 0.2 in floating point is 0.30000000000000004; /2 would round the same, so use 3 values.
    expect(combinedScore([result(1, "0.10"), result(2, "0.20"), result(3, "0.30")])?.toString()).toBe("0.2");
  });
});

describe("compareCandidates", () => {
  const candidate = (combined: string | null, phasesRanked: number, order: number[]) => ({
    combined: combined === null ? null : D(combined),
    phasesRanked,
    order,
  });

  it("orders by combined figure, then phases ranked, then the own order; no figure last", () => {
    const list = [
      { name: "none", ...candidate(null, 0, [1]) },
      { name: "b-one-phase", ...candidate("88.00", 1, [1]) },
      { name: "a", ...candidate("90.00", 2, [5]) },
      { name: "b-two-phases", ...candidate("88.00", 2, [9]) },
      { name: "c-early", ...candidate("70.00", 1, [1, 2]) },
      { name: "c-late", ...candidate("70.00", 1, [1, 3]) },
    ];
    expect(list.sort(compareCandidates).map((item) => item.name)).toEqual([
      "a",
      "b-two-phases",
      "b-one-phase",
      "c-early",
      "c-late",
      "none",
    ]);
  });
});

describe("firstFreeSlot", () => {
  it("is the lowest slot not taken, or null when the quota is used up", () => {
    expect(firstFreeSlot([], 3)).toBe(1);
    expect(firstFreeSlot([1, 3], 3)).toBe(2);
    expect(firstFreeSlot([2, 1, 3], SELECTION_QUOTAS.UNIT)).toBeNull();
    expect(firstFreeSlot([1, 2, 3, 4, 5], SELECTION_QUOTAS.SITE)).toBe(6);
  });

  it("holds the 3 + 3 + 6 quotas", () => {
    expect(SELECTION_QUOTAS).toEqual({ UNIT: 3, PROJECT: 3, SITE: 6 });
  });
});
