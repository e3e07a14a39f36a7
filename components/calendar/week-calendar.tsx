import { cx } from "@/components/ui/cx";
import { DayList } from "@/components/calendar/month-calendar";
import { EntryChip } from "@/components/calendar/entry-chip";
import type { CalendarEntry } from "@/components/calendar/types";
import {
  chinaDayStart,
  groupByDay,
  WEEKDAY_LABELS,
  type DateKey,
  type WeekGrid,
} from "@/lib/tours/views/calendar-grid";
import { formatMonthDay } from "@/lib/format";

/** A week: seven columns with each entry in full on wider screens, a list of the seven days on phones. */
export function WeekCalendar({
  grid,
  entries,
  todayKey,
}: {
  grid: WeekGrid;
  entries: readonly CalendarEntry[];
  todayKey: DateKey;
}) {
  const byDay = groupByDay(entries, (entry) => entry.start);
  return (
    <>
      <ol
        className="hidden grid-cols-7 gap-px overflow-hidden rounded-md border border-line bg-line md:grid"
        data-testid="week-grid"
      >
        {grid.days.map((day) => {
          const items = byDay.get(day.key) ?? [];
          const isToday = day.key === todayKey;
          return (
            <li key={day.key} className="min-h-48 bg-surface p-1.5">
              <p className={cx("mb-1.5 text-xs", isToday ? "font-semibold text-accent-800" : "text-muted")}>
                周{WEEKDAY_LABELS[day.weekday]}{" "}
                <span className="tabular">{formatMonthDay(chinaDayStart(day.key))}</span>
                {isToday && " · 今天"}
              </p>
              <ul className="space-y-1.5">
                {items.map((entry) => (
                  <li key={entry.key}>
                    <EntryChip entry={entry} detailed />
                  </li>
                ))}
              </ul>
            </li>
          );
        })}
      </ol>
      <div className="md:hidden" data-testid="week-list">
        <DayList
          days={grid.days.map((day) => ({ key: day.key, entries: byDay.get(day.key) ?? [] }))}
          todayKey={todayKey}
        />
      </div>
    </>
  );
}
