import { describe, expect, it } from "vitest";
import { diffLines, hasChanges } from "@/lib/reports/diff";

describe("diffLines", () => {
  it("keeps equal texts as unchanged lines", () => {
    const lines = diffLines("一\n二", "一\n二");
    expect(lines).toEqual([
      { kind: "same", text: "一" },
      { kind: "same", text: "二" },
    ]);
    expect(hasChanges(lines)).toBe(false);
  });

  it("shows a changed line as removed then added, around the unchanged ones", () => {
    expect(diffLines("问题一\n问题二：笼统\n问题三", "问题一\n问题二：阵地利用率低\n问题三")).toEqual([
      { kind: "same", text: "问题一" },
      { kind: "removed", text: "问题二：笼统" },
      { kind: "added", text: "问题二：阵地利用率低" },
      { kind: "same", text: "问题三" },
    ]);
  });

  it("handles additions at the end, deletions at the start and empty texts", () => {
    expect(diffLines("a\nb", "b\nc")).toEqual([
      { kind: "removed", text: "a" },
      { kind: "same", text: "b" },
      { kind: "added", text: "c" },
    ]);
    expect(diffLines("", "新增")).toEqual([{ kind: "added", text: "新增" }]);
    expect(diffLines("删除", "")).toEqual([{ kind: "removed", text: "删除" }]);
    expect(diffLines("", "")).toEqual([]);
  });

  it("treats Windows line ends like Unix ones", () => {
    expect(hasChanges(diffLines("a\r\nb", "a\nb"))).toBe(false);
  });

  it("finds the longest common run, not just a prefix", () => {
    const lines = diffLines("x\na\nb\nc", "a\nb\nc\ny");
    expect(lines.filter((line) => line.kind === "same").map((line) => line.text)).toEqual(["a", "b", "c"]);
  });
});
