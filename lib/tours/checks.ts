import "server-only";
import { UserFacingError, invalid } from "@/lib/errors";
import type { Transaction } from "@/lib/prisma-client";
import {
  findPersonBookings,
  findSiteBookings,
  holdBookings,
  isDeadlock,
  isExclusionViolation,
} from "@/lib/tours/bookings";
import type { TourRecord } from "@/lib/tours/editor-state";
import {
  personOneTourAtATime,
  siteOneTourAtATime,
  type PersonBooking,
  type Problem,
  type RuleTour,
  type SiteBooking,
} from "@/lib/tours/rules";
import type { TourInput } from "@/lib/tours/schemas";

/**
 * Runs the rules of lib/tours/rules.ts inside an action's transaction: loads what they need
 * (phase, sites, people, other tours' overlapping bookings) and turns their problems into one
 * answer that lists every problem.
 */

const OTHER_TOUR_RULES = new Set(["siteOneTourAtATime", "personOneTourAtATime"]);

/** Refuses the action with every problem listed (under "problems", and under each problem's field). */
export function throwIfProblems(problems: readonly Problem[], verb: "保存" | "发布"): void {
  if (problems.length === 0) return;
  const fieldErrors: Record<string, string[]> = { problems: problems.map((item) => item.message) };
  for (const item of problems) (fieldErrors[item.field] ??= []).push(item.message);
  const clash = problems.some((item) => OTHER_TOUR_RULES.has(item.rule));
  const summary =
    problems.length === 1
      ? `未能${verb}：${problems[0]!.message}`
      : `未能${verb}，发现${problems.length}个问题，请逐项修改：`;
  throw new UserFacingError(summary, clash ? "conflict" : "invalid", fieldErrors);
}

/**
 * The tour as the rules see it, from the editor's input and the rows it names. A phase, site or
 * person that does not exist is a mistake in the request (not a rule), refused at once; so is
 * adding a disabled account (one already on the delegation may stay).
 */
export async function ruleTourFor(
  tx: Transaction,
  tourId: number | null,
  input: TourInput,
  keptUserIds: ReadonlySet<number> = new Set(),
): Promise<RuleTour> {
  const siteIds = [...new Set(input.stops.map((stop) => stop.siteId))];
  const userIds = input.members.map((member) => member.userId);
  // One after another: a transaction is one connection, which runs one statement at a time.
  const phase = await tx.phase.findUnique({
    where: { id: input.phaseId },
    select: { id: true, name: true, status: true, startsOn: true, endsOn: true, travelMinutes: true },
  });
  const sites = await tx.site.findMany({
    where: { id: { in: siteIds } },
    select: { id: true, name: true, capacity: true, isActive: true },
  });
  const users = await tx.user.findMany({
    where: { id: { in: userIds } },
    select: { id: true, displayName: true, isActive: true },
  });

  const errors: Record<string, string[]> = {};
  const add = (field: string, message: string) => (errors[field] ??= []).push(message);
  if (!phase) add("phaseId", "所选阶段不存在");
  const siteById = new Map(sites.map((site) => [site.id, site]));
  input.stops.forEach((stop, index) => {
    if (!siteById.has(stop.siteId)) add("stops", `第${index + 1}站：所选观摩点不存在`);
  });
  const userById = new Map(users.map((user) => [user.id, user]));
  input.members.forEach((member, index) => {
    const user = userById.get(member.userId);
    if (!user) add("members", `第${index + 1}位成员：所选人员不存在`);
    else if (!user.isActive && !keptUserIds.has(user.id)) {
      add("members", `「${user.displayName}」的账号已停用，不能加入观摩团`);
    }
  });
  if (!phase || Object.keys(errors).length > 0) throw invalid("请检查填写的内容", errors);

  return {
    id: tourId,
    title: input.title,
    phase,
    startsAt: input.startsAt,
    endsAt: input.endsAt,
    stops: input.stops.map((stop) => ({
      site: siteById.get(stop.siteId)!,
      arriveAt: stop.arriveAt,
      departAt: stop.departAt,
    })),
    members: input.members.map((member) => ({
      userId: member.userId,
      name: userById.get(member.userId)!.displayName,
      part: member.part,
    })),
    guestCount: input.guests.length,
  };
}

