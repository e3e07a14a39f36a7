import "server-only";
import { env } from "@/lib/env";
import { apiFile } from "@/lib/api/responses";
import {
  CALENDAR_CONTENT_TYPE,
  calendarContentDisposition,
  tourCalendarFile,
  type TourForCalendar,
} from "@/lib/tours/views/tour-ical";

/** The platform's public address for links inside files (NEXTAUTH_URL, else the request's own). */
function publicOrigin(request: Request): string {
  return (env().NEXTAUTH_URL ?? new URL(request.url).origin).replace(/\/+$/, "");
}

/** A tour's .ics download, the same for the page route and the API route. */
export function tourCalendarResponse(request: Request, tour: TourForCalendar, now: Date = new Date()): Response {
  const body = tourCalendarFile(tour, `${publicOrigin(request)}/tours/${tour.id}`, now);
  return apiFile(body, {
    "Content-Type": CALENDAR_CONTENT_TYPE,
    "Content-Disposition": calendarContentDisposition(tour),
  });
}
