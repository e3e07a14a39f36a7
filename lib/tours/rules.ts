import type { DelegationPart, PhaseStatus, TourStatus } from "@/lib/generated/prisma/enums";
import { formatDate, formatDateRange } from "@/lib/format";
import { calendarDay, chinaClock, chinaDay, minutesBetween, overlaps } from "@/lib/tours/time";

/**
 * The scheduling rules of a tour, as pure functions: each takes the tour as it would be saved
 * (and, for the rules about other tours, the bookings that overlap it) and returns every problem
 * it finds, each with a Chinese message naming the stop, site, person or other tour. The server
 * actions run them all and refuse a save or a publish that has any problem (lib/tours/checks.ts);
 * the database holds the two rules about other tours once more with exclusion constraints, for
 * the case where two staff publish at the same moment (lib/tours/bookings.ts, docs/tours.md).
 */

export type RulePhase = {
  id: number;
  name: string;
  status: PhaseStatus;
  /** @db.Date columns: UTC midnight of the first and last day. */
  startsOn: Date;
  endsOn: Date;
  travelMinutes: number;
};

export type RuleSite = { id: number; name: string; capacity: number; isActive: boolean };

export type RuleStop = { site: RuleSite; arriveAt: Date; departAt: Date };

export type RuleMember = { userId: number; name: string; part: DelegationPart };

export type RuleTour = {
  /** null while the tour is being created. */
  id: number | null;
  title: string;
  phase: RulePhase;
  startsAt: Date;
  endsAt: Date;
  /** In visiting order (sequence 1, 2, ...). */
  stops: readonly RuleStop[];
  members: readonly RuleMember[];
  guestCount: number;
};

/** A published or completed tour's hold on a site or a person, as found by the conflict queries. */
export type OtherTourRef = { id: number; title: string; status: TourStatus };
export type SiteBooking = { siteId: number; startsAt: Date; endsAt: Date; tour: OtherTourRef };
export type PersonBooking = { userId: number; startsAt: Date; endsAt: Date; tour: OtherTourRef };

export type RuleName =
  | "phaseOpen"
  | "dateInPhase"
  | "stopsInsideWindow"
  | "stopsDoNotOverlap"
  | "travelTime"
  | "capacity"
  | "activeSites"
  | "siteOneTourAtATime"
  | "personOneTourAtATime"
  | "readyToPublish"
  /** Not a scheduling rule: an edit may not drop stops, scorers or guests that have records (lib/tours/checks.ts). */
  | "recordsKept";

/** Which part of the editor a problem belongs to, so the form can show it there. */
export type ProblemField = "phaseId" | "date" | "stops" | "members" | "guests";

export type Problem = { rule: RuleName; field: ProblemField; message: string };

const problem = (rule: RuleName, field: ProblemField, message: string): Problem => ({ rule, field, message });

const clockRange = (start: Date, end: Date) => `${chinaClock(start)}–${chinaClock(end)}`;
const stopName = (stop: RuleStop, index: number) => `第${index + 1}站「${stop.site.name}」`;
const dayAndClock = (start: Date, end: Date) => `${formatDate(start)} ${clockRange(start, end)}`;

// ───────────────────────────── Rules about the tour itself ─────────────────────────────

/** A closed phase takes no new or changed tours (its scoring is locked). */
export function phaseOpen(tour: RuleTour): Problem[] {
  return tour.phase.status === "CLOSED"
    ? [problem("phaseOpen", "phaseId", `「${tour.phase.name}」阶段已结束，不能再安排或修改其中的观摩活动`)]
    : [];
}

/** The tour's date lies inside its phase's window (both days included). */
export function dateInPhase(tour: RuleTour): Problem[] {
  const day = chinaDay(tour.startsAt);
  const first = calendarDay(tour.phase.startsOn);
  const last = calendarDay(tour.phase.endsOn);
  if (day >= first && day <= last) return [];
  return [
    problem(
      "dateInPhase",
      "date",
      `活动日期${formatDate(tour.startsAt)}不在「${tour.phase.name}」阶段的时间范围` +
        `（${formatDateRange(tour.phase.startsOn, tour.phase.endsOn)}）内`,
    ),
  ];
}

