import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { TourStatusBadge } from "@/components/tours/views/tour-status-badge";
import { formatDate, formatTime } from "@/lib/format";
import { DELEGATION_PART_LABELS } from "@/lib/labels";
import { formatTimeRange, formatWeekday } from "@/lib/tours/views/format";
import type { MyTour } from "@/lib/tours/views/queries";

/**
 * One tour in 我的观摩 (past ones with quieter buttons), laid out for a phone: the day and hours large, then where to be (meeting
 * point, first stop), the person's part, and the three things they open from here.
 */
export function MyTourCard({ tour, past = false }: { tour: MyTour; past?: boolean }) {
  const seat = tour.delegation[0];
  const firstStop = tour.stops[0];
  return (
    <article
      data-testid="my-tour"
      aria-labelledby={`my-tour-${tour.id}`}
      className="rounded-card border border-line bg-surface p-4 shadow-card sm:p-5"
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <p className="text-sm font-medium text-accent-800">
            {formatDate(tour.startsAt)} {formatWeekday(tour.startsAt)}
          </p>
          <p className="tabular text-2xl font-semibold tracking-tight text-ink">
            {formatTimeRange(tour.startsAt, tour.endsAt)}
          </p>
        </div>
        <div className="flex flex-wrap gap-1.5">
          {seat && (
            <>
              {seat.part === "HEAD" && <Badge tone="accent">{DELEGATION_PART_LABELS.HEAD}</Badge>}
              {seat.isScoring ? <Badge tone="info">评分成员</Badge> : <Badge>不评分</Badge>}
            </>
          )}
          <TourStatusBadge status={tour.status} />
        </div>
      </div>

      <h3 id={`my-tour-${tour.id}`} className="mt-2 text-base font-semibold text-ink">
        {tour.title}
      </h3>
      <p className="text-sm text-muted">{tour.phase.name}</p>

      <dl className="mt-3 space-y-2 text-sm">
        <div>
          <dt className="text-muted">集合</dt>
          <dd className="text-ink">
            {tour.meetingPoint ? (
              <>
                <span className="tabular font-medium">{formatTime(tour.startsAt)}</span> {tour.meetingPoint}
              </>
            ) : (
              "另行通知"
            )}
          </dd>
        </div>
        {firstStop && (
          <div>
            <dt className="text-muted">第一站{tour._count.stops > 1 ? `（共 ${tour._count.stops} 站）` : ""}</dt>
            <dd className="text-ink">
              <span className="tabular font-medium">{formatTimeRange(firstStop.arriveAt, firstStop.departAt)}</span>{" "}
              <Link href={`/sites/${firstStop.site.id}`} className="hover:text-accent-800 hover:underline">
                {firstStop.site.name}
              </Link>
              <span className="block text-muted">{firstStop.site.address}</span>
            </dd>
          </div>
        )}
      </dl>

      <div className="mt-4 grid grid-cols-3 gap-2">
        <Link
          href={`/tours/${tour.id}`}
          className={buttonClasses({ variant: past ? "secondary" : "primary", className: "px-2" })}
        >
          详情
        </Link>
        <Link
          href={`/tours/${tour.id}/itinerary`}
          className={buttonClasses({ variant: "secondary", className: "px-2" })}
        >
          安排表
        </Link>
        <a
          href={`/tours/${tour.id}/calendar.ics`}
          download
          className={buttonClasses({ variant: "secondary", className: "px-2" })}
        >
          加入日历
        </a>
      </div>
    </article>
  );
}
