import { z } from "zod";
import { queryReader, type SearchParams } from "@/lib/search-params";
import { isDateKey, type CalendarView, type DateKey } from "@/lib/tours/views/calendar-grid";

/**
 * The calendars keep their state in the URL (?phase=&view=&date=), so every state is a link that
 * can be shared, bookmarked and rendered on the server. Malformed values are dropped, never fatal.
 */

export type CalendarQuery = {
  phaseId?: number;
  view: CalendarView;
  /** Any day of the month or week shown. */
  date?: DateKey;
};

const FIELDS = {
  phase: { schema: z.coerce.number().int().positive().max(2_147_483_647), label: "阶段" },
  view: { schema: z.enum(["month", "week"]), label: "视图" },
  date: { schema: z.string().refine(isDateKey), label: "日期" },
} as const;

export function parseCalendarQuery(params: SearchParams): CalendarQuery {
  const { read } = queryReader(params, FIELDS);
  const phaseId = read("phase");
  const date = read("date");
  return { view: read("view") ?? "month", ...(phaseId ? { phaseId } : {}), ...(date ? { date } : {}) };
}

/** A calendar URL; the month view and an absent date are the defaults and left out. */
export function calendarHref(path: string, query: CalendarQuery): string {
  const search = new URLSearchParams();
  if (query.phaseId) search.set("phase", String(query.phaseId));
  if (query.view !== "month") search.set("view", query.view);
  if (query.date) search.set("date", query.date);
  const text = search.toString();
  return text ? `${path}?${text}` : path;
}

/**
 * Where a phase's calendar opens: today while the phase runs, otherwise its first day (a closed
 * phase is looked at for what happened in it, a planned one for what is coming).
 */
export function defaultPhaseDate(phase: { startsOn: Date; endsOn: Date }, today: DateKey): DateKey {
  const startsOn = phase.startsOn.toISOString().slice(0, 10);
  const endsOn = phase.endsOn.toISOString().slice(0, 10);
  return today >= startsOn && today <= endsOn ? today : startsOn;
}
