import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActiveToggle } from "@/components/enterprises/active-toggle";
import { EnterpriseForm } from "@/components/enterprises/enterprise-form";
import { OrgEditor } from "@/components/enterprises/org-editor";
import { OrgForm } from "@/components/enterprises/org-form";
import { OrgTree } from "@/components/enterprises/org-tree";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import { setEnterpriseActiveAction } from "@/lib/enterprises/actions";
import { parentOptions } from "@/lib/enterprises/parent-options";
import { findEnterpriseForSetup, listOrganizations } from "@/lib/enterprises/queries";
import { buildTree, flattenTree } from "@/lib/enterprises/tree";
import { ENTERPRISE_CATEGORY_LABELS } from "@/lib/labels";

export const metadata: Metadata = { title: "企业与党组织" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ org?: string }> };

export default async function EnterprisePage({ params, searchParams }: Props) {
  await requirePermission("enterprise.manage");
  const id = Number((await params).id);
  const enterprise = Number.isInteger(id) && id > 0 ? await findEnterpriseForSetup(id) : null;
  if (!enterprise) notFound();
  const rows = await listOrganizations(enterprise.id);
  const roots = buildTree(rows);
  const ordered = flattenTree(roots);
  const selectedId = Number((await searchParams).org);
  const selected = ordered.find((node) => node.id === selectedId) ?? null;
  const siteCount = rows.reduce((sum, row) => sum + row._count.sites, 0);

  return (
    <>
      <PageHeader
        title={enterprise.shortName}
        description={
          <>
            {enterprise.name} · {ENTERPRISE_CATEGORY_LABELS[enterprise.category]}{" "}
            {enterprise.isActive ? <Badge tone="success">启用</Badge> : <Badge>已停用</Badge>}
          </>
        }
        actions={
          <Link href="/admin/enterprises" className="text-sm text-ink-soft underline-offset-2 hover:underline">
            返回企业列表
          </Link>
        }
      />
      {/* Phone order: the selected organisation, the tree, the add form; desktop: the tree beside the other two. */}
      <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_26rem]">
        {selected && (
          <div id="org-editor" className="scroll-mt-20 lg:col-start-2 lg:row-start-1">
            <OrgEditor org={selected} rows={rows} />
          </div>
        )}
        <Card
          title="党组织架构"
          description={`共 ${rows.length} 个党组织，${siteCount} 个观摩点。点党组织进行修改、移动或停用。`}
          className="lg:col-start-1 lg:row-span-2 lg:row-start-1"
        >
          {roots.length === 0 ? (
            <EmptyState title="还没有党组织" description="先添加本企业的党委（党组）。" />
          ) : (
            <OrgTree roots={roots} enterpriseId={enterprise.id} selectedId={selected?.id ?? null} />
          )}
        </Card>
        <Card title="添加党组织" className="lg:col-start-2">
          <details open={!selected}>
            <summary className="cursor-pointer text-sm font-medium text-ink-soft select-none hover:text-ink">
              {selected ? `在「${selected.name}」下或其他位置添加` : "填写新党组织"}
            </summary>
            <div className="mt-4">
              <OrgForm
                mode="create"
                enterpriseId={enterprise.id}
                parents={parentOptions(ordered, null)}
                defaultParentId={selected && selected.level !== "BRANCH" && selected.isActive ? selected.id : null}
              />
            </div>
          </details>
        </Card>
      </div>
      <div className="mt-6 grid gap-6 lg:grid-cols-2">
        <Card title="企业信息">
          <EnterpriseForm existing={enterprise} />
        </Card>
        <Card title={enterprise.isActive ? "停用企业" : "启用企业"}>
          <p className="mb-3 text-sm text-muted">
            {enterprise.isActive
              ? "停用后，本企业及其全部党组织、观摩点不再出现在各处的选择列表中；已有的评分、报告等记录保留。"
              : "启用后只恢复企业本身；党组织和观摩点请在上方逐一启用。"}
          </p>
          <ActiveToggle
            action={setEnterpriseActiveAction}
            fields={{ enterpriseId: enterprise.id }}
            isActive={enterprise.isActive}
            noun="企业"
            name={enterprise.shortName}
            consequences={
              <>
                <p>本企业的全部 {rows.filter((row) => row.isActive).length} 个启用中的党组织和其下观摩点将一并停用。</p>
                <p>若有观摩点已安排在尚未结束的观摩活动中，将不能停用。</p>
              </>
            }
          />
        </Card>
      </div>
    </>
  );
}
