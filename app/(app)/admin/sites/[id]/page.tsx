import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActiveToggle } from "@/components/enterprises/active-toggle";
import { SiteForm } from "@/components/sites/site-form";
import { SitePhotos } from "@/components/sites/site-photos";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import { setSiteActiveAction } from "@/lib/sites/actions";
import { findSiteForSetup, listHostOptions } from "@/lib/sites/queries";

export const metadata: Metadata = { title: "观摩点" };

export default async function SitePage({ params }: { params: Promise<{ id: string }> }) {
  await requirePermission("enterprise.manage");
  const id = Number((await params).id);
  const site = Number.isInteger(id) && id > 0 ? await findSiteForSetup(id) : null;
  if (!site) notFound();
  const hosts = await listHostOptions(site.partyOrganizationId);

  return (
    <>
      <PageHeader
        title={site.name}
        description={
          <>
            <Link
              href={`/admin/enterprises/${site.partyOrganization.enterprise.id}`}
              className="underline-offset-2 hover:underline"
            >
              {site.partyOrganization.enterprise.shortName}
            </Link>{" "}
            · {site.partyOrganization.name} {site.isActive ? <Badge tone="success">启用</Badge> : <Badge>已停用</Badge>}
          </>
        }
        actions={
          <Link href="/admin/sites" className="text-sm text-ink-soft underline-offset-2 hover:underline">
            返回观摩点列表
          </Link>
        }
      />
      <div className="grid gap-6">
        <Card title="照片" description="观摩点页面和观摩安排中展示">
          <SitePhotos siteId={site.id} siteName={site.name} photos={site.photos} />
        </Card>
        <Card title="基本信息">
          <SiteForm hosts={hosts} existing={site} />
        </Card>
        <Card title={site.isActive ? "停用观摩点" : "启用观摩点"}>
          <p className="mb-3 text-sm text-muted">
            {site.isActive
              ? "停用后不能再把它安排进观摩活动；已有的观摩记录保留。"
              : "启用后可以再安排进观摩活动；所属党组织和企业须为启用状态。"}
          </p>
          <ActiveToggle
            key={String(site.isActive)}
            action={setSiteActiveAction}
            fields={{ siteId: site.id }}
            isActive={site.isActive}
            noun="观摩点"
            name={site.name}
            consequences={
              <>
                <p>停用后，该观摩点不能再安排进观摩活动。</p>
                <p>若它已安排在尚未结束的观摩活动中，将不能停用。</p>
              </>
            }
          />
        </Card>
      </div>
    </>
  );
}
