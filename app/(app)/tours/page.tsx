import type { Metadata } from "next";
import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { TourList } from "@/components/tours/tour-list";
import { TourListFilters } from "@/components/tours/tour-list-filters";
import { Pagination } from "@/components/ui/pagination";
import { requirePermission } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { formatNumber } from "@/lib/format";
import { parseTourListFilter, tourListHref } from "@/lib/tours/list-filter";
import { tourListPage } from "@/lib/tours/list-queries";

export const metadata: Metadata = { title: "观摩活动" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function ToursPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requirePermission("tour.readAll");
  const filter = parseTourListFilter(await searchParams);
  const canManage = can(user.role, "tour.manage");
  const page = await tourListPage(filter, { includeDrafts: canManage });

  return (
    <>
      <PageHeader
        title="观摩活动"
        description={
          canManage
            ? "各阶段观摩活动的日程、观摩点和观摩团。同一观摩点、同一人员同一时间只能安排一个已发布的活动。"
            : "各阶段已发布的观摩活动的日程、观摩点和观摩团。"
        }
        actions={
          canManage && (
            <Link href="/tours/new" className={buttonClasses()}>
              新建观摩活动
            </Link>
          )
        }
      />
      <Card>
        <TourListFilters phases={page.phases} phaseId={page.phaseId} status={filter.status} includeDrafts={canManage} />
        <p className="mt-4 text-sm text-muted" data-testid="tour-count">
          共 {formatNumber(page.total)} 项观摩活动
        </p>
        <div className="mt-3">
          {page.rows.length === 0 ? (
            <EmptyState
              title={page.total === 0 ? "没有符合条件的观摩活动" : "这一页没有观摩活动"}
              description={canManage && page.total === 0 ? "可以新建一项观摩活动，或调整筛选条件。" : undefined}
            />
          ) : (
            <TourList rows={page.rows} phases={page.phases} canManage={canManage} />
          )}
        </div>
        {page.pageCount > 1 && (
          <Pagination page={page.page} pageCount={page.pageCount} hrefFor={(target) => tourListHref(filter, target)} />
        )}
      </Card>
    </>
  );
}
