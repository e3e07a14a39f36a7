import type { OrgLevel } from "@/lib/generated/prisma/enums";
import { descendantIds, LEVEL_DEPTH } from "@/lib/enterprises/tree";
import { ORG_LEVEL_LABELS } from "@/lib/labels";

type Row = { id: number; parentId: number | null; name: string; level: OrgLevel; isActive: boolean; depth: number };

/**
 * The organisations offered as a parent, in tree order and indented by depth: active, able to
 * have children (not a 党支部), and — for a move of `node` — neither the node nor anything under
 * it, and of a higher level than the node.
 */
export function parentOptions(ordered: readonly Row[], node: Row | null) {
  const excluded = node ? descendantIds(ordered, node.id).add(node.id) : new Set<number>();
  return ordered
    .filter(
      (row) =>
        row.isActive &&
        row.level !== "BRANCH" &&
        !excluded.has(row.id) &&
        (node === null || LEVEL_DEPTH[row.level] < LEVEL_DEPTH[node.level]),
    )
    .map((row) => ({ id: row.id, label: `${"　".repeat(row.depth)}${row.name}（${ORG_LEVEL_LABELS[row.level]}）` }));
}
