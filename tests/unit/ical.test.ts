import { describe, expect, it } from "vitest";
import { buildCalendar, escapeText, foldLine, formatUtc } from "@/lib/tours/views/ical";
import {
  calendarContentDisposition,
  stopUid,
  tourCalendarFile,
  tourEvents,
  type TourForCalendar,
} from "@/lib/tours/views/tour-ical";

const octets = (text: string) => new TextEncoder().encode(text).length;
/** Undo RFC 5545 folding: a CRLF followed by one space joins the lines. */
const unfold = (text: string) => text.replace(/\r\n /g, "");

describe("iCalendar text values", () => {
  it("escape backslash, semicolon, comma and every kind of line break", () => {
    expect(escapeText("a\\b;c,d")).toBe("a\\\\b\\;c\\,d");
    expect(escapeText("一\r\n二\n三\r四")).toBe("一\\n二\\n三\\n四");
    // The backslash is escaped first, so an escaped comma is not escaped twice.
    expect(escapeText("\\,")).toBe("\\\\\\,");
    expect(escapeText("听取介绍：现场观摩")).toBe("听取介绍：现场观摩");
  });
});

describe("iCalendar times", () => {
  it("are written in UTC with a Z, whatever the source time zone", () => {
    expect(formatUtc(new Date("2022-03-24T14:50:00+08:00"))).toBe("20220324T065000Z");
    // 00:30 on 1 April in China is still 31 March in UTC.
    expect(formatUtc(new Date("2022-04-01T00:30:00+08:00"))).toBe("20220331T163000Z");
  });

  it("refuse an invalid date", () => {
    expect(() => formatUtc(new Date("nonsense"))).toThrow(RangeError);
  });
});

describe("line folding", () => {
  it("leaves lines of 75 octets alone and folds the 76th octet onto a continuation line", () => {
    const exact = `SUMMARY:${"a".repeat(67)}`;
    expect(octets(exact)).toBe(75);
    expect(foldLine(exact)).toBe(exact);
    const longer = `${exact}b`;
    expect(foldLine(longer)).toBe(`${exact}\r\n b`);
  });

  it("counts UTF-8 octets, never splits a Chinese character, and keeps every physical line within 75 octets", () => {
    const line = `DESCRIPTION:${"惠州烟草物流配送中心党支部“党建进车间”".repeat(6)}`;
    const folded = foldLine(line);
    const physical = folded.split("\r\n");
    expect(physical.length).toBeGreaterThan(1);
    for (const part of physical) expect(octets(part)).toBeLessThanOrEqual(75);
    for (const part of physical.slice(1)) expect(part.startsWith(" ")).toBe(true);
    // No replacement characters: each piece is valid UTF-8 on its own.
    for (const part of physical)
      expect(new TextDecoder("utf-8", { fatal: true }).decode(new TextEncoder().encode(part))).toBe(part);
    expect(unfold(folded)).toBe(line);
  });

  it("does not split a surrogate pair", () => {
    const line = `SUMMARY:${"😀".repeat(30)}`;
    const physical = foldLine(line).split("\r\n");
    for (const part of physical) expect(part).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    expect(unfold(foldLine(line))).toBe(line);
  });
});

