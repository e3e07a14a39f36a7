import { getUserReadyForData } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { parseIdSegment } from "@/lib/api/query";
import { findTourForCalendar } from "@/lib/tours/views/queries";
import { tourCalendarResponse } from "@/lib/tours/views/calendar-response";
import { withDatabaseAvailability } from "@/lib/availability/unavailable";

export const dynamic = "force-dynamic";

/**
 * GET /tours/{id}/calendar.ics: the "加入日历" link of the tour page and 我的观摩, for anyone who
 * may see the tour (its delegation, leaders, staff). A browser without a session is sent to
 * sign in and brought back; a tour the user may not see is 404 like the page.
 */
export const GET = withDatabaseAvailability(async function GET(
  request: Request,
  { params }: { params: Promise<{ id: string }> },
) {
  const user = await getUserReadyForData();
  const url = new URL(request.url);
  if (!user) {
    const login = new URL("/login", url);
    login.searchParams.set("callbackUrl", url.pathname);
    return Response.redirect(login, 307);
  }
  const id = parseIdSegment((await params).id);
  const tour = id && can(user.role, "tour.readOwn") ? await findTourForCalendar(id, user) : null;
  if (!tour) {
    return new Response("观摩活动不存在或您无权查看", {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  }
  return tourCalendarResponse(request, tour);
});
