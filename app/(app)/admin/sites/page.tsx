import type { Metadata } from "next";
import Link from "next/link";
import { SiteFilters } from "@/components/sites/site-filters";
import { SiteTable } from "@/components/sites/site-table";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import { listEnterpriseFilterOptions, listSitesForSetup, type SiteFilters as Filters } from "@/lib/sites/queries";

export const metadata: Metadata = { title: "观摩点" };

type Search = { enterprise?: string; status?: string; q?: string };

function readFilters(search: Search): Filters {
  const enterpriseId = Number(search.enterprise);
  const status = search.status === "inactive" || search.status === "all" ? search.status : "active";
  return {
    enterpriseId: Number.isInteger(enterpriseId) && enterpriseId > 0 ? enterpriseId : null,
    status,
    q: (search.q ?? "").trim().slice(0, 50),
  };
}

export default async function SitesPage({ searchParams }: { searchParams: Promise<Search> }) {
  await requirePermission("enterprise.manage");
  const filters = readFilters(await searchParams);
  const [sites, enterprises] = await Promise.all([listSitesForSetup(filters), listEnterpriseFilterOptions()]);
  return (
    <>
      <PageHeader
        title="观摩点"
        description={`共 ${sites.length} 个观摩点符合条件。观摩点属于党组织，停用后不能再安排观摩。`}
        actions={
          <Link href="/admin/sites/new" className={buttonClasses()}>
            新建观摩点
          </Link>
        }
      />
      <Card>
        <SiteFilters filters={filters} enterprises={enterprises} />
        {sites.length === 0 ? (
          <EmptyState title="没有符合条件的观摩点" description="换个条件，或新建一个观摩点。" />
        ) : (
          <SiteTable sites={sites} />
        )}
      </Card>
    </>
  );
}