describe("a calendar file", () => {
  const stamp = new Date("2026-11-25T08:00:00Z");
  const file = buildCalendar({
    prodId: "-//测试//ZH",
    name: "观摩",
    stamp,
    events: [
      {
        uid: "a@x",
        start: new Date("2022-03-24T14:50:00+08:00"),
        end: new Date("2022-03-24T15:55:00+08:00"),
        summary: "物流配送中心, 学习角; 参观",
        description: "第一行\n第二行",
        location: "惠州市惠城区",
        url: "https://example.org/tours/1?a=1,2",
        status: "CONFIRMED",
        sequence: 3,
      },
    ],
  });

  it("ends every line with CRLF and has no bare LF", () => {
    expect(file.endsWith("\r\n")).toBe(true);
    expect(file.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  });

  it("has the required properties of the calendar and of each event", () => {
    const lines = unfold(file).split("\r\n");
    expect(lines[0]).toBe("BEGIN:VCALENDAR");
    expect(lines).toContain("VERSION:2.0");
    expect(lines).toContain("PRODID:-//测试//ZH");
    expect(lines).toContain("UID:a@x");
    expect(lines).toContain("DTSTAMP:20261125T080000Z");
    expect(lines).toContain("DTSTART:20220324T065000Z");
    expect(lines).toContain("DTEND:20220324T075500Z");
    expect(lines).toContain("SUMMARY:物流配送中心\\, 学习角\\; 参观");
    expect(lines).toContain("DESCRIPTION:第一行\\n第二行");
    expect(lines).toContain("URL:https://example.org/tours/1?a=1,2");
    expect(lines).toContain("SEQUENCE:3");
    expect(lines.filter((line) => line === "BEGIN:VEVENT")).toHaveLength(1);
    expect(lines.at(-2)).toBe("END:VCALENDAR");
  });

  it("refuses an event that ends before it starts", () => {
    expect(() =>
      buildCalendar({
        prodId: "x",
        stamp,
        events: [{ uid: "u", start: new Date("2022-01-02"), end: new Date("2022-01-01"), summary: "s" }],
      }),
    ).toThrow(RangeError);
  });
});

describe("a tour as a calendar", () => {
  const tour: TourForCalendar = {
    id: 7,
    title: "第一期党建“大观摩”活动",
    status: "PUBLISHED",
    version: 4,
    updatedAt: new Date("2022-03-18T02:00:00Z"),
    startsAt: new Date("2022-03-24T14:30:00+08:00"),
    meetingPoint: "市国资委办公楼前广场集合乘车",
    notes: "请着正装",
    stops: [
      {
        id: 12,
        sequence: 2,
        arriveAt: new Date("2022-03-24T16:15:00+08:00"),
        departAt: new Date("2022-03-24T17:30:00+08:00"),
        programme: ["BRIEFING", "EXCHANGE"],
        site: { name: "营销中心", address: "江北云山西路", organizationName: "营销中心党支部" },
      },
      {
        id: 11,
        sequence: 1,
        arriveAt: new Date("2022-03-24T14:50:00+08:00"),
        departAt: new Date("2022-03-24T15:55:00+08:00"),
        programme: ["ON_SITE"],
        site: { name: "物流配送中心", address: "水口街道", organizationName: "物流配送中心党支部" },
      },
    ],
  };

  it("has one event per stop, in stop order, with stable UIDs and the tour's version as SEQUENCE", () => {
    const events = tourEvents(tour, "https://gm.example/tours/7");
    expect(events.map((event) => event.uid)).toEqual([stopUid(7, 11), stopUid(7, 12)]);
    expect(events[0]).toMatchObject({ location: "水口街道", status: "CONFIRMED", sequence: 4 });
    expect(events[0]!.description).toContain("集合：2022年3月24日 14:30，市国资委办公楼前广场集合乘车");
    expect(events[0]!.description).toContain("第 1 站，共 2 站");
    expect(events[1]!.description).not.toContain("集合");
    expect(events[1]!.description).toContain("内容：听取介绍、互动交流");
  });

  it("marks a cancelled tour's events as cancelled", () => {
    const events = tourEvents({ ...tour, status: "CANCELLED" }, "https://gm.example/tours/7");
    expect(events.every((event) => event.status === "CANCELLED")).toBe(true);
  });

  it("writes a whole file a calendar program can read", () => {
    const file = tourCalendarFile(tour, "https://gm.example/tours/7", new Date("2026-01-01T00:00:00Z"));
    expect(file.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(unfold(file)).toContain("DTSTART:20220324T065000Z");
  });

  it("names the download with an ASCII fallback and the title in UTF-8", () => {
    const header = calendarContentDisposition({ id: 7, title: "第一期(试点)/观摩" });
    expect(header).toMatch(/^attachment; filename="tour-7\.ics"; filename\*=UTF-8''/);
    expect(header.split("''")[1]).not.toMatch(/[()'*!/]/);
    expect(decodeURIComponent(header.split("''")[1]!)).toBe("第一期(试点) 观摩.ics");
  });
});
