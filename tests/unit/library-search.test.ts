import { describe, expect, it } from "vitest";
import { containsPattern, libraryHref, readLibraryFilter, splitTags } from "@/lib/library/search";

describe("containsPattern", () => {
  it("wraps the word in % and escapes LIKE's wildcards and the escape character", () => {
    expect(containsPattern("学习角")).toBe("%学习角%");
    expect(containsPattern("100%")).toBe("%100\\%%");
    expect(containsPattern("a_b")).toBe("%a\\_b%");
    expect(containsPattern("c:\\x")).toBe("%c:\\\\x%");
    expect(containsPattern("%_\\")).toBe("%\\%\\_\\\\%");
  });
});

describe("splitTags", () => {
  it("splits on commas of both widths, 、, semicolons and spaces, dropping blanks and duplicates", () => {
    expect(splitTags("学习角，阵地建设、 支部品牌;学习角 ,  ；数字化")).toEqual([
      "学习角",
      "阵地建设",
      "支部品牌",
      "数字化",
    ]);
    expect(splitTags("  ")).toEqual([]);
  });

  it("splits on control characters too, so no tag holds the tags index's separator", () => {
    expect(splitTags("学习角\u001f阵地建设\u0000")).toEqual(["学习角", "阵地建设"]);
  });
});

describe("readLibraryFilter", () => {
  it("keeps valid values and drops the rest", () => {
    expect(
      readLibraryFilter({
        kind: "BRAND",
        enterprise: "3",
        phase: "2",
        tag: " 学习角 ",
        promoted: "yes",
        q: " 车间 ",
        page: "2",
      }),
    ).toEqual({ kind: "BRAND", enterpriseId: 3, phaseId: 2, tag: "学习角", promoted: true, q: "车间", page: 2 });
    expect(
      readLibraryFilter({ kind: "POEM", enterprise: "-1", phase: "x", tag: "", promoted: "maybe", page: "0" }),
    ).toEqual({ kind: null, enterpriseId: null, phaseId: null, tag: null, promoted: null, q: "", page: 1 });
    expect(readLibraryFilter({ promoted: "no", q: "x".repeat(80) })).toMatchObject({
      promoted: false,
      q: "x".repeat(50),
    });
    expect(readLibraryFilter({ q: " 党建\u001f品牌\u0007 " }).q).toBe("党建品牌");
  });

  it("round-trips through libraryHref", () => {
    const filter = readLibraryFilter({ kind: "HIGHLIGHT_CARD", tag: "学习角", promoted: "no", q: "100%" });
    const href = libraryHref(filter, 3);
    const params = Object.fromEntries(new URL(href, "http://x").searchParams);
    expect(readLibraryFilter(params)).toEqual({ ...filter, page: 3 });
    expect(libraryHref(readLibraryFilter({}))).toBe("/library");
  });
});
