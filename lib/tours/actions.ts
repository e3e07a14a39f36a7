"use server";

import { defineAction } from "@/lib/actions/define-action";
import { conflict, notFound } from "@/lib/errors";
import { formatDateTime, formatDateTimeRange } from "@/lib/format";
import { TOUR_STATUS_LABELS } from "@/lib/labels";
import type { Transaction } from "@/lib/prisma-client";
import { releaseBookings } from "@/lib/tours/bookings";
import {
  holdBookingsOrExplain,
  otherTourBookings,
  recordsKept,
  ruleTourFor,
  throwIfProblems,
} from "@/lib/tours/checks";
import { auditSnapshot, TOUR_RECORD_SELECT, toEditorTour, type TourRecord } from "@/lib/tours/editor-state";
import { publishProblems, tourProblems, type RuleTour } from "@/lib/tours/rules";
import {
  cancelTourSchema,
  createTourSchema,
  tourVersionSchema,
  updateTourSchema,
  type TourInput,
} from "@/lib/tours/schemas";

/**
 * Creating, editing and moving tours through draft → published → completed, or → cancelled.
 * Every action locks the tour's row, refuses a stale `version` (someone else saved in between),
 * runs the rules (lib/tours/rules.ts) and lists every problem at once, keeps the booking tables in
 * step for published tours, and writes an audit row. Completed and cancelled tours are read-only.
 */

const revalidateTour = (output: { id: number }) => ["/tours", `/tours/${output.id}`, `/tours/${output.id}/edit`, "/"];

/** Locks the tour's row for this transaction (a second editor waits here) and loads it. */
async function lockTour(tx: Transaction, tourId: number): Promise<TourRecord> {
  const locked = await tx.$queryRaw<{ id: number }[]>`SELECT "id" FROM "Tour" WHERE "id" = ${tourId} FOR UPDATE`;
  if (locked.length === 0) throw notFound("观摩活动");
  return tx.tour.findUniqueOrThrow({ where: { id: tourId }, select: TOUR_RECORD_SELECT });
}

/** A save or state change based on an older version than the saved one is refused, never merged. */
function assertVersion(record: TourRecord, version: number) {
  if (record.version !== version) {
    throw conflict(
      `该观摩活动已被他人修改（您打开的是第${version}版，当前为第${record.version}版）。` +
        "为避免覆盖他人的修改，本次操作未生效，请刷新页面后重新操作。",
    );
  }
}

function assertEditable(record: TourRecord) {
  if (record.status === "COMPLETED" || record.status === "CANCELLED") {
    throw conflict(`${TOUR_STATUS_LABELS[record.status]}的观摩活动不能再修改`);
  }
}

/** Members holding score sheets on the tour's stops (they may not be removed). */
async function scorersOf(tx: Transaction, tourId: number): Promise<Set<number>> {
  const rows = await tx.scoreSheet.groupBy({ by: ["scorerId"], where: { stop: { tourId } } });
  return new Set(rows.map((row) => row.scorerId));
}

async function savedTour(tx: Transaction, tourId: number) {
  const record = await tx.tour.findUniqueOrThrow({ where: { id: tourId }, select: TOUR_RECORD_SELECT });
  const scorers = await scorersOf(tx, tourId);
  return { record, editor: toEditorTour(record, scorers) };
}

const tourFields = (input: TourInput) => ({
  title: input.title,
  phaseId: input.phaseId,
  startsAt: input.startsAt,
  endsAt: input.endsAt,
  meetingPoint: input.meetingPoint,
  notes: input.notes,
});

const stopFields = (stop: TourInput["stops"][number], index: number) => ({
  sequence: index + 1,
  siteId: stop.siteId,
  arriveAt: stop.arriveAt,
  departAt: stop.departAt,
  programme: stop.programme,
});

export const createTourAction = defineAction({
  name: "createTour",
  schema: createTourSchema,
  permission: "tour.manage",
  async run({ input, user, tx, audit }) {
    throwIfProblems(tourProblems(await ruleTourFor(tx, null, input)), "保存");
    const { id } = await tx.tour.create({
      data: {
        ...tourFields(input),
        createdById: user.id,
        stops: { create: input.stops.map(stopFields) },
        delegation: { create: input.members },
        guests: { create: input.guests.map(({ name, unit, title }) => ({ name, unit, title })) },
      },
      select: { id: true },
    });
    const { record, editor } = await savedTour(tx, id);
    await audit({ action: "tour.create", entityType: "Tour", entityId: id, after: auditSnapshot(record) });
    return editor;
  },
  revalidate: revalidateTour,
});

