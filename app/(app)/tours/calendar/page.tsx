import type { Metadata } from "next";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { CalendarToolbar } from "@/components/calendar/calendar-toolbar";
import { MonthCalendar } from "@/components/calendar/month-calendar";
import { PhasePicker } from "@/components/calendar/phase-picker";
import type { CalendarEntry } from "@/components/calendar/types";
import { WeekCalendar } from "@/components/calendar/week-calendar";
import { requirePermission } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { formatDateRange, formatMonthDay, formatDate } from "@/lib/format";
import { PHASE_STATUS_LABELS } from "@/lib/labels";
import {
  chinaDayStart,
  dayKeyOf,
  monthGrid,
  startOfMonth,
  startOfWeek,
  weekGrid,
} from "@/lib/tours/views/calendar-grid";
import { calendarHref, defaultPhaseDate, parseCalendarQuery } from "@/lib/tours/views/calendar-params";
import { formatYearMonth } from "@/lib/tours/views/format";
import {
  listCalendarPhases,
  phaseCalendarTours,
  type CalendarPhase,
  type CalendarTour,
} from "@/lib/tours/views/queries";

export const metadata: Metadata = { title: "观摩日历" };

const PATH = "/tours/calendar";

/** The running phase of the newest campaign, else that campaign's first phase. */
function defaultPhase(phases: readonly CalendarPhase[]): CalendarPhase | undefined {
  const newestYear = phases[0]?.campaign.year;
  return phases.find((phase) => phase.campaign.year === newestYear && phase.status === "ACTIVE") ?? phases[0];
}

function toEntry(tour: CalendarTour): CalendarEntry {
  const people = tour._count.delegation + tour._count.guests;
  return {
    key: `tour-${tour.id}`,
    start: tour.startsAt,
    end: tour.endsAt,
    title: tour.title,
    meta: `${tour.stops.map((stop) => stop.site.name).join("、") || "未安排观摩点"} · ${people} 人`,
    href: `/tours/${tour.id}`,
    status: tour.status,
  };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** 观摩日历: one phase's tours by month or by week; all state in the query string. */
export default async function TourCalendarPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requirePermission("tour.readAll");
  const query = parseCalendarQuery(await searchParams);
  const phases = await listCalendarPhases();
  const phase = phases.find((candidate) => candidate.id === query.phaseId) ?? defaultPhase(phases);

  if (!phase) {
    return (
      <>
        <PageHeader title="观摩日历" />
        <EmptyState title="还没有设置观摩阶段" />
      </>
    );
  }

  const todayKey = dayKeyOf(new Date());
  const date = query.date ?? defaultPhaseDate(phase, todayKey);
  const base = { phaseId: phase.id, view: query.view } as const;
  const month = query.view === "month" ? monthGrid(date) : null;
  const week = query.view === "week" ? weekGrid(date) : null;
  const range = (month ?? week)!.range;
  const tours = await phaseCalendarTours(phase.id, range, user);
  const entries = tours.map(toEntry);
  const inPeriod = month
    ? entries.filter((entry) => dayKeyOf(entry.start).startsWith(startOfMonth(date).slice(0, 7))).length
    : entries.length;

  return (
    <>
      <PageHeader
        title="观摩日历"
        description={`${phase.name}：${formatDateRange(phase.startsOn, phase.endsOn)} · ${PHASE_STATUS_LABELS[phase.status]}`}
        actions={
          <PhasePicker
            phases={phases.map((candidate) => ({
              id: candidate.id,
              label: `${candidate.campaign.year}年 · ${candidate.name}`,
            }))}
            selectedId={phase.id}
            view={query.view}
          />
        }
      />
      <Card>
        {month ? (
          <CalendarToolbar
            title={formatYearMonth(month.year, month.month)}
            previous={{ label: "上月", href: calendarHref(PATH, { ...base, date: month.previous }) }}
            today={{ label: "本月", href: calendarHref(PATH, { ...base, date: startOfMonth(todayKey) }) }}
            next={{ label: "下月", href: calendarHref(PATH, { ...base, date: month.next }) }}
            views={[
              { label: "月", href: calendarHref(PATH, { ...base, view: "month", date }), current: true },
              { label: "周", href: calendarHref(PATH, { ...base, view: "week", date }), current: false },
            ]}
          />
        ) : (
          <CalendarToolbar
            title={`${formatDate(chinaDayStart(week!.days[0]!.key))} – ${formatMonthDay(chinaDayStart(week!.days[6]!.key))}`}
            previous={{ label: "上周", href: calendarHref(PATH, { ...base, date: week!.previous }) }}
            today={{ label: "本周", href: calendarHref(PATH, { ...base, date: startOfWeek(todayKey) }) }}
            next={{ label: "下周", href: calendarHref(PATH, { ...base, date: week!.next }) }}
            views={[
              {
                label: "月",
                href: calendarHref(PATH, { ...base, view: "month", date: week!.days[0]!.key }),
                current: false,
              },
              { label: "周", href: calendarHref(PATH, { ...base, view: "week", date }), current: true },
            ]}
          />
        )}
        <p className="mt-1 mb-4 text-sm text-muted">
          {month ? "本月" : "本周"}共 {inPeriod} 场观摩活动
          {can(user.role, "tour.manage") && "；虚线框为未发布的草稿"}
        </p>
        {month ? (
          <MonthCalendar grid={month} entries={entries} todayKey={todayKey} emptyText="本月没有观摩活动" />
        ) : (
          <WeekCalendar grid={week!} entries={entries} todayKey={todayKey} />
        )}
      </Card>
    </>
  );
}
