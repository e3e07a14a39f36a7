import { apiRoute } from "@/lib/api/auth";
import { parseIdSegment } from "@/lib/api/query";
import { notFound } from "@/lib/errors";
import { findTourForCalendar } from "@/lib/tours/views/queries";
import { tourCalendarResponse } from "@/lib/tours/views/calendar-response";

export const dynamic = "force-dynamic";

/** GET /api/v1/tours/{id}/calendar.ics: one VEVENT per stop (docs/api.md). */
export const GET = apiRoute<{ id: string }>("tours.calendar", "api.read", async (request, { user, params }) => {
  const id = parseIdSegment(params.id);
  const tour = id ? await findTourForCalendar(id, user) : null;
  if (!tour) throw notFound("观摩活动");
  return tourCalendarResponse(request, tour);
});
