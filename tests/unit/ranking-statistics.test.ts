import { describe, expect, it } from "vitest";
import {
  competitionRanks,
  directedUplifts,
  leniency,
  mean,
  median,
  mutualPairs,
  organisationStatistics,
  populationStandardDeviation,
  quotaCutoffs,
  quotaTier,
  rankOrganisations,
  roundScore,
  sampleStandardDeviation,
  thresholdTier,
  trimmedMean,
  type EnterpriseSheet,
  type TierRule,
} from "@/lib/rankings/statistics";
import { tierErrors } from "@/lib/rankings/schemas";

const text = (value: { toFixed(digits: number): string } | null, digits = 2) =>
  value === null ? null : value.toFixed(digits);

const DEFAULT_TIERS: TierRule[] = [
  { name: "好", rank: 1, minScore: "90", quotaPercent: "20" },
  { name: "较好", rank: 2, minScore: "80", quotaPercent: "30" },
  { name: "一般", rank: 3, minScore: "70", quotaPercent: "30" },
  { name: "差", rank: 4, minScore: null, quotaPercent: null },
];

describe("mean and trimmed mean", () => {
  it("averages exactly, without floating point", () => {
    expect(mean([0.1, 0.2]).toString()).toBe("0.15");
    expect(text(mean([85.5, 84.5, 85, 90, 80]))).toBe("85.00");
  });

  it("drops one highest and one lowest total once there are N sheets", () => {
    // The 惠州烟草物流配送中心党支部 of the demo: seven sheets, 97 and 93.5 are dropped.
    const totals = [96, 95.5, 94, 97, 95, 93.5, 96.5];
    expect(trimmedMean(totals, 5).toString()).toBe("95.4");
    expect(text(mean(totals), 4)).toBe("95.3571");
  });

  it("trims at exactly N sheets", () => {
    expect(trimmedMean([60, 80, 80, 80, 100], 5).toString()).toBe("80");
    expect(trimmedMean([70, 80, 90, 100, 50], 5).toString()).toBe("80");
    expect(trimmedMean([70, 80, 90], 3).toString()).toBe("80");
  });

  it("equals the mean below N sheets", () => {
    const totals = [73, 71.5, 59.5, 88];
    expect(trimmedMean(totals, 5).toString()).toBe(mean(totals).toString());
    expect(trimmedMean(totals, 5).toString()).toBe("73");
    expect(trimmedMean([90], 5).toString()).toBe("90");
  });

  it("drops only one of several equal highest or lowest totals", () => {
    expect(trimmedMean([90, 90, 80, 70, 70], 5).toString()).toBe("80");
    expect(trimmedMean([90, 90, 90, 90, 60], 5).toString()).toBe("90");
  });

  it("rounds the official score half away from zero to two decimals", () => {
    expect(roundScore("85.125").toFixed(2)).toBe("85.13");
    expect(roundScore("85.124999").toFixed(2)).toBe("85.12");
    expect(roundScore(mean([80, 85, 85.5])).toFixed(2)).toBe("83.50");
    expect(roundScore(mean([80, 80, 80.5])).toFixed(2)).toBe("80.17");
  });

  it("chooses the official score by the phase's method", () => {
    const totals = [60, 90, 91, 92, 99];
    expect(organisationStatistics(totals, { scoreMethod: "MEAN", trimMinScorers: 5 }).score.toFixed(2)).toBe("86.40");
    expect(organisationStatistics(totals, { scoreMethod: "TRIMMED_MEAN", trimMinScorers: 5 }).score.toFixed(2)).toBe(
      "91.00",
    );
    expect(organisationStatistics(totals, { scoreMethod: "TRIMMED_MEAN", trimMinScorers: 6 }).score.toFixed(2)).toBe(
      "86.40",
    );
  });
});

