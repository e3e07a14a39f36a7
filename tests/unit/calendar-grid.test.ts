import { describe, expect, it } from "vitest";
import {
  addDays,
  chinaDayStart,
  dayKeyOf,
  groupByDay,
  isDateKey,
  monthGrid,
  startOfWeek,
  weekdayOf,
  weekGrid,
} from "@/lib/tours/views/calendar-grid";
import { calendarHref, defaultPhaseDate, parseCalendarQuery } from "@/lib/tours/views/calendar-params";

describe("date keys", () => {
  it("accept real dates only", () => {
    expect(isDateKey("2022-03-24")).toBe(true);
    expect(isDateKey("2024-02-29")).toBe(true);
    expect(isDateKey("2022-02-29")).toBe(false);
    expect(isDateKey("2022-13-01")).toBe(false);
    expect(isDateKey("2022-3-1")).toBe(false);
  });

  it("count weekdays from Monday and step across months and years", () => {
    expect(weekdayOf("2022-03-24")).toBe(3); // a Thursday
    expect(weekdayOf("2022-03-27")).toBe(6); // a Sunday
    expect(startOfWeek("2022-03-27")).toBe("2022-03-21");
    expect(addDays("2022-02-28", 1)).toBe("2022-03-01");
    expect(addDays("2022-12-31", 1)).toBe("2023-01-01");
    expect(addDays("2022-01-01", -1)).toBe("2021-12-31");
  });
});

describe("China days", () => {
  it("begin at midnight in Asia/Shanghai, which is 16:00 UTC the day before", () => {
    expect(chinaDayStart("2022-04-01").toISOString()).toBe("2022-03-31T16:00:00.000Z");
  });

  it("put an instant on the day a reader in Huizhou sees", () => {
    expect(dayKeyOf(new Date("2022-03-31T15:59:59Z"))).toBe("2022-03-31");
    expect(dayKeyOf(new Date("2022-03-31T16:00:00Z"))).toBe("2022-04-01");
  });
});

describe("month grid", () => {
  const march = monthGrid("2022-03-24");

  it("covers the month in whole Monday-to-Sunday weeks", () => {
    expect(march.year).toBe(2022);
    expect(march.month).toBe(3);
    expect(march.weeks).toHaveLength(5);
    expect(march.weeks[0]![0]!.key).toBe("2022-02-28");
    expect(march.weeks.at(-1)!.at(-1)!.key).toBe("2022-04-03");
    expect(march.weeks.every((week) => week.length === 7 && week[0]!.weekday === 0)).toBe(true);
    const inMonth = march.weeks.flat().filter((day) => day.inMonth);
    expect(inMonth).toHaveLength(31);
    expect(inMonth[0]!.key).toBe("2022-03-01");
  });

  it("queries from the grid's first China midnight to the midnight after its last day", () => {
    expect(march.range.start.toISOString()).toBe("2022-02-27T16:00:00.000Z");
    expect(march.range.end.toISOString()).toBe("2022-04-03T16:00:00.000Z");
  });

  it("has six rows when the month needs them and none extra when it starts on a Monday", () => {
    expect(monthGrid("2022-05-01").weeks).toHaveLength(6); // 1 May 2022 is a Sunday
    const august = monthGrid("2022-08-10"); // 1 August 2022 is a Monday
    expect(august.weeks[0]![0]!.key).toBe("2022-08-01");
    expect(monthGrid("2021-02-01").weeks).toHaveLength(4); // February 2021: Monday 1st to Sunday 28th
  });

  it("links to the first day of the months around it, across years", () => {
    expect(monthGrid("2022-12-15").next).toBe("2023-01-01");
    expect(monthGrid("2022-01-15").previous).toBe("2021-12-01");
  });
});

describe("week grid", () => {
  it("runs Monday to Sunday across a month boundary", () => {
    const week = weekGrid("2022-04-01");
    expect(week.days.map((day) => day.key)).toEqual([
      "2022-03-28",
      "2022-03-29",
      "2022-03-30",
      "2022-03-31",
      "2022-04-01",
      "2022-04-02",
      "2022-04-03",
    ]);
    expect(week.range.start.toISOString()).toBe("2022-03-27T16:00:00.000Z");
    expect(week.range.end.toISOString()).toBe("2022-04-03T16:00:00.000Z");
    expect(week.previous).toBe("2022-03-21");
    expect(week.next).toBe("2022-04-04");
  });
});

describe("grouping by day", () => {
  it("files late-evening and after-midnight tours under their China days, each day in time order", () => {
    const items = [
      { id: "b", at: new Date("2022-03-31T15:30:00Z") }, // 23:30 on 31 March in China
      { id: "c", at: new Date("2022-03-31T16:30:00Z") }, // 00:30 on 1 April in China
      { id: "a", at: new Date("2022-03-31T01:00:00Z") }, // 09:00 on 31 March
    ];
    const byDay = groupByDay(items, (item) => item.at);
    expect(byDay.get("2022-03-31")!.map((item) => item.id)).toEqual(["a", "b"]);
    expect(byDay.get("2022-04-01")!.map((item) => item.id)).toEqual(["c"]);
  });
});

describe("calendar query strings", () => {
  it("read phase, view and date, dropping malformed values", () => {
    expect(parseCalendarQuery({ phase: "3", view: "week", date: "2022-03-24" })).toEqual({
      phaseId: 3,
      view: "week",
      date: "2022-03-24",
    });
    expect(parseCalendarQuery({ phase: "abc", view: "year", date: "2022-02-30" })).toEqual({ view: "month" });
    expect(parseCalendarQuery({ phase: ["4", "5"] })).toEqual({ phaseId: 4, view: "month" });
  });

  it("write the same state back, leaving out the defaults", () => {
    expect(calendarHref("/tours/calendar", { view: "month" })).toBe("/tours/calendar");
    expect(calendarHref("/tours/calendar", { phaseId: 2, view: "week", date: "2022-03-21" })).toBe(
      "/tours/calendar?phase=2&view=week&date=2022-03-21",
    );
  });

  it("open a phase on today while it runs, otherwise on its first day", () => {
    const phase = { startsOn: new Date("2022-03-01T00:00:00Z"), endsOn: new Date("2022-06-30T00:00:00Z") };
    expect(defaultPhaseDate(phase, "2022-04-10")).toBe("2022-04-10");
    expect(defaultPhaseDate(phase, "2022-06-30")).toBe("2022-06-30");
    expect(defaultPhaseDate(phase, "2026-11-25")).toBe("2022-03-01");
  });
});
