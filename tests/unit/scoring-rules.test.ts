import { describe, expect, it } from "vitest";
import { checkActivation, rubricEditRefusal } from "@/lib/rubrics/rules";
import {
  decimalToHalves,
  formatHalves,
  formatHalvesFixed,
  numberToHalves,
  parsePointsText,
} from "@/lib/scoring/points";
import { sheetInputSchema } from "@/lib/scoring/schemas";
import { checkSheetScores, decideSave, stopAccess, type StopFacts } from "@/lib/scoring/sheet-rules";

describe("points in steps of 0.5", () => {
  it("reads what a scorer types", () => {
    expect(parsePointsText("7")).toEqual({ ok: true, halves: 14 });
    expect(parsePointsText(" 7.5 ")).toEqual({ ok: true, halves: 15 });
    expect(parsePointsText("7.50")).toEqual({ ok: true, halves: 15 });
    expect(parsePointsText("10.0")).toEqual({ ok: true, halves: 20 });
    expect(parsePointsText("8分")).toEqual({ ok: true, halves: 16 });
    expect(parsePointsText("")).toEqual({ ok: true, halves: null });
  });

  it("refuses odd steps, negatives and words with a reason", () => {
    expect(parsePointsText("7.3")).toMatchObject({ ok: false, message: expect.stringContaining("0.5") });
    expect(parsePointsText("7.25")).toMatchObject({ ok: false });
    expect(parsePointsText("-1")).toEqual({ ok: false, message: "分值不能小于 0" });
    expect(parsePointsText("七")).toMatchObject({ ok: false });
    expect(parsePointsText("1e1")).toMatchObject({ ok: false });
  });

  it("turns client numbers into halves only when exact", () => {
    expect(numberToHalves(9.5)).toBe(19);
    expect(numberToHalves(0)).toBe(0);
    expect(numberToHalves(0.1 + 0.2)).toBeNull();
    expect(numberToHalves(Number.NaN)).toBeNull();
    expect(numberToHalves(Number.POSITIVE_INFINITY)).toBeNull();
  });

  it("writes halves back as decimals", () => {
    expect(formatHalves(15)).toBe("7.5");
    expect(formatHalves(200)).toBe("100");
    expect(formatHalvesFixed(20)).toBe("10.0");
    expect(decimalToHalves("95.5")).toBe(191);
  });
});

describe("a sheet's values", () => {
  const items = [
    { id: 1, maxHalves: 20 },
    { id: 2, maxHalves: 15 },
    { id: 3, maxHalves: 12 },
  ];

  it("adds up the values in range and lists the empty items", () => {
    expect(checkSheetScores(items, { "1": 19, "2": 0, "3": null })).toEqual({
      errors: {},
      missing: [3],
      unknown: [],
      totalHalves: 19,
    });
    expect(checkSheetScores(items, {}).missing).toEqual([1, 2, 3]);
  });

  it("names each value above its item's maximum and each key that is no item", () => {
    const check = checkSheetScores(items, { "1": 21, "2": 15, "9": 2 });
    expect(check.errors).toEqual({ "1": "分值须在 0 到 10 分之间" });
    expect(check.unknown).toEqual(["9"]);
    expect(check.totalHalves).toBe(15);
  });

  it("accepts JSON numbers in steps of 0.5 and nothing else", () => {
    const base = { stopId: 1, baseVersion: 0, comment: "" };
    expect(sheetInputSchema.parse({ ...base, scores: { "5": 7.5, "6": null } }).scores).toEqual({ "5": 15, "6": null });
    for (const value of ["7.5", Number.NaN, 7.3, -0.5, 100.5, Number.POSITIVE_INFINITY, true, {}]) {
      expect(sheetInputSchema.safeParse({ ...base, scores: { "5": value } }).success, String(value)).toBe(false);
    }
    expect(sheetInputSchema.safeParse({ ...base, scores: { abc: 1 } }).success).toBe(false);
    expect(sheetInputSchema.safeParse({ ...base, baseVersion: "1", scores: {} }).success).toBe(false);
  });
});