describe("median and spread", () => {
  it("takes the middle total of an odd count", () => {
    expect(median([85.5, 84.5, 85, 90, 80]).toString()).toBe("85");
    expect(median([3]).toString()).toBe("3");
  });

  it("takes the mean of the two middle totals of an even count", () => {
    expect(median([73, 71.5, 59.5, 88]).toString()).toBe("72.25");
    expect(median([80, 90]).toString()).toBe("85");
  });

  it("uses the sample standard deviation, undefined for one sheet", () => {
    // Squares 0 + 2.25 + 182.25 + 225 = 409.5, / 3 = 136.5.
    expect(text(sampleStandardDeviation([73, 71.5, 59.5, 88]), 6)).toBe("11.683321");
    expect(sampleStandardDeviation([90])).toBeNull();
    expect(sampleStandardDeviation([80, 80, 80])!.toString()).toBe("0");
    expect(populationStandardDeviation([1, 3]).toString()).toBe("1");
  });

  it("refuses statistics of no sheets", () => {
    expect(() => mean([])).toThrow();
  });
});

describe("ranks", () => {
  it("gives equal scores the same rank and skips the next (1, 2, 2, 4)", () => {
    expect(competitionRanks(["95.00", "90.00", "90.00", "80.00"])).toEqual([1, 2, 2, 4]);
    expect(competitionRanks(["80.00", "90.00", "95.00", "90.00"])).toEqual([4, 2, 1, 2]);
    expect(competitionRanks(["85.00", "85.00", "85.00"])).toEqual([1, 1, 1]);
  });

  it("ties organisations whose scores agree to two decimals", () => {
    // 85.004 and 84.996 both read 85.00 and share a rank; 85.005 rounds up to 85.01.
    const ranked = rankOrganisations(
      [
        { id: "a", totals: ["85.005"] },
        { id: "b", totals: ["85.004"] },
        { id: "c", totals: ["84.996"] },
        { id: "d", totals: ["70"] },
      ],
      { scoreMethod: "MEAN", trimMinScorers: 5, tierMode: "THRESHOLD", tiers: DEFAULT_TIERS },
    );
    expect(ranked.map((row) => [row.id, row.rank, row.score.toFixed(2)])).toEqual([
      ["a", 1, "85.01"],
      ["b", 2, "85.00"],
      ["c", 2, "85.00"],
      ["d", 4, "70.00"],
    ]);
  });

  it("leaves out organisations without a submitted sheet", () => {
    const ranked = rankOrganisations(
      [
        { id: 1, totals: [] },
        { id: 2, totals: [80] },
      ],
      { scoreMethod: "MEAN", trimMinScorers: 5, tierMode: "THRESHOLD", tiers: DEFAULT_TIERS },
    );
    expect(ranked.map((row) => row.id)).toEqual([2]);
  });
});

describe("tiers by threshold", () => {
  it("puts a score on a boundary into the higher tier", () => {
    expect(thresholdTier("90.00", DEFAULT_TIERS)?.name).toBe("好");
    expect(thresholdTier("89.99", DEFAULT_TIERS)?.name).toBe("较好");
    expect(thresholdTier("80.00", DEFAULT_TIERS)?.name).toBe("较好");
    expect(thresholdTier("70.00", DEFAULT_TIERS)?.name).toBe("一般");
    expect(thresholdTier("69.99", DEFAULT_TIERS)?.name).toBe("差");
    expect(thresholdTier("0.00", DEFAULT_TIERS)?.name).toBe("差");
  });

  it("leaves a score unclassified when every tier has a minimum it misses", () => {
    expect(thresholdTier("50", DEFAULT_TIERS.slice(0, 3))).toBeNull();
  });

  it("reads the tiers in rank order whatever order they come in", () => {
    expect(thresholdTier("95", [...DEFAULT_TIERS].reverse())?.name).toBe("好");
  });
});