/** Published and completed tours holding the tour's sites or people at overlapping times. */
export async function otherTourBookings(
  tx: Transaction,
  tour: RuleTour,
): Promise<{ sites: SiteBooking[]; people: PersonBooking[] }> {
  const sites = await findSiteBookings(
    tx,
    tour.id,
    tour.stops.map((stop) => ({ siteId: stop.site.id, arriveAt: stop.arriveAt, departAt: stop.departAt })),
  );
  const people = await findPersonBookings(
    tx,
    tour.id,
    tour.members.map((member) => member.userId),
    tour,
  );
  return { sites, people };
}

/**
 * Books the tour's sites and people. The checks before this saw only committed tours; a tour
 * published at the same moment by someone else is stopped here by the exclusion constraints
 * (SQLSTATE 23P01 once the other commits). That failure is turned into the same message the check
 * gives, naming the other tour, read after rolling back to a savepoint (the transaction stays usable).
 */
export async function holdBookingsOrExplain(tx: Transaction, tour: RuleTour & { id: number }, verb: "保存" | "发布") {
  await tx.$executeRaw`SAVEPOINT hold_tour_bookings`;
  for (let attempt = 1; ; attempt++) {
    try {
      await holdBookings(tx, [tour.id]);
      await tx.$executeRaw`RELEASE SAVEPOINT hold_tour_bookings`;
      return;
    } catch (error) {
      if (!isExclusionViolation(error) && !isDeadlock(error)) throw error;
      await tx.$executeRaw`ROLLBACK TO SAVEPOINT hold_tour_bookings`;
      // A deadlock victim retries once: it now simply waits for the other tour and sees it commit.
      if (isDeadlock(error) && attempt === 1) continue;
      const bookings = await otherTourBookings(tx, tour);
      const problems = [...siteOneTourAtATime(tour, bookings.sites), ...personOneTourAtATime(tour, bookings.people)];
      throwIfProblems(
        problems.length > 0
          ? problems
          : [
              {
                rule: "siteOneTourAtATime",
                field: "stops",
                message: "另一项观摩活动刚刚占用了相同的观摩点或人员，请刷新页面后重试",
              },
            ],
        verb,
      );
    }
  }
}

/**
 * Edits must not orphan what happened on a tour: a stop with score sheets or remarks stays (and
 * keeps its site once scored), a member with score sheets stays a scorer, a guest with remarks stays.
 */
export function recordsKept(current: TourRecord, next: TourInput, scorerIds: ReadonlySet<number>): Problem[] {
  const problems: Problem[] = [];
  const nextStops = new Map(next.stops.flatMap((stop) => (stop.id === null ? [] : [[stop.id, stop] as const])));
  current.stops.forEach((stop) => {
    const name = `第${stop.sequence}站「${stop.site.name}」`;
    const kept = nextStops.get(stop.id);
    const hasRecords = stop._count.scoreSheets > 0 || stop._count.remarks > 0;
    if (!kept && hasRecords) {
      problems.push({ rule: "recordsKept", field: "stops", message: `${name}已有评分或互动交流记录，不能删除` });
    } else if (kept && kept.siteId !== stop.siteId && stop._count.scoreSheets > 0) {
      problems.push({ rule: "recordsKept", field: "stops", message: `${name}已有评分记录，不能更换观摩点` });
    }
  });
  const nextMembers = new Map(next.members.map((member) => [member.userId, member]));
  current.delegation.forEach((member) => {
    if (!scorerIds.has(member.userId)) return;
    const kept = nextMembers.get(member.userId);
    if (!kept || !kept.isScoring) {
      problems.push({
        rule: "recordsKept",
        field: "members",
        message: `「${member.user.displayName}」已有评分记录，不能移出观摩团或取消评分资格`,
      });
    }
  });
  const nextGuests = new Set(next.guests.flatMap((guest) => (guest.id === null ? [] : [guest.id])));
  current.guests.forEach((guest) => {
    if (guest._count.remarks > 0 && !nextGuests.has(guest.id)) {
      problems.push({
        rule: "recordsKept",
        field: "guests",
        message: `嘉宾「${guest.name}」已有互动交流记录，不能删除`,
      });
    }
  });
  return problems;
}
