import "server-only";
import { db } from "@/lib/db";
import type { Database } from "@/lib/prisma-client";
import type { SessionUser } from "@/lib/auth/session-user";
import { HELD_TOUR_STATUSES, visibleToursWhere } from "@/lib/tours/views/access";
import type { InstantRange } from "@/lib/tours/views/calendar-grid";

/**
 * The site page is open to every signed-in user: a site and what happened there (its stops on
 * published and completed tours, and the remarks made at them) are the campaign's shared record.
 */

/** How many past visits and remarks the page lists (the calendar reaches the rest). */
export const SITE_HISTORY_LIMIT = 50;

const heldStopWhere = (siteId: number) => ({ siteId, tour: { status: { in: [...HELD_TOUR_STATUSES] } } });

export async function findSite(siteId: number, database: Database = db()) {
  return database.site.findUnique({
    where: { id: siteId },
    select: {
      id: true,
      name: true,
      theme: true,
      highlights: true,
      address: true,
      capacity: true,
      isActive: true,
      partyOrganization: { select: { name: true, enterprise: { select: { name: true, shortName: true } } } },
    },
  });
}

export type SitePage = NonNullable<Awaited<ReturnType<typeof findSite>>>;

const siteStopSelect = {
  id: true,
  sequence: true,
  arriveAt: true,
  departAt: true,
  tour: { select: { id: true, title: true, status: true, phase: { select: { name: true } } } },
} as const;

/** Stops at the site on held tours that start inside the range (a month grid). */
export async function siteCalendarStops(siteId: number, range: InstantRange, database: Database = db()) {
  return database.tourStop.findMany({
    where: { ...heldStopWhere(siteId), arriveAt: { gte: range.start, lt: range.end } },
    orderBy: [{ arriveAt: "asc" }, { id: "asc" }],
    select: siteStopSelect,
  });
}

/** The latest visits to the site, newest first, with how many remarks each left. */
export async function siteVisits(siteId: number, database: Database = db()) {
  return database.tourStop.findMany({
    where: heldStopWhere(siteId),
    orderBy: [{ arriveAt: "desc" }, { id: "desc" }],
    take: SITE_HISTORY_LIMIT,
    select: { ...siteStopSelect, _count: { select: { remarks: true } } },
  });
}

export type SiteVisit = Awaited<ReturnType<typeof siteVisits>>[number];

/** The remarks made at the site's stops on held tours, newest first. */
export async function siteRemarks(siteId: number, database: Database = db()) {
  return database.remark.findMany({
    where: { stop: heldStopWhere(siteId) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: SITE_HISTORY_LIMIT,
    select: {
      id: true,
      content: true,
      createdAt: true,
      authorId: true,
      author: { select: { displayName: true, title: true, enterprise: { select: { shortName: true } } } },
      guest: { select: { name: true, unit: true, title: true } },
      recordedById: true,
      recordedBy: { select: { displayName: true } },
      stop: { select: { tour: { select: { id: true, title: true, startsAt: true } } } },
    },
  });
}

/** Of the given tours, those the viewer may open (the others are listed without a link). */
export async function visibleTourIds(
  tourIds: readonly number[],
  viewer: Pick<SessionUser, "id" | "role">,
  database: Database = db(),
) {
  if (tourIds.length === 0) return new Set<number>();
  const rows = await database.tour.findMany({
    where: { id: { in: [...new Set(tourIds)] }, ...visibleToursWhere(viewer) },
    select: { id: true },
  });
  return new Set(rows.map((row) => row.id));
}
