import { describe, expect, it } from "vitest";
import { auditDiff, describeValue } from "@/lib/audit/diff";
import { auditHref, parseAuditFilter } from "@/lib/audit/filter";

describe("auditDiff", () => {
  it("lists the fields of both snapshots and flags the changed ones", () => {
    expect(auditDiff({ role: "SECRETARY", isActive: true }, { role: "LEADER", isActive: true })).toEqual([
      { key: "role", before: "SECRETARY", after: "LEADER", changed: true },
      { key: "isActive", before: "是", after: "是", changed: false },
    ]);
  });

  it("shows a creation (no before) and a deletion (no after)", () => {
    expect(auditDiff(null, { name: "市水务集团" })).toEqual([
      { key: "name", before: null, after: "市水务集团", changed: true },
    ]);
    expect(auditDiff({ name: "x" }, null)).toEqual([{ key: "name", before: "x", after: null, changed: true }]);
    expect(auditDiff(null, null)).toEqual([]);
  });

  it("writes nested values as JSON and masks secrets", () => {
    const rows = auditDiff({ passwordHash: "$argon2id$a" }, { passwordHash: "$argon2id$b", tags: ["a", "b"] });
    expect(rows[0]).toEqual({ key: "passwordHash", before: "••••••", after: "••••••", changed: true });
    expect(rows[1]).toEqual({ key: "tags", before: null, after: '["a","b"]', changed: true });
  });

  it("handles snapshots that are not objects", () => {
    expect(auditDiff("2512.36", "2512.40")).toEqual([
      { key: "值", before: "2512.36", after: "2512.40", changed: true },
    ]);
  });

  it("describes empty values in words", () => {
    expect(describeValue(null)).toBe("（空）");
    expect(describeValue("")).toBe("（空字符串）");
    expect(describeValue(undefined)).toBeNull();
  });
});

describe("audit filter in the URL", () => {
  it("parses page, record type and actor", () => {
    expect(parseAuditFilter({ page: "3", entityType: "User", actor: "12" })).toEqual({
      page: 3,
      entityType: "User",
      actor: 12,
    });
    expect(parseAuditFilter({ actor: "system" })).toEqual({ page: 1, entityType: undefined, actor: "system" });
  });

  it("drops malformed values instead of failing", () => {
    expect(parseAuditFilter({ page: "-1", entityType: "'; drop", actor: "abc" })).toEqual({
      page: 1,
      entityType: undefined,
      actor: undefined,
    });
    expect(parseAuditFilter({ page: ["2", "5"], entityType: "" })).toEqual({
      page: 2,
      entityType: undefined,
      actor: undefined,
    });
  });

  it("builds links that keep the filters", () => {
    expect(auditHref({ page: 1, entityType: "Tour", actor: 3 }, 2)).toBe("/admin/audit?entityType=Tour&actor=3&page=2");
    expect(auditHref({ page: 4 }, 1)).toBe("/admin/audit");
  });
});
