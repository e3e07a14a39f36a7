"use server";

import { defineAction } from "@/lib/actions/define-action";
import { can } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session-user";
import { conflict, invalid, UserFacingError } from "@/lib/errors";
import type { Transaction } from "@/lib/prisma-client";
import { recordGuestRemarkSchema, recordRemarkSchema } from "@/lib/remarks/schemas";
import { remarkWindow } from "@/lib/remarks/rules";

const STOP_NOT_FOUND = "观摩点不存在，或您不是本次观摩团成员";

/** The stop with its tour, and whether the user sits on that tour's delegation. */
async function loadStop(tx: Transaction, stopId: number, userId: number) {
  return tx.tourStop.findUnique({
    where: { id: stopId },
    select: {
      id: true,
      siteId: true,
      departAt: true,
      tour: {
        select: { id: true, status: true, delegation: { where: { userId }, select: { id: true } } },
      },
    },
  });
}

type LoadedStop = NonNullable<Awaited<ReturnType<typeof loadStop>>>;

function assertWindowOpen(stop: LoadedStop) {
  const window = remarkWindow(stop.tour, stop, new Date());
  if (!window.open) throw conflict(window.reason);
}

const REMARK_AUDIT_FIELDS = {
  id: true,
  stopId: true,
  authorId: true,
  guestId: true,
  recordedById: true,
  content: true,
  createdAt: true,
} as const;

async function createRemark(
  tx: Transaction,
  stop: LoadedStop,
  data: { authorId: number | null; guestId: number | null; recordedBy: SessionUser; content: string },
) {
  const remark = await tx.remark.create({
    data: {
      stopId: stop.id,
      authorId: data.authorId,
      guestId: data.guestId,
      recordedById: data.recordedBy.id,
      content: data.content,
    },
    select: REMARK_AUDIT_FIELDS,
  });
  return { remark, tourId: stop.tour.id, siteId: stop.siteId };
}

/**
 * A delegation member records what they said after a stop. Someone not on that tour's delegation
 * (whatever their role) is told the stop does not exist; a draft tour counts as absent for anyone
 * who may not see drafts.
 */
export const recordRemarkAction = defineAction({
  name: "recordRemark",
  schema: recordRemarkSchema,
  permission: "remark.record",
  async run({ input, user, tx, audit }) {
    const stop = await loadStop(tx, input.stopId, user.id);
    const isMember = (stop?.tour.delegation.length ?? 0) > 0;
    const visible = stop && (stop.tour.status !== "DRAFT" || can(user.role, "tour.manage"));
    if (!stop || !isMember || !visible) throw new UserFacingError(STOP_NOT_FOUND, "not_found");
    assertWindowOpen(stop);
    const created = await createRemark(tx, stop, {
      authorId: user.id,
      guestId: null,
      recordedBy: user,
      content: input.content,
    });
    await audit({
      action: "remark.create",
      entityType: "Remark",
      entityId: created.remark.id,
      after: { ...created.remark, tourId: created.tourId },
    });
    return { id: created.remark.id, tourId: created.tourId, siteId: created.siteId };
  },
  revalidate: (output) => [`/tours/${output.tourId}`, `/sites/${output.siteId}`],
});

/**
 * Staff record what a guest of the tour (a person without an account) said: no author, the guest
 * named, the staff member as the recorder. The guest must be one of that tour's guests.
 */
export const recordGuestRemarkAction = defineAction({
  name: "recordGuestRemark",
  schema: recordGuestRemarkSchema,
  permission: "tour.manage",
  async run({ input, user, tx, audit }) {
    const stop = await loadStop(tx, input.stopId, user.id);
    if (!stop) throw new UserFacingError("观摩点不存在", "not_found");
    const guest = await tx.tourGuest.findFirst({
      where: { id: input.guestId, tourId: stop.tour.id },
      select: { id: true },
    });
    if (!guest) throw invalid("请检查填写的内容", { guestId: ["所选嘉宾不是本次观摩的特邀嘉宾"] });
    assertWindowOpen(stop);
    const created = await createRemark(tx, stop, {
      authorId: null,
      guestId: guest.id,
      recordedBy: user,
      content: input.content,
    });
    await audit({
      action: "remark.create",
      entityType: "Remark",
      entityId: created.remark.id,
      after: { ...created.remark, tourId: created.tourId },
    });
    return { id: created.remark.id, tourId: created.tourId, siteId: created.siteId };
  },
  revalidate: (output) => [`/tours/${output.tourId}`, `/sites/${output.siteId}`],
});
