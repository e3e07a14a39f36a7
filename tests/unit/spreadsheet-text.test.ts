import { describe, expect, it } from "vitest";
import { spreadsheetText } from "@/lib/security/spreadsheet-text";

describe("spreadsheetText", () => {
  it.each(["=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1", "=cmd|' /C calc'!A0"])(
    "keeps %j text with an apostrophe",
    (value) => {
      expect(spreadsheetText(value)).toBe(`'${value}`);
    },
  );

  it.each(["学习角", "1+1", "a=b", "", " =1", "'quoted"])("leaves %j as it is", (value) => {
    expect(spreadsheetText(value)).toBe(value);
  });
});
