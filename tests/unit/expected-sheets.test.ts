import { describe, expect, it } from "vitest";
import { expectedSheetCount, sheetCompletion, type ExpectedTour } from "@/lib/home/expected-sheets";

// Enterprises 1 and 2 own the stops; members belong to 1, 2, 3 or none (staff, leaders).
const tours: ExpectedTour[] = [
  // 2 stops (enterprise 1, enterprise 2) × 4 scoring members (1, 2, 3, none).
  { status: "COMPLETED", stopEnterpriseIds: [1, 2], scoringMemberEnterpriseIds: [1, 2, 3, null] },
  // 1 stop (enterprise 1) × 2 scoring members (1, 1).
  { status: "PUBLISHED", stopEnterpriseIds: [1], scoringMemberEnterpriseIds: [1, 1] },
  // Drafts and cancelled tours expect nothing.
  { status: "DRAFT", stopEnterpriseIds: [1, 2], scoringMemberEnterpriseIds: [3] },
  { status: "CANCELLED", stopEnterpriseIds: [2], scoringMemberEnterpriseIds: [1, 3] },
];

describe("expected score sheets", () => {
  it("are scoring members × stops of published and completed tours when nobody is excluded", () => {
    // 2 × 4 + 1 × 2 = 10
    expect(expectedSheetCount(tours, false)).toBe(10);
  });

  it("leave out a member's own enterprise's stops when the phase excludes them", () => {
    // Tour 1: stop of 1 loses member 1, stop of 2 loses member 2 → 8 − 2 = 6.
    // Tour 2: both members belong to 1, the stop's enterprise → 0.
    expect(expectedSheetCount(tours, true)).toBe(6);
  });

  it("never exclude members without an enterprise", () => {
    const staffOnly: ExpectedTour[] = [
      { status: "COMPLETED", stopEnterpriseIds: [1, 2, 3], scoringMemberEnterpriseIds: [null, null] },
    ];
    expect(expectedSheetCount(staffOnly, true)).toBe(6);
  });

  it("are zero without tours, stops or scoring members", () => {
    expect(expectedSheetCount([], true)).toBe(0);
    expect(
      expectedSheetCount([{ status: "COMPLETED", stopEnterpriseIds: [], scoringMemberEnterpriseIds: [1] }], false),
    ).toBe(0);
    expect(
      expectedSheetCount([{ status: "COMPLETED", stopEnterpriseIds: [1], scoringMemberEnterpriseIds: [] }], false),
    ).toBe(0);
  });
});

describe("sheet completion", () => {
  it("is a percentage with one decimal, rounded half up", () => {
    expect(sheetCompletion(7, 8)).toBe("87.5");
    expect(sheetCompletion(1, 3)).toBe("33.3");
    expect(sheetCompletion(2, 3)).toBe("66.7");
    // 1/16 = 6.25% → 6.3 (half up, not banker's rounding).
    expect(sheetCompletion(1, 16)).toBe("6.3");
    expect(sheetCompletion(0, 5)).toBe("0.0");
    expect(sheetCompletion(5, 5)).toBe("100.0");
  });

  it("is null when nothing is expected", () => {
    expect(sheetCompletion(0, 0)).toBeNull();
  });
});