/** Rewrites stops (kept by id, so their score sheets and remarks stay), delegation and guests. */
async function writeChildren(tx: Transaction, current: TourRecord, input: TourInput) {
  const tourId = current.id;
  const keptStopIds = input.stops.flatMap((stop) => (stop.id === null ? [] : [stop.id]));
  await tx.tourStop.deleteMany({ where: { tourId, id: { notIn: keptStopIds } } });
  // Sequences are unique per tour: move the kept stops out of the way before renumbering them.
  await tx.tourStop.updateMany({ where: { tourId }, data: { sequence: { multiply: -1 } } });
  for (const [index, stop] of input.stops.entries()) {
    if (stop.id === null) await tx.tourStop.create({ data: { tourId, ...stopFields(stop, index) } });
    else await tx.tourStop.update({ where: { id: stop.id }, data: stopFields(stop, index) });
  }

  await tx.delegationMember.deleteMany({ where: { tourId } });
  await tx.delegationMember.createMany({ data: input.members.map((member) => ({ tourId, ...member })) });

  const keptGuestIds = input.guests.flatMap((guest) => (guest.id === null ? [] : [guest.id]));
  await tx.tourGuest.deleteMany({ where: { tourId, id: { notIn: keptGuestIds } } });
  for (const guest of input.guests) {
    const data = { name: guest.name, unit: guest.unit, title: guest.title };
    if (guest.id === null) await tx.tourGuest.create({ data: { tourId, ...data } });
    else await tx.tourGuest.update({ where: { id: guest.id }, data });
  }
}

/** Rows the editor sent back by id must be this tour's own (a stale page could name deleted ones). */
function assertOwnRows(current: TourRecord, input: TourInput) {
  const stopIds = new Set(current.stops.map((stop) => stop.id));
  const guestIds = new Set(current.guests.map((guest) => guest.id));
  const foreign =
    input.stops.some((stop) => stop.id !== null && !stopIds.has(stop.id)) ||
    input.guests.some((guest) => guest.id !== null && !guestIds.has(guest.id));
  if (foreign) throw conflict("页面上的观摩点或嘉宾已被他人删除，请刷新页面后重新修改");
}

export const updateTourAction = defineAction({
  name: "updateTour",
  schema: updateTourSchema,
  permission: "tour.manage",
  async run({ input: { tourId, version, tour: input }, tx, audit }) {
    const current = await lockTour(tx, tourId);
    assertEditable(current);
    assertVersion(current, version);
    assertOwnRows(current, input);

    const scorers = await scorersOf(tx, tourId);
    const keptUsers = new Set(current.delegation.map((member) => member.userId));
    const tour = await ruleTourFor(tx, tourId, input, keptUsers);
    const published = current.status === "PUBLISHED";
    // While published, every change must pass what publishing checked, other tours included.
    const problems = published ? publishProblems(tour, await otherTourBookings(tx, tour)) : tourProblems(tour);
    throwIfProblems([...recordsKept(current, input, scorers), ...problems], "保存");

    if (published) await releaseBookings(tx, tourId);
    await tx.tour.update({ where: { id: tourId }, data: { ...tourFields(input), version: { increment: 1 } } });
    await writeChildren(tx, current, input);
    if (published) await holdBookingsOrExplain(tx, { ...tour, id: tourId }, "保存");

    const { record, editor } = await savedTour(tx, tourId);
    await audit({
      action: "tour.update",
      entityType: "Tour",
      entityId: tourId,
      before: auditSnapshot(current),
      after: auditSnapshot(record),
    });
    return editor;
  },
  revalidate: revalidateTour,
});

/** The saved tour as the rules see it. */
async function ruleTourOf(tx: Transaction, record: TourRecord): Promise<RuleTour & { id: number }> {
  const input: TourInput = {
    ...record,
    stops: record.stops,
    members: record.delegation,
    guests: record.guests,
  };
  return {
    ...(await ruleTourFor(tx, record.id, input, new Set(record.delegation.map((m) => m.userId)))),
    id: record.id,
  };
}

