import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { CalendarToolbar } from "@/components/calendar/calendar-toolbar";
import { MonthCalendar } from "@/components/calendar/month-calendar";
import type { CalendarEntry } from "@/components/calendar/types";
import { RemarkList } from "@/components/remarks/remark-list";
import { Fact } from "@/components/tours/views/tour-facts";
import { TourStatusBadge } from "@/components/tours/views/tour-status-badge";
import { parseIdSegment } from "@/lib/api/query";
import { requireUser } from "@/lib/auth/current-user";
import { formatDate, formatNumber } from "@/lib/format";
import { dayKeyOf, monthGrid, startOfMonth } from "@/lib/tours/views/calendar-grid";
import { calendarHref, parseCalendarQuery } from "@/lib/tours/views/calendar-params";
import { formatTimeRange, formatYearMonth } from "@/lib/tours/views/format";
import {
  findSite,
  SITE_HISTORY_LIMIT,
  siteCalendarStops,
  siteRemarks,
  siteVisits,
  visibleTourIds,
} from "@/lib/tours/views/site-queries";

export const metadata: Metadata = { title: "观摩点" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/**
 * A site's public page (any signed-in user): what it shows, its published and completed tours by
 * month, and what delegations said there. Tours are linked for those who may open them.
 */
export default async function SitePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: SearchParams;
}) {
  const user = await requireUser();
  const id = parseIdSegment((await params).id);
  const site = id ? await findSite(id) : null;
  if (!site) notFound();

  const query = parseCalendarQuery(await searchParams);
  const [visits, remarks] = await Promise.all([siteVisits(site.id), siteRemarks(site.id)]);
  const todayKey = dayKeyOf(new Date());
  // Without a month chosen, open on the latest visit (or this month when there was none).
  const date = query.date ?? (visits[0] ? dayKeyOf(visits[0].arriveAt) : todayKey);
  const grid = monthGrid(date);
  const [stops, openable] = await Promise.all([
    siteCalendarStops(site.id, grid.range),
    visibleTourIds([...visits.map((visit) => visit.tour.id), ...remarks.map((remark) => remark.stop.tour.id)], user),
  ]);
  const path = `/sites/${site.id}`;
  const entries: CalendarEntry[] = stops.map((stop) => ({
    key: `stop-${stop.id}`,
    start: stop.arriveAt,
    end: stop.departAt,
    title: stop.tour.title,
    meta: stop.tour.phase.name,
    href: openable.has(stop.tour.id) ? `/tours/${stop.tour.id}` : undefined,
    status: stop.tour.status,
  }));
  const tourLink = (tour: { id: number; title: string }) =>
    openable.has(tour.id) ? (
      <Link href={`/tours/${tour.id}`} className="text-accent-800 hover:underline">
        {tour.title}
      </Link>
    ) : (
      tour.title
    );

  return (
    <>
      <PageHeader
        title={site.name}
        description={
          <>
            {site.partyOrganization.name} · {site.partyOrganization.enterprise.shortName}{" "}
            {!site.isActive && <Badge>已停用</Badge>}
          </>
        }
      />
      <div className="grid gap-6 lg:grid-cols-3">
        <Card title="观摩点概况" className="self-start">
          <dl className="grid gap-3 text-sm">
            <Fact label="主题">{site.theme}</Fact>
            {site.highlights && (
              <Fact label="亮点">
                <span className="whitespace-pre-line">{site.highlights}</span>
              </Fact>
            )}
            <Fact label="地址">{site.address}</Fact>
            <Fact label="可容纳">{formatNumber(site.capacity)} 人</Fact>
            <Fact label="所属单位">{site.partyOrganization.enterprise.name}</Fact>
          </dl>
        </Card>

        <div className="space-y-6 lg:col-span-2">
          <Card title="观摩日历" description="已发布和已完成的观摩活动在本点的时段">
            <CalendarToolbar
              title={formatYearMonth(grid.year, grid.month)}
              previous={{ label: "上月", href: calendarHref(path, { view: "month", date: grid.previous }) }}
              today={{ label: "本月", href: calendarHref(path, { view: "month", date: startOfMonth(todayKey) }) }}
              next={{ label: "下月", href: calendarHref(path, { view: "month", date: grid.next }) }}
            />
            <div className="mt-4">
              <MonthCalendar grid={grid} entries={entries} todayKey={todayKey} emptyText="本月没有在此观摩" />
            </div>
          </Card>

          <Card
            title="历次观摩"
            description={visits.length >= SITE_HISTORY_LIMIT ? `最近 ${SITE_HISTORY_LIMIT} 次` : undefined}
          >
            {visits.length === 0 ? (
              <EmptyState title="还没有观摩活动到过这里" />
            ) : (
              <ul aria-label="历次观摩" className="-my-2 divide-y divide-line">
                {visits.map((visit) => (
                  <li key={visit.id} className="flex items-start justify-between gap-3 py-2.5 text-sm">
                    <div className="min-w-0">
                      <p className="font-medium text-ink">{tourLink(visit.tour)}</p>
                      <p className="text-xs text-muted">
                        <span className="tabular">
                          {formatDate(visit.arriveAt)} {formatTimeRange(visit.arriveAt, visit.departAt)}
                        </span>{" "}
                        · {visit.tour.phase.name} · 第 {visit.sequence} 站
                        {visit._count.remarks > 0 && ` · 发言 ${visit._count.remarks} 条`}
                      </p>
                    </div>
                    <TourStatusBadge status={visit.tour.status} />
                  </li>
                ))}
              </ul>
            )}
          </Card>

          <Card title="互动交流" description="观摩团成员在本点观摩后的发言">
            {remarks.length === 0 ? (
              <EmptyState title="暂无发言记录" />
            ) : (
              <RemarkList
                remarks={remarks}
                label="本观摩点的互动交流发言"
                context={(remark) => (
                  <>
                    {tourLink(remark.stop.tour)} · {formatDate(remark.stop.tour.startsAt)}
                  </>
                )}
              />
            )}
          </Card>
        </div>
      </div>
    </>
  );
}
