import { cx } from "@/components/ui/cx";
import { EmptyState } from "@/components/ui/empty-state";
import { EntryChip } from "@/components/calendar/entry-chip";
import type { CalendarEntry } from "@/components/calendar/types";
import {
  chinaDayStart,
  groupByDay,
  WEEKDAY_LABELS,
  type DateKey,
  type MonthGrid,
} from "@/lib/tours/views/calendar-grid";
import { formatMonthDayWeekday, formatYearMonth } from "@/lib/tours/views/format";

/**
 * A month: a Monday-first grid on wider screens; on phones, where seven columns cannot hold a
 * title, the same month as a list of the days that have something on them.
 */
export function MonthCalendar({
  grid,
  entries,
  todayKey,
  emptyText,
}: {
  grid: MonthGrid;
  entries: readonly CalendarEntry[];
  todayKey: DateKey;
  emptyText: string;
}) {
  const byDay = groupByDay(entries, (entry) => entry.start);
  const busyDays = grid.weeks.flat().filter((day) => day.inMonth && byDay.has(day.key));
  return (
    <>
      <table className="hidden w-full table-fixed border-collapse md:table" data-testid="month-grid">
        <caption className="sr-only">{formatYearMonth(grid.year, grid.month)}</caption>
        <thead>
          <tr>
            {WEEKDAY_LABELS.map((label, index) => (
              <th
                key={label}
                scope="col"
                className={cx("pb-1 text-xs font-medium", index >= 5 ? "text-accent-800" : "text-muted")}
              >
                周{label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {grid.weeks.map((week) => (
            <tr key={week[0]!.key}>
              {week.map((day) => {
                const items = byDay.get(day.key) ?? [];
                const isToday = day.key === todayKey;
                return (
                  <td
                    key={day.key}
                    className={cx("h-28 border border-line p-1 align-top", day.inMonth ? "bg-surface" : "bg-canvas/70")}
                  >
                    <span
                      className={cx(
                        "tabular inline-flex size-6 items-center justify-center rounded-full text-xs",
                        isToday && "bg-accent-700 font-semibold text-white",
                        !isToday && (day.inMonth ? "text-ink" : "text-muted/70"),
                      )}
                    >
                      {day.day}
                      {isToday && <span className="sr-only">（今天）</span>}
                    </span>
                    {items.length > 0 && (
                      <ul className="mt-0.5 space-y-1">
                        {items.map((entry) => (
                          <li key={entry.key}>
                            <EntryChip entry={entry} />
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>

      <div className="md:hidden" data-testid="month-list">
        {busyDays.length === 0 ? (
          <EmptyState title={emptyText} />
        ) : (
          <DayList
            days={busyDays.map((day) => ({ key: day.key, entries: byDay.get(day.key) ?? [] }))}
            todayKey={todayKey}
          />
        )}
      </div>
      {busyDays.length === 0 && <p className="mt-3 hidden text-center text-sm text-muted md:block">{emptyText}</p>}
    </>
  );
}

/** Days as a list, each with its entries in full (the phone form of both views). */
export function DayList({
  days,
  todayKey,
}: {
  days: readonly { key: DateKey; entries: readonly CalendarEntry[] }[];
  todayKey: DateKey;
}) {
  return (
    <ol className="divide-y divide-line">
      {days.map((day) => (
        <li key={day.key} className="flex gap-3 py-3">
          <p
            className={cx(
              "w-20 shrink-0 text-sm",
              day.key === todayKey ? "font-semibold text-accent-800" : "text-ink-soft",
            )}
          >
            {formatMonthDayWeekday(chinaDayStart(day.key))}
            {day.key === todayKey && <span className="block text-xs">今天</span>}
          </p>
          <div className="min-w-0 flex-1">
            {day.entries.length === 0 ? (
              <p className="text-sm text-muted">无安排</p>
            ) : (
              <ul className="space-y-2">
                {day.entries.map((entry) => (
                  <li key={entry.key}>
                    <EntryChip entry={entry} detailed />
                  </li>
                ))}
              </ul>
            )}
          </div>
        </li>
      ))}
    </ol>
  );
}
