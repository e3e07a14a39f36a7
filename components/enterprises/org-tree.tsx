import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { cx } from "@/components/ui/cx";
import type { OrganizationRow } from "@/lib/enterprises/queries";
import type { OrgTreeNode } from "@/lib/enterprises/tree";
import { formatNumber } from "@/lib/format";
import { ORG_LEVEL_LABELS } from "@/lib/labels";

type Node = OrgTreeNode<OrganizationRow>;

/**
 * The organisation tree as nested lists: each level indented a little (narrow enough for a
 * phone) with a guide line, and every node a link that opens it in the editor.
 */
export function OrgTree({
  roots,
  enterpriseId,
  selectedId,
}: {
  roots: Node[];
  enterpriseId: number;
  selectedId: number | null;
}) {
  return (
    <ul className="grid gap-1" aria-label="党组织架构">
      {roots.map((node) => (
        <OrgTreeItem key={node.id} node={node} enterpriseId={enterpriseId} selectedId={selectedId} />
      ))}
    </ul>
  );
}

function OrgTreeItem({
  node,
  enterpriseId,
  selectedId,
}: {
  node: Node;
  enterpriseId: number;
  selectedId: number | null;
}) {
  const selected = node.id === selectedId;
  return (
    <li>
      <Link
        href={`/admin/enterprises/${enterpriseId}?org=${node.id}#org-editor`}
        aria-current={selected ? "true" : undefined}
        className={cx(
          "flex items-start justify-between gap-2 rounded-md px-2 py-1.5 hover:bg-canvas",
          selected && "bg-accent-50 ring-1 ring-accent-200 ring-inset hover:bg-accent-50",
          !node.isActive && "text-muted",
        )}
      >
        <span className="min-w-0">
          <span className={cx("block font-medium break-words", node.isActive ? "text-ink" : "text-muted line-through")}>
            {node.name}
          </span>
          <span className="block text-xs text-muted">
            {ORG_LEVEL_LABELS[node.level]}
            {node.level === "BRANCH" && ` · 党员 ${formatNumber(node.memberCount)} 人`}
            {node._count.sites > 0 && ` · 观摩点 ${node._count.sites} 个`}
          </span>
        </span>
        {!node.isActive && <Badge className="mt-0.5">已停用</Badge>}
      </Link>
      {node.children.length > 0 && (
        <ul className="mt-1 ml-2.5 grid gap-1 border-l border-line-strong pl-2.5 sm:ml-4 sm:pl-4">
          {node.children.map((child) => (
            <OrgTreeItem key={child.id} node={child} enterpriseId={enterpriseId} selectedId={selectedId} />
          ))}
        </ul>
      )}
    </li>
  );
}
