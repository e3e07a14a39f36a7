import { describe, expect, it } from "vitest";
import { z } from "zod";
import { idField, INT4_MAX, optionalIdField, wholeNumberField } from "@/lib/actions/number-fields";
import { formDataToObject } from "@/lib/actions/form-data";
import { hasUnstorableText, unstorableTextErrors } from "@/lib/actions/unstorable-text";

describe("idField", () => {
  const schema = idField();
  it.each([
    [7, 7],
    ["7", 7],
    [" 12 ", 12],
    [INT4_MAX, INT4_MAX],
  ])("accepts %j", (input, expected) => {
    expect(schema.parse(input)).toBe(expected);
  });

  it.each([
    0,
    -1,
    1.5,
    NaN,
    Infinity,
    INT4_MAX + 1,
    2 ** 53,
    true,
    false,
    [1],
    [[1]],
    {},
    null,
    "",
    "1e3",
    "0x10",
    "１２",
    "٣",
    "1 OR 1=1",
  ])("refuses %j", (input) => {
    const result = schema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.message).toBe("编号无效");
  });
});

describe("optionalIdField", () => {
  it("reads an unchosen select as null", () => {
    expect(optionalIdField().parse("")).toBeNull();
    expect(optionalIdField().parse(null)).toBeNull();
    expect(optionalIdField().parse(undefined)).toBeNull();
    expect(optionalIdField().safeParse(true).success).toBe(false);
  });
});

describe("wholeNumberField", () => {
  const options = { message: "请填写整数", min: 0, minMessage: "太小", max: 10, maxMessage: "太大" };
  it("reads digits and applies the default to an empty value", () => {
    expect(wholeNumberField(options).parse("3")).toBe(3);
    expect(wholeNumberField({ ...options, default: 4 }).parse("")).toBe(4);
    expect(z.object({ n: wholeNumberField({ ...options, default: 4 }) }).parse({})).toEqual({ n: 4 });
  });

  it("says which limit a number breaks, and refuses what is not a number", () => {
    expect(wholeNumberField(options).safeParse("-1").error!.issues[0]!.message).toBe("太小");
    expect(wholeNumberField(options).safeParse(11).error!.issues[0]!.message).toBe("太大");
    for (const input of ["2.5", false, "1e1", NaN, -Infinity, "", [3]]) {
      expect(wholeNumberField(options).safeParse(input).error!.issues[0]!.message).toBe("请填写整数");
    }
  });
});

describe("unstorable text", () => {
  it.each(["a\u0000b", "\u0007", "\u001b[31m", "\uD800", "a\uDC00", "\uFFFF", "\uFFFE"])("finds %j", (text) => {
    expect(hasUnstorableText(text)).toBe(true);
  });

  it.each(["学习角", "tab\tand\nlines\r\n", "😀👨‍👩‍👧‍👦", "e\u0301", "\u202E", "𠀀", "<script>", "'; DROP TABLE"])(
    "keeps %j",
    (text) => {
      expect(hasUnstorableText(text)).toBe(false);
    },
  );

  it("reports the top-level field, looking into nested rows and keys", () => {
    expect(unstorableTextErrors({ ok: "好", stops: [{ note: "a\u0000" }], rec: { "k\u0000": 1 } })).toEqual({
      stops: [expect.stringContaining("无法保存")],
      rec: [expect.stringContaining("无法保存")],
    });
    expect(unstorableTextErrors({ a: "fine", b: [1, { c: "ok" }] })).toBeNull();
  });

  it("refuses nesting deeper than any form sends", () => {
    let deep: unknown = "x";
    for (let level = 0; level < 20; level += 1) deep = [deep];
    expect(unstorableTextErrors({ deep })).toEqual({ deep: ["提交的内容结构无效"] });
  });
});

describe("formDataToObject", () => {
  it("makes a field named __proto__ an own field, not the prototype", () => {
    const form = new FormData();
    form.append("__proto__", "a");
    form.append("__proto__", "b");
    form.append("name", "观摩");
    form.append("$ACTION_ID_1", "");
    const object = formDataToObject(form);
    expect(Object.getPrototypeOf(object)).toBe(Object.prototype);
    expect(Object.keys(object).sort()).toEqual(["__proto__", "name"]);
    expect(Object.getOwnPropertyDescriptor(object, "__proto__")?.value).toEqual(["a", "b"]);
  });
});
