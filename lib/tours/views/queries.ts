import "server-only";
import { db } from "@/lib/db";
import type { Database } from "@/lib/prisma-client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/session-user";
import { HELD_TOUR_STATUSES, visibleToursWhere } from "@/lib/tours/views/access";
import type { InstantRange } from "@/lib/tours/views/calendar-grid";
import type { TourForCalendar } from "@/lib/tours/views/tour-ical";

/**
 * Reads of tours for the people who take part in them or follow them. Every function takes the
 * viewer and applies `visibleToursWhere`, so a tour the viewer may not see is simply absent.
 * Each runs a fixed number of statements whatever the number of tours, stops or people.
 */

type Viewer = Pick<SessionUser, "id" | "role">;

const stopSiteSelect = {
  id: true,
  name: true,
  address: true,
  theme: true,
  partyOrganization: { select: { name: true, enterprise: { select: { shortName: true } } } },
} as const;

const personSelect = {
  displayName: true,
  title: true,
  enterprise: { select: { shortName: true } },
} as const;

/** What the tour page and the printed itinerary both head with. */
const tourHeaderSelect = {
  id: true,
  title: true,
  status: true,
  startsAt: true,
  endsAt: true,
  meetingPoint: true,
  notes: true,
  cancelReason: true,
} satisfies Prisma.TourSelect;

const stopSelect = {
  id: true,
  sequence: true,
  arriveAt: true,
  departAt: true,
  programme: true,
  site: { select: stopSiteSelect },
} satisfies Prisma.TourStopSelect;

/** The delegation and guests; 团长 first (the enum's order), then scoring members, then in the order added. */
const tourPeopleSelect = {
  delegation: {
    orderBy: [{ part: "asc" }, { isScoring: "desc" }, { id: "asc" }],
    select: { userId: true, part: true, isScoring: true, user: { select: personSelect } },
  },
  guests: { orderBy: { id: "asc" }, select: { id: true, name: true, unit: true, title: true } },
} satisfies Prisma.TourSelect;

/** Everything the tour page shows, remarks per stop included; null when absent or not visible. */
export async function findTourPage(tourId: number, viewer: Viewer, database: Database = db()) {
  return database.tour.findFirst({
    where: { id: tourId, ...visibleToursWhere(viewer) },
    select: {
      ...tourHeaderSelect,
      phase: { select: { id: true, name: true, kind: true, status: true, campaign: { select: { name: true } } } },
      stops: {
        orderBy: { sequence: "asc" },
        select: {
          ...stopSelect,
          remarks: {
            orderBy: [{ createdAt: "asc" }, { id: "asc" }],
            select: {
              id: true,
              content: true,
              createdAt: true,
              authorId: true,
              author: { select: personSelect },
              guest: { select: { name: true, unit: true, title: true } },
              recordedById: true,
              recordedBy: { select: { displayName: true } },
            },
          },
        },
      },
      ...tourPeopleSelect,
    },
  });
}

export type TourPage = NonNullable<Awaited<ReturnType<typeof findTourPage>>>;
export type TourPageStop = TourPage["stops"][number];
export type TourPageRemark = TourPageStop["remarks"][number];

/** The printable itinerary: the tour page without remarks. */
export async function findTourItinerary(tourId: number, viewer: Viewer, database: Database = db()) {
  return database.tour.findFirst({
    where: { id: tourId, ...visibleToursWhere(viewer) },
    select: {
      ...tourHeaderSelect,
      phase: { select: { name: true, campaign: { select: { name: true } } } },
      stops: {
        orderBy: { sequence: "asc" },
        select: {
          ...stopSelect,
        },
      },
      ...tourPeopleSelect,
    },
  });
}

export type TourItinerary = NonNullable<Awaited<ReturnType<typeof findTourItinerary>>>;

/** A tour in the shape the iCalendar writer takes; null when absent or not visible. */
export async function findTourForCalendar(
  tourId: number,
  viewer: Viewer,
  database: Database = db(),
): Promise<TourForCalendar | null> {
  const tour = await database.tour.findFirst({
    where: { id: tourId, ...visibleToursWhere(viewer) },
    select: {
      id: true,
      title: true,
      status: true,
      version: true,
      updatedAt: true,
      startsAt: true,
      meetingPoint: true,
      notes: true,
      stops: {
        orderBy: { sequence: "asc" },
        select: {
          id: true,
          sequence: true,
          arriveAt: true,
          departAt: true,
          programme: true,
          site: { select: { name: true, address: true, partyOrganization: { select: { name: true } } } },
        },
      },
    },
  });
  if (!tour) return null;
  return {
    ...tour,
    stops: tour.stops.map(({ site, ...stop }) => ({
      ...stop,
      site: { name: site.name, address: site.address, organizationName: site.partyOrganization.name },
    })),
  };
}

/**
 * 我的观摩: the published or completed tours whose delegation the user is on, with their own seat,
 * the first stop and the number of stops. Split into upcoming (not yet over) and past.
 */
export async function listMyTours(userId: number, now: Date, database: Database = db()) {
  const tours = await database.tour.findMany({
    where: { status: { in: [...HELD_TOUR_STATUSES] }, delegation: { some: { userId } } },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      title: true,
      status: true,
      startsAt: true,
      endsAt: true,
      meetingPoint: true,
      phase: { select: { name: true } },
      stops: {
        orderBy: { sequence: "asc" },
        take: 1,
        select: { arriveAt: true, departAt: true, site: { select: { id: true, name: true, address: true } } },
      },
      delegation: { where: { userId }, select: { part: true, isScoring: true } },
      _count: { select: { stops: true } },
    },
  });
  const upcoming = tours.filter((tour) => tour.endsAt.getTime() >= now.getTime());
  const past = tours.filter((tour) => tour.endsAt.getTime() < now.getTime()).reverse();
  return { upcoming, past };
}

export type MyTour = Awaited<ReturnType<typeof listMyTours>>["upcoming"][number];

/** Phases to choose from on the calendar, newest campaign first, phases in their order. */
export async function listCalendarPhases(database: Database = db()) {
  return database.phase.findMany({
    orderBy: [{ campaign: { year: "desc" } }, { sequence: "asc" }],
    select: {
      id: true,
      name: true,
      kind: true,
      status: true,
      startsOn: true,
      endsOn: true,
      campaign: { select: { year: true } },
    },
  });
}

export type CalendarPhase = Awaited<ReturnType<typeof listCalendarPhases>>[number];

/** A phase's tours that start inside the range (a month or week grid) and the viewer may see. */
export async function phaseCalendarTours(
  phaseId: number,
  range: InstantRange,
  viewer: Viewer,
  database: Database = db(),
) {
  return database.tour.findMany({
    where: { phaseId, startsAt: { gte: range.start, lt: range.end }, ...visibleToursWhere(viewer) },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      title: true,
      status: true,
      startsAt: true,
      endsAt: true,
      stops: { orderBy: { sequence: "asc" }, select: { site: { select: { name: true } } } },
      _count: { select: { delegation: true, guests: true } },
    },
  });
}

export type CalendarTour = Awaited<ReturnType<typeof phaseCalendarTours>>[number];