describe("tiers by quota", () => {
  it("never rounds a quota up: floor(count × cumulative share)", () => {
    // 11 organisations, 20 / 30 / 30 / rest: 2.2 → 2, 5.5 → 5, 8.8 → 8, 11.
    expect(quotaCutoffs(11, DEFAULT_TIERS)).toEqual([2, 5, 8, 11]);
    expect(quotaCutoffs(10, DEFAULT_TIERS)).toEqual([2, 5, 8, 10]);
    expect(quotaCutoffs(4, DEFAULT_TIERS)).toEqual([0, 2, 3, 4]);
  });

  it("classifies by rank at and around the boundaries", () => {
    expect(quotaTier(2, 10, DEFAULT_TIERS)?.name).toBe("好");
    expect(quotaTier(3, 10, DEFAULT_TIERS)?.name).toBe("较好");
    expect(quotaTier(5, 10, DEFAULT_TIERS)?.name).toBe("较好");
    expect(quotaTier(6, 10, DEFAULT_TIERS)?.name).toBe("一般");
    expect(quotaTier(9, 10, DEFAULT_TIERS)?.name).toBe("差");
    expect(quotaTier(1, 4, DEFAULT_TIERS)?.name).toBe("较好");
  });

  it("never splits a tie at a boundary: tied organisations share the better tier", () => {
    // 10 organisations; the 好 quota holds 2, but ranks 1, 2, 2 are all 好.
    const ranked = rankOrganisations(
      [95, 92, 92, 88, 85, 84, 80, 75, 70, 60].map((total, index) => ({ id: index, totals: [total] })),
      { scoreMethod: "MEAN", trimMinScorers: 5, tierMode: "QUOTA", tiers: DEFAULT_TIERS },
    );
    expect(ranked.map((row) => `${row.rank}${row.tier?.name}`)).toEqual([
      "1好",
      "2好",
      "2好",
      "4较好",
      "5较好",
      "6一般",
      "7一般",
      "8一般",
      "9差",
      "10差",
    ]);
  });
});

describe("tier settings validation", () => {
  const tiers = (...rows: [string, string | null, string | null][]) =>
    rows.map(([name, minScore, quotaPercent]) => ({ name, minScore, quotaPercent }));

  it("accepts the default thresholds and quotas", () => {
    const rows = tiers(["好", "90", "20"], ["较好", "80", "30"], ["一般", "70", "30"], ["差", null, null]);
    expect(tierErrors("THRESHOLD", rows)).toEqual({});
    expect(tierErrors("QUOTA", rows)).toEqual({});
  });

  it("wants thresholds strictly decreasing", () => {
    const errors = tierErrors("THRESHOLD", tiers(["好", "90", null], ["较好", "90", null], ["差", null, null]));
    expect(errors["tier.1.minScore"]?.[0]).toContain("严格递减");
    expect(
      tierErrors("THRESHOLD", tiers(["好", "80", null], ["较好", "85.5", null], ["差", null, null])),
    ).toHaveProperty("tier.1.minScore");
    expect(tierErrors("THRESHOLD", tiers(["好", "80.01", null], ["较好", "80", null], ["差", null, null]))).toEqual({});
  });

  it("wants a minimum on every tier but the last, and none on the last", () => {
    const errors = tierErrors("THRESHOLD", tiers(["好", null, null], ["差", "60", null]));
    expect(Object.keys(errors).sort()).toEqual(["tier.0.minScore", "tier.1.minScore"]);
  });

  it("wants quotas adding up to at most 100", () => {
    expect(tierErrors("QUOTA", tiers(["好", null, "60"], ["较好", null, "40"], ["差", null, null]))).toEqual({});
    const errors = tierErrors("QUOTA", tiers(["好", null, "60"], ["较好", null, "40.01"], ["差", null, null]));
    expect(errors.tiers?.[0]).toContain("不能超过 100%");
    expect(tierErrors("QUOTA", tiers(["好", null, "0"], ["差", null, null]))).toHaveProperty("tier.0.quotaPercent");
  });

  it("checks names and number formats", () => {
    const errors = tierErrors("THRESHOLD", tiers(["好", "100.5", null], ["好", "9x", null], ["", null, null]));
    expect(errors).toHaveProperty("tier.0.minScore");
    expect(errors).toHaveProperty("tier.1.name");
    expect(errors).toHaveProperty("tier.1.minScore");
    expect(errors).toHaveProperty("tier.2.name");
    expect(tierErrors("THRESHOLD", [])).toHaveProperty("tiers");
  });
});