function partOf(member: TourRecord["delegation"][number]) {
  if (member.part === "HEAD") return "您是观摩团团长。";
  return member.isScoring ? "您是评分成员。" : "您是观摩团成员。";
}

export const publishTourAction = defineAction({
  name: "publishTour",
  schema: tourVersionSchema,
  permission: "tour.manage",
  async run({ input, tx, audit }) {
    const current = await lockTour(tx, input.tourId);
    if (current.status !== "DRAFT") throw conflict(`只有草稿可以发布，该观摩活动${TOUR_STATUS_LABELS[current.status]}`);
    assertVersion(current, input.version);

    const tour = await ruleTourOf(tx, current);
    throwIfProblems(publishProblems(tour, await otherTourBookings(tx, tour)), "发布");

    await tx.tour.update({
      where: { id: current.id },
      data: { status: "PUBLISHED", publishedAt: new Date(), version: { increment: 1 } },
    });
    await holdBookingsOrExplain(tx, tour, "发布");

    const sites = current.stops.map((stop) => stop.site.name).join("、");
    await tx.notification.createMany({
      data: current.delegation.map((member) => ({
        userId: member.userId,
        kind: "TOUR_PUBLISHED" as const,
        title: `观摩活动已发布：${current.title}`,
        body: `${formatDateTimeRange(current.startsAt, current.endsAt)}，观摩${sites}。${partOf(member)}`,
        link: `/tours/${current.id}`,
      })),
    });

    const { record, editor } = await savedTour(tx, current.id);
    await audit({
      action: "tour.publish",
      entityType: "Tour",
      entityId: current.id,
      before: { status: current.status, version: current.version },
      after: { status: record.status, version: record.version, publishedAt: record.publishedAt },
    });
    return editor;
  },
  revalidate: revalidateTour,
  // Staff publishing conflicting tours at once queue on the booking constraint: let each wait its
  // turn for a connection rather than fail after Prisma's 2 s default (tests/integration/concurrency-50).
  transaction: { maxWait: 10_000, timeout: 20_000 },
});

export const completeTourAction = defineAction({
  name: "completeTour",
  schema: tourVersionSchema,
  permission: "tour.manage",
  async run({ input, tx, audit }) {
    const current = await lockTour(tx, input.tourId);
    if (current.status !== "PUBLISHED") {
      throw conflict(`只有已发布的观摩活动可以标记为已完成，该观摩活动${TOUR_STATUS_LABELS[current.status]}`);
    }
    assertVersion(current, input.version);
    if (current.endsAt > new Date()) {
      throw conflict(`观摩活动结束（${formatDateTime(current.endsAt)}）之后才能标记为已完成`);
    }
    // Bookings stay: a completed tour still occupied its sites and people.
    await tx.tour.update({ where: { id: current.id }, data: { status: "COMPLETED", version: { increment: 1 } } });
    const { record, editor } = await savedTour(tx, current.id);
    await audit({
      action: "tour.complete",
      entityType: "Tour",
      entityId: current.id,
      before: { status: current.status, version: current.version },
      after: { status: record.status, version: record.version },
    });
    return editor;
  },
  revalidate: revalidateTour,
});

export const cancelTourAction = defineAction({
  name: "cancelTour",
  schema: cancelTourSchema,
  permission: "tour.manage",
  async run({ input, tx, audit }) {
    const current = await lockTour(tx, input.tourId);
    if (current.status !== "DRAFT" && current.status !== "PUBLISHED") {
      throw conflict(`${TOUR_STATUS_LABELS[current.status]}的观摩活动不能取消`);
    }
    assertVersion(current, input.version);
    // A cancelled tour frees its sites and people for other tours.
    await releaseBookings(tx, current.id);
    await tx.tour.update({
      where: { id: current.id },
      data: { status: "CANCELLED", cancelReason: input.reason, version: { increment: 1 } },
    });
    const { record, editor } = await savedTour(tx, current.id);
    await audit({
      action: "tour.cancel",
      entityType: "Tour",
      entityId: current.id,
      before: { status: current.status, version: current.version },
      after: { status: record.status, version: record.version, cancelReason: record.cancelReason },
    });
    return editor;
  },
  revalidate: revalidateTour,
});
