import { describe, expect, it } from "vitest";
import { parseCalendarDate, parseChinaDateTime } from "@/lib/campaign/dates";
import { closeProblem, openProblem, windowProblems, type PhaseForRules } from "@/lib/campaign/rules";
import type { PhaseStatus } from "@/lib/generated/prisma/enums";

function phases(...statuses: PhaseStatus[]): PhaseForRules[] {
  const windows = [
    ["2030-03-01", "2030-06-30"],
    ["2030-07-01", "2030-09-30"],
    ["2030-10-01", "2030-12-31"],
  ];
  const names = ["内部观摩", "交叉观摩", "示范观摩"];
  return statuses.map((status, index) => ({
    id: index + 1,
    sequence: index + 1,
    name: names[index]!,
    status,
    startsOn: parseCalendarDate(windows[index]![0]!),
    endsOn: parseCalendarDate(windows[index]![1]!),
  }));
}

describe("opening a phase", () => {
  it("opens the first phase, and a later one once the one before it is active or closed", () => {
    const list = phases("ACTIVE", "PLANNED", "PLANNED");
    expect(openProblem(list, list[1]!)).toBeNull();
    const closed = phases("CLOSED", "CLOSED", "PLANNED");
    expect(openProblem(closed, closed[2]!)).toBeNull();
    const fresh = phases("PLANNED", "PLANNED", "PLANNED");
    expect(openProblem(fresh, fresh[0]!)).toBeNull();
  });

  it("does not open a phase before the one before it has opened", () => {
    const list = phases("PLANNED", "PLANNED", "PLANNED");
    expect(openProblem(list, list[1]!)).toBe("上一阶段「内部观摩」尚未开始，「交叉观摩」不能先开始");
  });

  it("does not open an active or closed phase again", () => {
    const list = phases("CLOSED", "ACTIVE", "PLANNED");
    expect(openProblem(list, list[0]!)).toBe("「内部观摩」已结束，不能重新开始");
    expect(openProblem(list, list[1]!)).toBe("「交叉观摩」已经开始");
  });
});

describe("closing a phase", () => {
  it("closes an active phase whose predecessor is closed", () => {
    const list = phases("CLOSED", "ACTIVE", "PLANNED");
    expect(closeProblem(list, list[1]!)).toBeNull();
  });

  it("refuses a planned or closed phase, and one whose predecessor is still active", () => {
    const list = phases("ACTIVE", "ACTIVE", "PLANNED");
    expect(closeProblem(list, list[2]!)).toBe("「示范观摩」尚未开始，不能结束");
    expect(closeProblem(list, list[1]!)).toBe("上一阶段「内部观摩」尚未结束，请先结束上一阶段");
    const closed = phases("CLOSED", "PLANNED", "PLANNED");
    expect(closeProblem(closed, closed[0]!)).toBe("「内部观摩」已经结束");
  });
});

describe("phase windows", () => {
  const list = phases("ACTIVE", "PLANNED", "PLANNED");
  const cross = list[1]!;
  const window = (start: string, end: string, deadline: string | null = null) => ({
    startsOn: parseCalendarDate(start),
    endsOn: parseCalendarDate(end),
    selfReportDeadline: deadline === null ? null : parseChinaDateTime(deadline),
  });

  it("accepts a window between its neighbours, adjacent days included", () => {
    expect(windowProblems(2030, list, cross, window("2030-07-01", "2030-09-30", "2030-09-30T18:00"))).toEqual({});
  });

  it("refuses an end before the start", () => {
    expect(windowProblems(2030, list, cross, window("2030-08-10", "2030-08-01"))).toEqual({
      endsOn: ["结束日期不能早于开始日期"],
    });
  });

  it("refuses days outside the campaign year", () => {
    const first = list[0]!;
    expect(windowProblems(2030, list, first, window("2029-12-01", "2030-06-30"))).toEqual({
      startsOn: ["开始日期须在 2030 年内"],
    });
    const last = list[2]!;
    expect(windowProblems(2030, list, last, window("2030-10-01", "2031-01-15"))).toEqual({
      endsOn: ["结束日期须在 2030 年内"],
    });
  });

  it("refuses overlapping a neighbour, naming it", () => {
    expect(windowProblems(2030, list, cross, window("2030-06-30", "2030-10-01"))).toEqual({
      startsOn: ["须晚于上一阶段「内部观摩」的结束日期（2030-06-30）"],
      endsOn: ["须早于下一阶段「示范观摩」的开始日期（2030-10-01）"],
    });
  });

  it("keeps the self-report deadline inside the window, counting days in China time", () => {
    expect(windowProblems(2030, list, cross, window("2030-07-01", "2030-09-30", "2030-10-01T08:00"))).toEqual({
      selfReportDeadline: ["自查报告截止时间须在本阶段时间范围内"],
    });
    // 07:30 on 1 July in China is still 30 June in UTC: it counts as 1 July.
    expect(windowProblems(2030, list, cross, window("2030-07-01", "2030-09-30", "2030-07-01T07:30"))).toEqual({});
  });
});
