import { describe, expect, it } from "vitest";
import { Prisma } from "@/lib/generated/prisma/browser";
import {
  chinaDateKey,
  chinaToday,
  formatDate,
  formatDateTime,
  formatDateTimeRange,
  formatDecimal,
  formatMonth,
  formatNumber,
  formatPercent,
  formatTime,
  formatYi,
} from "@/lib/format";

describe("dates", () => {
  it("writes a date the Chinese way, in China's time zone", () => {
    expect(formatDate(new Date("2022-03-24T06:30:00Z"))).toBe("2022年3月24日");
    // 20:00 UTC is already the next morning in 惠州.
    expect(formatDate(new Date("2022-03-23T20:00:00Z"))).toBe("2022年3月24日");
  });

  it("keeps date-only columns (UTC midnight) on their own day", () => {
    expect(formatDate(new Date("2022-12-31T00:00:00Z"))).toBe("2022年12月31日");
    expect(formatMonth(new Date("2022-11-01T00:00:00Z"))).toBe("2022年11月");
  });

  it("writes times on a 24-hour clock", () => {
    expect(formatTime(new Date("2022-03-24T06:05:00Z"))).toBe("14:05");
    expect(formatTime(new Date("2022-03-23T16:00:00Z"))).toBe("00:00");
    expect(formatDateTime(new Date("2022-03-24T06:30:00Z"))).toBe("2022年3月24日 14:30");
  });

  it("shortens a range within one day", () => {
    expect(formatDateTimeRange(new Date("2022-03-24T06:00:00Z"), new Date("2022-03-24T09:30:00Z"))).toBe(
      "2022年3月24日 14:00–17:30",
    );
    expect(formatDateTimeRange(new Date("2022-03-24T06:00:00Z"), new Date("2022-03-25T01:00:00Z"))).toBe(
      "2022年3月24日 14:00 – 2022年3月25日 09:00",
    );
  });

  it("counts today by the calendar in China", () => {
    expect(chinaDateKey(new Date("2022-03-23T16:30:00Z"))).toBe("2022-03-24");
    expect(chinaToday(new Date("2022-03-23T16:30:00Z")).toISOString()).toBe("2022-03-24T00:00:00.000Z");
    expect(chinaToday(new Date("2022-03-24T15:59:00Z")).toISOString()).toBe("2022-03-24T00:00:00.000Z");
  });
});

describe("numbers and money", () => {
  it("groups thousands", () => {
    expect(formatNumber(0)).toBe("0");
    expect(formatNumber(1234567)).toBe("1,234,567");
    expect(formatNumber(12345n)).toBe("12,345");
  });

  it("writes 亿元 from a Decimal or a string exactly", () => {
    expect(formatYi(new Prisma.Decimal("2512.36"))).toBe("2,512.36亿元");
    expect(formatYi("6000")).toBe("6,000.00亿元");
    expect(formatYi("0.5")).toBe("0.50亿元");
    expect(formatYi("123456789012.34", { unit: false })).toBe("123,456,789,012.34");
  });

  it("never goes through a float", () => {
    // 0.1 + 0.2 style errors would show here: the sum is done by the database, formatted exactly.
    expect(formatYi("1.005")).toBe("1.01亿元");
    expect(formatYi("2512.365")).toBe("2,512.37亿元");
    expect(formatYi("99999999999.995")).toBe("100,000,000,000.00亿元");
  });

  it("handles negatives and negative zero", () => {
    expect(formatYi("-1234.5")).toBe("-1,234.50亿元");
    expect(formatDecimal("-0.001")).toBe("0.00");
  });

  it("writes a percentage of a whole, or a dash when the whole is zero", () => {
    expect(formatPercent("2512.36", "2500")).toBe("100.5%");
    expect(formatPercent("1250", "2500", 0)).toBe("50%");
    expect(formatPercent("1", "3", 2)).toBe("33.33%");
    expect(formatPercent("1", "0")).toBe("—");
  });
});