/** Every stop starts no earlier than the tour and ends no later. */
export function stopsInsideWindow(tour: RuleTour): Problem[] {
  return tour.stops.flatMap((stop, index) =>
    stop.arriveAt < tour.startsAt || stop.departAt > tour.endsAt
      ? [
          problem(
            "stopsInsideWindow",
            "stops",
            `${stopName(stop, index)}安排在${clockRange(stop.arriveAt, stop.departAt)}，` +
              `超出了活动时间${clockRange(tour.startsAt, tour.endsAt)}`,
          ),
        ]
      : [],
  );
}

/**
 * Stops do not overlap, and their order is the order of visiting: each stop arrives no earlier
 * than the one before it leaves.
 */
export function stopsDoNotOverlap(tour: RuleTour): Problem[] {
  const problems: Problem[] = [];
  tour.stops.forEach((stop, index) => {
    for (let earlier = 0; earlier < index; earlier++) {
      const other = tour.stops[earlier]!;
      if (overlaps(other.arriveAt, other.departAt, stop.arriveAt, stop.departAt)) {
        problems.push(
          problem(
            "stopsDoNotOverlap",
            "stops",
            `${stopName(stop, index)}（${clockRange(stop.arriveAt, stop.departAt)}）与` +
              `${stopName(other, earlier)}（${clockRange(other.arriveAt, other.departAt)}）时间重叠`,
          ),
        );
      } else if (stop.arriveAt < other.departAt) {
        problems.push(
          problem(
            "stopsDoNotOverlap",
            "stops",
            `${stopName(stop, index)}（${clockRange(stop.arriveAt, stop.departAt)}）排在` +
              `${stopName(other, earlier)}（${clockRange(other.arriveAt, other.departAt)}）之后，时间却更早，请按时间先后排列站点`,
          ),
        );
      }
    }
  });
  return problems;
}

/** Between consecutive stops at different sites, at least the phase's travel time. */
export function travelTime(tour: RuleTour): Problem[] {
  const required = tour.phase.travelMinutes;
  const problems: Problem[] = [];
  for (let index = 1; index < tour.stops.length; index++) {
    const previous = tour.stops[index - 1]!;
    const next = tour.stops[index]!;
    if (previous.site.id === next.site.id) continue;
    const gap = minutesBetween(previous.departAt, next.arriveAt);
    // A negative gap is an overlap or a wrong order, which stopsDoNotOverlap reports.
    if (gap < 0 || gap >= required) continue;
    problems.push(
      problem(
        "travelTime",
        "stops",
        `${stopName(previous, index - 1)}${chinaClock(previous.departAt)}离开，` +
          `${stopName(next, index)}${chinaClock(next.arriveAt)}到达，只留出${gap}分钟路程；` +
          `「${tour.phase.name}」阶段要求不同观摩点之间至少留出${required}分钟`,
      ),
    );
  }
  return problems;
}

/** The delegation (members and guests) fits every stop's site. */
export function capacity(tour: RuleTour): Problem[] {
  const size = tour.members.length + tour.guestCount;
  const breakdown = tour.guestCount > 0 ? `（成员${tour.members.length}人、嘉宾${tour.guestCount}人）` : "";
  return tour.stops.flatMap((stop, index) =>
    size > stop.site.capacity
      ? [
          problem(
            "capacity",
            "members",
            `观摩团共${size}人${breakdown}，超过${stopName(stop, index)}的接待容量${stop.site.capacity}人`,
          ),
        ]
      : [],
  );
}