describe("leniency", () => {
  it("measures each scorer against the others on the same stops, then standardises", () => {
    // Stop 1: 1 gives 90, 2 gives 80, 3 gives 70. Stop 2: 1 gives 85, 2 gives 85.
    const rows = leniency([
      { stopId: 1, scorerId: 1, total: 90 },
      { stopId: 1, scorerId: 2, total: 80 },
      { stopId: 1, scorerId: 3, total: 70 },
      { stopId: 2, scorerId: 1, total: 85 },
      { stopId: 2, scorerId: 2, total: 85 },
    ]);
    // Scorer 1: stop 1 90 − 75 = 15, stop 2 0 → 7.5. Scorer 2: 80 − 80 = 0 and 0 → 0. Scorer 3: 70 − 85 = −15.
    expect(rows.map((row) => [row.scorerId, row.stops, row.meanDeviation.toString()])).toEqual([
      [1, 2, "7.5"],
      [2, 2, "0"],
      [3, 1, "-15"],
    ]);
    // Mean L = −2.5; population sd = sqrt((100 + 6.25 + 156.25) / 3) = sqrt(87.5).
    expect(rows.map((row) => text(row.z, 4))).toEqual(["1.0690", "0.2673", "-1.3363"]);
  });

  it("ignores stops with a single sheet and has no z for a single scorer", () => {
    expect(leniency([{ stopId: 1, scorerId: 1, total: 90 }])).toEqual([]);
    const alone = leniency([
      { stopId: 1, scorerId: 1, total: 90 },
      { stopId: 1, scorerId: 2, total: 90 },
    ]);
    expect(alone.map((row) => row.z)).toEqual([null, null]);
  });
});

describe("互评互抬", () => {
  const sheet = (
    stopId: number,
    scorerId: number,
    scorerEnterpriseId: number | null,
    organisationEnterpriseId: number,
    total: number,
  ): EnterpriseSheet => ({ stopId, scorerId, scorerEnterpriseId, organisationEnterpriseId, total });

  // Enterprise 5's stop scored by 6's member high; 6's stop scored by 5's member high (the demo's 国投 / 产投).
  const sheets = [
    sheet(1, 10, null, 5, 74),
    sheet(1, 11, 6, 5, 88),
    sheet(1, 12, 8, 5, 72.5),
    sheet(1, 13, 9, 5, 73.5),
    sheet(2, 10, null, 6, 62),
    sheet(2, 14, 5, 6, 82),
    sheet(2, 13, 9, 6, 61.5),
  ];

  it("compares each direction with the independent scorers on the same stop", () => {
    const uplifts = directedUplifts(sheets);
    const from6to5 = uplifts.find((entry) => entry.fromEnterpriseId === 6 && entry.toEnterpriseId === 5)!;
    const from5to6 = uplifts.find((entry) => entry.fromEnterpriseId === 5 && entry.toEnterpriseId === 6)!;
    expect(text(from6to5.uplift, 4)).toBe("14.6667");
    expect(from5to6.uplift.toString()).toBe("20.25");
  });

  it("flags a pair only when both directions reach the threshold", () => {
    const [pair] = mutualPairs(sheets);
    expect(pair?.enterpriseIds).toEqual([5, 6]);
    expect(pair?.flagged).toBe(true);
    expect(mutualPairs(sheets, 15)[0]?.flagged).toBe(false);
    const oneWay = sheets.map((entry) => (entry.scorerId === 14 ? { ...entry, total: 62 } : entry));
    expect(mutualPairs(oneWay)[0]?.flagged).toBe(false);
  });

  it("leaves out scoring one's own enterprise and scorers with none", () => {
    expect(directedUplifts([sheet(1, 1, 5, 5, 99), sheet(1, 2, null, 5, 80)])).toEqual([]);
  });
});
