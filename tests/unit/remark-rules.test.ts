import { describe, expect, it } from "vitest";
import { toChinaIso } from "@/lib/api/time";
import { parseIdSegment } from "@/lib/api/query";
import { recordGuestRemarkSchema, recordRemarkSchema } from "@/lib/remarks/schemas";
import { remarkWindow, REMARK_MAX_LENGTH } from "@/lib/remarks/rules";

describe("when a remark can be recorded", () => {
  const stop = { departAt: new Date("2022-03-24T17:30:00+08:00") };
  const before = new Date("2022-03-24T17:29:00+08:00");
  const after = new Date("2022-03-24T17:30:00+08:00");

  it("opens when the stop's departure time has passed on a published tour", () => {
    expect(remarkWindow({ status: "PUBLISHED" }, stop, before).open).toBe(false);
    expect(remarkWindow({ status: "PUBLISHED" }, stop, after).open).toBe(true);
  });

  it("is open at once for a tour marked completed", () => {
    expect(remarkWindow({ status: "COMPLETED" }, stop, before).open).toBe(true);
  });

  it("stays closed for drafts and cancelled tours, saying why in Chinese", () => {
    const draft = remarkWindow({ status: "DRAFT" }, stop, after);
    const cancelled = remarkWindow({ status: "CANCELLED" }, stop, after);
    expect(draft).toEqual({ open: false, reason: expect.stringContaining("尚未发布") });
    expect(cancelled).toEqual({ open: false, reason: expect.stringContaining("已取消") });
    const early = remarkWindow({ status: "PUBLISHED" }, stop, before);
    expect(early).toEqual({ open: false, reason: expect.stringContaining("2022年3月24日 17:30") });
  });
});

describe("remark input", () => {
  it("trims the text and counts a Windows line break as one character", () => {
    const parsed = recordRemarkSchema.parse({ stopId: "5", content: "  第一句\r\n第二句  " });
    expect(parsed).toEqual({ stopId: 5, content: "第一句\n第二句" });
  });

  it("refuses empty and over-long text with Chinese messages", () => {
    const empty = recordRemarkSchema.safeParse({ stopId: "5", content: "   " });
    expect(empty.success).toBe(false);
    expect(empty.error?.issues[0]?.message).toBe("请填写发言内容");
    const long = recordRemarkSchema.safeParse({ stopId: "5", content: "字".repeat(REMARK_MAX_LENGTH + 1) });
    expect(long.error?.issues[0]?.message).toBe(`发言内容最多 ${REMARK_MAX_LENGTH} 字`);
    expect(recordRemarkSchema.safeParse({ stopId: "5", content: "字".repeat(REMARK_MAX_LENGTH) }).success).toBe(true);
  });

  it("needs a guest for a guest's remark", () => {
    const result = recordGuestRemarkSchema.safeParse({ stopId: "5", guestId: "", content: "发言" });
    expect(result.error?.issues[0]?.message).toBe("请选择发言的特邀嘉宾");
  });
});

describe("API values", () => {
  it("write instants in ISO 8601 with China's offset", () => {
    expect(toChinaIso(new Date("2022-03-24T06:30:00Z"))).toBe("2022-03-24T14:30:00+08:00");
    expect(toChinaIso(new Date("2022-03-31T16:30:00Z"))).toBe("2022-04-01T00:30:00+08:00");
  });

  it("take only plain positive integers as ids in paths", () => {
    expect(parseIdSegment("12")).toBe(12);
    for (const bad of ["0", "-1", "1.5", "1e3", "abc", "012", "99999999999", undefined]) {
      expect(parseIdSegment(bad), String(bad)).toBeNull();
    }
  });
});
