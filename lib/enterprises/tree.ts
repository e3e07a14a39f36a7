import type { OrgLevel } from "@/lib/generated/prisma/enums";

/**
 * The party organisation tree of one enterprise: 党委/党组 → 党总支 → 党支部. A child's level is
 * strictly below its parent's (the database holds this too), which also means the tree can never
 * contain a cycle. Pure functions over rows already loaded, shared by pages and actions.
 */
export const LEVEL_DEPTH: Record<OrgLevel, number> = { COMMITTEE: 0, GENERAL_BRANCH: 1, BRANCH: 2 };
export const LEVELS: readonly OrgLevel[] = ["COMMITTEE", "GENERAL_BRANCH", "BRANCH"];

/** Whether an organisation of level `child` may sit under one of level `parent`. */
export function levelFitsUnder(parent: OrgLevel, child: OrgLevel): boolean {
  return LEVEL_DEPTH[child] > LEVEL_DEPTH[parent];
}

export type OrgNodeRow = { id: number; parentId: number | null; level: OrgLevel; sortOrder: number; name: string };
export type OrgTreeNode<Row extends OrgNodeRow> = Row & { depth: number; children: OrgTreeNode<Row>[] };

function byOrder(a: OrgNodeRow, b: OrgNodeRow) {
  return a.sortOrder - b.sortOrder || a.name.localeCompare(b.name, "zh-CN") || a.id - b.id;
}

/** Rows → nested nodes, siblings in sortOrder then name; a row whose parent is missing is a root. */
export function buildTree<Row extends OrgNodeRow>(rows: readonly Row[]): OrgTreeNode<Row>[] {
  const nodes = new Map<number, OrgTreeNode<Row>>(rows.map((row) => [row.id, { ...row, depth: 0, children: [] }]));
  const roots: OrgTreeNode<Row>[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId === null ? undefined : nodes.get(node.parentId);
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  const settle = (list: OrgTreeNode<Row>[], depth: number) => {
    list.sort(byOrder);
    for (const node of list) {
      node.depth = depth;
      settle(node.children, depth + 1);
    }
  };
  settle(roots, 0);
  return roots;
}

/** The tree in reading order (parents before their children). */
export function flattenTree<Row extends OrgNodeRow>(roots: readonly OrgTreeNode<Row>[]): OrgTreeNode<Row>[] {
  return roots.flatMap((node) => [node, ...flattenTree(node.children)]);
}

/** The ids of an organisation's descendants (not itself). */
export function descendantIds(rows: readonly { id: number; parentId: number | null }[], id: number): Set<number> {
  const children = new Map<number, number[]>();
  for (const row of rows) {
    if (row.parentId !== null) children.set(row.parentId, [...(children.get(row.parentId) ?? []), row.id]);
  }
  const found = new Set<number>();
  const stack = [...(children.get(id) ?? [])];
  while (stack.length > 0) {
    const next = stack.pop()!;
    if (found.has(next)) continue;
    found.add(next);
    stack.push(...(children.get(next) ?? []));
  }
  return found;
}

/**
 * Why `node` cannot move under `parent` (null: to the top), or null when it can. `descendants`
 * are the node's own descendants. Both rows belong to the same enterprise (the caller loads the
 * parent within the node's enterprise; the composite foreign key holds it as well).
 */
export function moveProblem(
  node: { id: number; level: OrgLevel },
  parent: { id: number; name: string; level: OrgLevel; isActive: boolean } | null,
  descendants: ReadonlySet<number>,
): string | null {
  if (parent === null) return null;
  if (parent.id === node.id) return "不能把党组织移到它自己下面";
  if (descendants.has(parent.id)) return `「${parent.name}」是该党组织的下级，不能把党组织移到自己的下级下面`;
  if (!parent.isActive) return `「${parent.name}」已停用，不能作为上级`;
  if (!levelFitsUnder(parent.level, node.level)) return levelMessage(parent.name, parent.level, node.level);
  return null;
}

const LEVEL_NAMES: Record<OrgLevel, string> = { COMMITTEE: "党委/党组", GENERAL_BRANCH: "党总支", BRANCH: "党支部" };

export function levelMessage(parentName: string, parentLevel: OrgLevel, childLevel: OrgLevel): string {
  return `${LEVEL_NAMES[childLevel]}不能设在${LEVEL_NAMES[parentLevel]}「${parentName}」之下：下级的层级须低于上级（党委/党组 → 党总支 → 党支部）`;
}