describe("a save based on a version", () => {
  it("creates the first sheet, updates the current draft, and reports anything older as stale", () => {
    expect(decideSave(null, 0)).toBe("create");
    expect(decideSave({ version: 3, status: "DRAFT" }, 3)).toBe("update");
    expect(decideSave({ version: 4, status: "DRAFT" }, 3)).toBe("stale");
    expect(decideSave({ version: 3, status: "DRAFT" }, 0)).toBe("stale");
    expect(decideSave({ version: 3, status: "SUBMITTED" }, 3)).toBe("submitted");
    expect(decideSave({ version: 3, status: "SUBMITTED" }, 2)).toBe("submitted");
  });
});

describe("who sees a stop's sheet", () => {
  const facts: StopFacts = {
    isScoringMember: true,
    tourStatus: "PUBLISHED",
    phaseStatus: "ACTIVE",
    excludeOwnEnterprise: true,
    organizationEnterpriseId: 7,
  };

  it("shows it to scoring members of published and completed tours", () => {
    expect(stopAccess(facts, 3)).toEqual({ visible: true, editable: true });
    expect(stopAccess({ ...facts, tourStatus: "COMPLETED" }, 3)).toEqual({ visible: true, editable: true });
    expect(stopAccess({ ...facts, isScoringMember: false }, 3)).toMatchObject({ visible: false, reason: "not_scorer" });
    expect(stopAccess(null, 3)).toMatchObject({ visible: false });
    for (const tourStatus of ["DRAFT", "CANCELLED"] as const) {
      expect(stopAccess({ ...facts, tourStatus }, 3)).toMatchObject({ visible: false, reason: "tour_not_open" });
    }
  });

  it("keeps scorers from their own enterprise only where the phase says so", () => {
    expect(stopAccess(facts, 7)).toEqual({ visible: false, reason: "own_enterprise" });
    expect(stopAccess({ ...facts, excludeOwnEnterprise: false }, 7)).toEqual({ visible: true, editable: true });
    expect(stopAccess(facts, null)).toEqual({ visible: true, editable: true });
  });

  it("locks sheets outside an active phase", () => {
    expect(stopAccess({ ...facts, phaseStatus: "CLOSED" }, 3)).toEqual({
      visible: true,
      editable: false,
      lock: "phase_closed",
    });
    expect(stopAccess({ ...facts, phaseStatus: "PLANNED" }, 3)).toEqual({
      visible: true,
      editable: false,
      lock: "phase_planned",
    });
  });
});

describe("rubrics", () => {
  it("activate only when the items add up to exactly 100", () => {
    expect(checkActivation([{ name: "甲", itemMaxHalves: [120, 80] }])).toEqual({ ok: true });
    expect(checkActivation([{ name: "甲", itemMaxHalves: [120, 79] }])).toEqual({
      ok: false,
      message: "各条目满分合计须为 100 分才能启用，当前合计 99.5 分",
    });
    expect(checkActivation([])).toMatchObject({ ok: false });
    expect(
      checkActivation([
        { name: "甲", itemMaxHalves: [200] },
        { name: "乙", itemMaxHalves: [] },
      ]),
    ).toMatchObject({
      ok: false,
      message: expect.stringContaining("乙"),
    });
  });

  it("change freely as drafts, in words only when active, and never after a submission or retirement", () => {
    expect(rubricEditRefusal({ status: "DRAFT", hasSubmittedSheets: false }, true)).toBeNull();
    expect(rubricEditRefusal({ status: "ACTIVE", hasSubmittedSheets: false }, false)).toBeNull();
    expect(rubricEditRefusal({ status: "ACTIVE", hasSubmittedSheets: false }, true)).toContain("复制为新版本");
    expect(rubricEditRefusal({ status: "ACTIVE", hasSubmittedSheets: true }, false)).toContain("已有评分表");
    expect(rubricEditRefusal({ status: "RETIRED", hasSubmittedSheets: false }, false)).toContain("已停用");
  });
});
