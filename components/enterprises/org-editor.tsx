import { ActiveToggle } from "@/components/enterprises/active-toggle";
import { OrgForm } from "@/components/enterprises/org-form";
import { OrgMoveForm } from "@/components/enterprises/org-move-form";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { setOrgActiveAction } from "@/lib/enterprises/org-actions";
import { parentOptions } from "@/lib/enterprises/parent-options";
import type { OrganizationRow } from "@/lib/enterprises/queries";
import { descendantIds, flattenTree, buildTree, type OrgTreeNode } from "@/lib/enterprises/tree";
import { ORG_LEVEL_LABELS } from "@/lib/labels";

/** The selected organisation: edit, move (with its branch) and disable or enable. */
export function OrgEditor({ org, rows }: { org: OrgTreeNode<OrganizationRow>; rows: OrganizationRow[] }) {
  const ordered = flattenTree(buildTree(rows));
  const below = descendantIds(rows, org.id);
  const branchRows = rows.filter((row) => row.id === org.id || below.has(row.id));
  const activeBelow = branchRows.filter((row) => row.id !== org.id && row.isActive).length;
  const sites = branchRows.reduce((sum, row) => sum + row._count.sites, 0);

  return (
    <Card
      title={org.name}
      description={ORG_LEVEL_LABELS[org.level]}
      actions={org.isActive ? <Badge tone="success">启用</Badge> : <Badge>已停用</Badge>}
    >
      <div className="grid gap-6">
        <OrgForm key={org.id} mode="edit" org={org} />
        <section className="border-t border-line pt-4" aria-label="调整上级">
          <h3 className="mb-3 text-sm font-semibold text-ink">调整上级</h3>
          <OrgMoveForm
            key={org.id}
            orgId={org.id}
            currentParentId={org.parentId}
            parents={parentOptions(ordered, org)}
          />
        </section>
        <section className="border-t border-line pt-4" aria-label={org.isActive ? "停用" : "启用"}>
          <p className="mb-3 text-sm text-muted">
            {org.isActive
              ? "停用后，该党组织及其全部下级、其下观摩点不再出现在选择列表中。"
              : "启用会同时恢复其下级党组织；观摩点需在观摩点页面逐个启用。"}
          </p>
          <ActiveToggle
            key={`${org.id}-${org.isActive}`}
            action={setOrgActiveAction}
            fields={{ orgId: org.id }}
            isActive={org.isActive}
            noun="党组织"
            name={org.name}
            consequences={
              <>
                <p>
                  其下 {activeBelow} 个启用中的下级党组织和 {sites} 个观摩点将一并停用。
                </p>
                <p>若其中的观摩点已安排在尚未结束的观摩活动中，将不能停用。已有的评分、报告等记录保留。</p>
              </>
            }
          />
        </section>
      </div>
    </Card>
  );
}
