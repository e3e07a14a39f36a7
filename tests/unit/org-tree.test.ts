import { describe, expect, it } from "vitest";
import { parentOptions } from "@/lib/enterprises/parent-options";
import {
  buildTree,
  descendantIds,
  flattenTree,
  levelFitsUnder,
  moveProblem,
  type OrgNodeRow,
} from "@/lib/enterprises/tree";

// 党委(1) ─┬─ 党总支(2) ─┬─ 党支部(3)
//          │              └─ 党支部(4)
//          ├─ 党支部(5)
//          └─ 党总支(6)
const ROWS: (OrgNodeRow & { isActive: boolean })[] = [
  { id: 3, parentId: 2, level: "BRANCH", sortOrder: 1, name: "甲党支部", isActive: true },
  { id: 1, parentId: null, level: "COMMITTEE", sortOrder: 0, name: "集团党委", isActive: true },
  { id: 4, parentId: 2, level: "BRANCH", sortOrder: 0, name: "乙党支部", isActive: true },
  { id: 2, parentId: 1, level: "GENERAL_BRANCH", sortOrder: 1, name: "生产党总支", isActive: true },
  { id: 5, parentId: 1, level: "BRANCH", sortOrder: 2, name: "机关党支部", isActive: true },
  { id: 6, parentId: 1, level: "GENERAL_BRANCH", sortOrder: 3, name: "停用党总支", isActive: false },
];

describe("the organisation tree", () => {
  it("nests rows under their parents in sort order and reads parents first", () => {
    const ordered = flattenTree(buildTree(ROWS));
    expect(ordered.map((node) => [node.id, node.depth])).toEqual([
      [1, 0],
      [2, 1],
      [4, 2],
      [3, 2],
      [5, 1],
      [6, 1],
    ]);
  });

  it("finds every descendant, not the node itself", () => {
    expect([...descendantIds(ROWS, 1)].sort()).toEqual([2, 3, 4, 5, 6]);
    expect([...descendantIds(ROWS, 2)].sort()).toEqual([3, 4]);
    expect(descendantIds(ROWS, 3).size).toBe(0);
  });

  it("orders levels 党委/党组 → 党总支 → 党支部", () => {
    expect(levelFitsUnder("COMMITTEE", "GENERAL_BRANCH")).toBe(true);
    expect(levelFitsUnder("COMMITTEE", "BRANCH")).toBe(true);
    expect(levelFitsUnder("GENERAL_BRANCH", "BRANCH")).toBe(true);
    expect(levelFitsUnder("GENERAL_BRANCH", "GENERAL_BRANCH")).toBe(false);
    expect(levelFitsUnder("BRANCH", "GENERAL_BRANCH")).toBe(false);
    expect(levelFitsUnder("BRANCH", "COMMITTEE")).toBe(false);
  });
});

describe("moving a branch", () => {
  const node = (id: number) => ROWS.find((row) => row.id === id)!;

  it("allows a higher-level, active parent outside the branch, or the top", () => {
    expect(moveProblem(node(5), node(2), descendantIds(ROWS, 5))).toBeNull();
    expect(moveProblem(node(2), null, descendantIds(ROWS, 2))).toBeNull();
  });

  it("refuses the node itself and its own descendants", () => {
    expect(moveProblem(node(1), node(1), descendantIds(ROWS, 1))).toBe("不能把党组织移到它自己下面");
    expect(moveProblem(node(1), node(2), descendantIds(ROWS, 1))).toBe(
      "「生产党总支」是该党组织的下级，不能把党组织移到自己的下级下面",
    );
  });

  it("refuses a disabled parent and one of the same or a lower level", () => {
    expect(moveProblem(node(3), node(6), descendantIds(ROWS, 3))).toBe("「停用党总支」已停用，不能作为上级");
    expect(moveProblem(node(3), node(5), descendantIds(ROWS, 3))).toBe(
      "党支部不能设在党支部「机关党支部」之下：下级的层级须低于上级（党委/党组 → 党总支 → 党支部）",
    );
  });

  it("offers as parents only what a move would accept", () => {
    const ordered = flattenTree(buildTree(ROWS));
    expect(
      parentOptions(
        ordered,
        ordered.find((row) => row.id === 3)!,
      ).map((option) => option.id),
    ).toEqual([1, 2]);
    expect(
      parentOptions(
        ordered,
        ordered.find((row) => row.id === 2)!,
      ).map((option) => option.id),
    ).toEqual([1]);
    expect(
      parentOptions(
        ordered,
        ordered.find((row) => row.id === 1)!,
      ),
    ).toEqual([]);
    expect(parentOptions(ordered, null).map((option) => option.label)).toEqual([
      "集团党委（党委/党组）",
      "　生产党总支（党总支）",
    ]);
  });
});