/** No stop uses a site that has been switched off. */
export function activeSites(tour: RuleTour): Problem[] {
  return tour.stops.flatMap((stop, index) =>
    stop.site.isActive
      ? []
      : [problem("activeSites", "stops", `第${index + 1}站的观摩点「${stop.site.name}」已停用，不能安排观摩`)],
  );
}

/** What a tour needs before it is published: somewhere to go and someone to lead. */
export function readyToPublish(tour: RuleTour): Problem[] {
  const problems: Problem[] = [];
  if (tour.stops.length === 0) problems.push(problem("readyToPublish", "stops", "请至少安排一个观摩点"));
  const heads = tour.members.filter((member) => member.part === "HEAD").length;
  if (heads === 0) problems.push(problem("readyToPublish", "members", "请指定观摩团团长"));
  if (heads > 1) problems.push(problem("readyToPublish", "members", `观摩团只能有一位团长，现有${heads}位`));
  return problems;
}

// ───────────────────────────── Rules about other tours ─────────────────────────────

const otherTourName = (tour: OtherTourRef) =>
  `${tour.status === "COMPLETED" ? "已完成" : "已发布"}的观摩活动「${tour.title}」`;

/**
 * A site hosts one tour at a time (across phases). `bookings` are holds of published or
 * completed tours; the tour's own holds and holds that do not overlap are ignored.
 */
export function siteOneTourAtATime(tour: RuleTour, bookings: readonly SiteBooking[]): Problem[] {
  return tour.stops.flatMap((stop, index) =>
    bookings
      .filter(
        (booking) =>
          booking.tour.id !== tour.id &&
          booking.siteId === stop.site.id &&
          overlaps(booking.startsAt, booking.endsAt, stop.arriveAt, stop.departAt),
      )
      .map((booking) =>
        problem(
          "siteOneTourAtATime",
          "stops",
          `观摩点「${stop.site.name}」${dayAndClock(booking.startsAt, booking.endsAt)}已安排${otherTourName(booking.tour)}，` +
            `与本活动第${index + 1}站（${clockRange(stop.arriveAt, stop.departAt)}）时间重叠；同一观摩点同一时间只能接待一个观摩活动`,
        ),
      ),
  );
}

/** A person is on one tour at a time: no member is held by another tour over this tour's window. */
export function personOneTourAtATime(tour: RuleTour, bookings: readonly PersonBooking[]): Problem[] {
  return tour.members.flatMap((member) =>
    bookings
      .filter(
        (booking) =>
          booking.tour.id !== tour.id &&
          booking.userId === member.userId &&
          overlaps(booking.startsAt, booking.endsAt, tour.startsAt, tour.endsAt),
      )
      .map((booking) =>
        problem(
          "personOneTourAtATime",
          "members",
          `${member.name}${dayAndClock(booking.startsAt, booking.endsAt)}已参加${otherTourName(booking.tour)}，` +
            `与本活动（${clockRange(tour.startsAt, tour.endsAt)}）时间重叠；同一人同一时间只能参加一个观摩活动`,
        ),
      ),
  );
}

// ───────────────────────────── Together ─────────────────────────────

/** The rules every save must pass, whatever the tour's state. */
export function tourProblems(tour: RuleTour): Problem[] {
  return [
    ...phaseOpen(tour),
    ...dateInPhase(tour),
    ...stopsInsideWindow(tour),
    ...stopsDoNotOverlap(tour),
    ...travelTime(tour),
    ...capacity(tour),
    ...activeSites(tour),
  ];
}

/** Everything publishing checks, all at once; also applied to every change of a published tour. */
export function publishProblems(
  tour: RuleTour,
  bookings: { sites: readonly SiteBooking[]; people: readonly PersonBooking[] },
): Problem[] {
  return [
    ...readyToPublish(tour),
    ...tourProblems(tour),
    ...siteOneTourAtATime(tour, bookings.sites),
    ...personOneTourAtATime(tour, bookings.people),
  ];
}
