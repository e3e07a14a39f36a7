import { describe, expect, it } from "vitest";
import { isOverdue, overdueWhere } from "@/lib/problems/overdue";
import { parseProblemQuery, problemSearch } from "@/lib/problems/filters";

const due = (date: string) => new Date(`${date}T00:00:00.000Z`);

describe("overdue, derived from the deadline (a China calendar date) and the status", () => {
  it("is not overdue on the deadline day itself, and is from the next day in China", () => {
    const problem = { deadline: due("2022-06-30"), status: "RECTIFYING" as const };
    // 2022-06-30 23:59 in 惠州 is 15:59 UTC.
    expect(isOverdue(problem, new Date("2022-06-30T15:59:59Z"))).toBe(false);
    // 2022-07-01 00:00 in 惠州 is 2022-06-30 16:00 UTC: still the 30th in London, already the 1st in China.
    expect(isOverdue(problem, new Date("2022-06-30T16:00:00Z"))).toBe(true);
    expect(isOverdue(problem, new Date("2022-07-01T09:00:00+08:00"))).toBe(true);
  });

  it("counts the morning of the deadline in China as not yet overdue, though UTC is still the day before", () => {
    const problem = { deadline: due("2022-06-30"), status: "OPEN" as const };
    expect(isOverdue(problem, new Date("2022-06-29T16:30:00Z"))).toBe(false);
  });

  it("is never overdue once closed, however late", () => {
    expect(isOverdue({ deadline: due("2022-06-30"), status: "CLOSED" }, new Date("2026-01-01T00:00:00Z"))).toBe(false);
    for (const status of ["OPEN", "RECTIFYING", "AWAITING_VERIFICATION"] as const) {
      expect(isOverdue({ deadline: due("2022-06-30"), status }, new Date("2026-01-01T00:00:00Z")), status).toBe(true);
    }
  });

  it("says the same in a Prisma where: not closed, deadline before today in China", () => {
    expect(overdueWhere(new Date("2022-06-30T16:00:00Z"))).toEqual({
      status: { not: "CLOSED" },
      deadline: { lt: due("2022-07-01") },
    });
  });
});

describe("the ledger's query string", () => {
  it("reads valid filters and names the ones it drops", () => {
    const { query, ignored } = parseProblemQuery({
      enterprise: "3",
      status: "AWAITING_VERIFICATION",
      overdue: "1",
      phase: "x",
      severity: "HUGE",
      page: "2",
    });
    expect(query).toEqual({ enterpriseId: 3, status: "AWAITING_VERIFICATION", overdue: true, page: 2 });
    expect(ignored).toEqual(["阶段", "严重程度"]);
  });

  it("writes a filter back to the same query string", () => {
    const filter = {
      enterpriseId: 3,
      status: "OPEN" as const,
      overdue: false,
      phaseId: 2,
      severity: "SEVERE" as const,
    };
    const { query } = parseProblemQuery(Object.fromEntries(new URLSearchParams(problemSearch(filter))));
    expect(query).toEqual({ ...filter, page: 1 });
  });
});
