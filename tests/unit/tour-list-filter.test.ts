import { describe, expect, it } from "vitest";
import { parseTourListFilter, tourListHref } from "@/lib/tours/list-filter";

describe("tour list filter", () => {
  it("reads a phase id, 'all', a status and a page", () => {
    expect(parseTourListFilter({ phase: "4", status: "PUBLISHED", page: "2" })).toEqual({
      phase: 4,
      status: "PUBLISHED",
      page: 2,
    });
    expect(parseTourListFilter({ phase: "all" })).toEqual({ phase: "all", status: null, page: 1 });
  });

  it("drops each malformed value alone and keeps the rest", () => {
    expect(parseTourListFilter({ phase: "-3", status: "DELETED", page: "2" })).toEqual({
      phase: "default",
      status: null,
      page: 2,
    });
    expect(parseTourListFilter({ phase: ["5", "6"], status: "draft", page: "0" })).toEqual({
      phase: 5,
      status: null,
      page: 1,
    });
  });

  it("links back to the same filter, defaults left out", () => {
    expect(tourListHref({ phase: "default", status: null, page: 1 })).toBe("/tours");
    expect(tourListHref({ phase: "all", status: "DRAFT", page: 1 }, 3)).toBe("/tours?phase=all&status=DRAFT&page=3");
  });
});
