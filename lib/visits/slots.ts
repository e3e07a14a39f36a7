import { conflict, invalid, notFound } from "@/lib/errors";
import { formatDateTimeRange } from "@/lib/format";
import type { VisitContext } from "@/lib/visits/context";
import { lockSite, lockSlot } from "@/lib/visits/locks";
import { fillFreePlaces, type Promotion } from "@/lib/visits/signup";

/*
 * Staff's side of demonstration visits: opening, changing, cancelling and deleting slots
 * (docs/visits.md). Each function runs inside the caller's transaction.
 */

type SlotInput = { siteId: number; startsAt: Date; endsAt: Date; capacity: number; note: string };

const CHECK_FORM = "请检查填写的内容";

function slotAuditView(slot: {
  id: number;
  phaseId: number;
  siteId: number;
  startsAt: Date;
  endsAt: Date;
  capacity: number;
  confirmedCount: number;
  note: string;
  cancelledAt?: Date | null;
  cancelReason?: string | null;
}) {
  return {
    id: slot.id,
    phaseId: slot.phaseId,
    siteId: slot.siteId,
    startsAt: slot.startsAt,
    endsAt: slot.endsAt,
    capacity: slot.capacity,
    confirmedCount: slot.confirmedCount,
    note: slot.note,
    cancelledAt: slot.cancelledAt ?? null,
    cancelReason: slot.cancelReason ?? null,
  };
}

/**
 * A slot is at an active site, for no more people than the site holds, starts in the future,
 * and does not overlap another live slot at the same site. The caller holds the site's lock.
 */
async function assertPlaceAndTime(ctx: VisitContext, input: SlotInput, exceptSlotId: number | null) {
  const site = await ctx.tx.site.findUnique({
    where: { id: input.siteId },
    select: { name: true, capacity: true, isActive: true },
  });
  if (!site) throw invalid(CHECK_FORM, { siteId: ["所选观摩点不存在"] });
  if (!site.isActive) throw invalid(CHECK_FORM, { siteId: [`观摩点「${site.name}」已停用，不能安排示范观摩`] });
  if (input.capacity > site.capacity) {
    throw invalid(CHECK_FORM, { capacity: [`名额不能超过观摩点可容纳人数（${site.capacity} 人）`] });
  }
  if (input.startsAt.getTime() <= ctx.now.getTime()) {
    throw invalid(CHECK_FORM, { startTime: ["开始时间已过，请选择以后的时间"] });
  }
  const clash = await ctx.tx.visitSlot.findFirst({
    where: {
      siteId: input.siteId,
      cancelledAt: null,
      startsAt: { lt: input.endsAt },
      endsAt: { gt: input.startsAt },
      ...(exceptSlotId === null ? {} : { id: { not: exceptSlotId } }),
    },
    select: { startsAt: true, endsAt: true },
  });
  if (clash) {
    const message = `观摩点「${site.name}」在 ${formatDateTimeRange(clash.startsAt, clash.endsAt)} 已有示范观摩时段，时间不能重叠`;
    throw invalid(message, { startTime: [message] });
  }
}

export async function createSlot(ctx: VisitContext, input: SlotInput & { phaseId: number }) {
  const { tx } = ctx;
  const phase = await tx.phase.findUnique({ where: { id: input.phaseId }, select: { kind: true, status: true } });
  if (!phase) throw notFound("阶段");
  if (phase.kind !== "DEMONSTRATION") throw invalid("示范观摩时段只能安排在示范观摩阶段");
  if (phase.status === "CLOSED") throw conflict("示范观摩阶段已结束，不能再新建时段");
  await lockSite(tx, input.siteId);
  await assertPlaceAndTime(ctx, input, null);

  const slot = await tx.visitSlot.create({
    data: {
      phaseId: input.phaseId,
      siteId: input.siteId,
      startsAt: input.startsAt,
      endsAt: input.endsAt,
      capacity: input.capacity,
      note: input.note,
    },
  });
  await ctx.audit({
    action: "visitSlot.create",
    entityType: "VisitSlot",
    entityId: slot.id,
    after: slotAuditView(slot),
  });
  return { id: slot.id };
}

async function lockLiveSlot(ctx: VisitContext, slotId: number, doing: string) {
  const slot = await lockSlot(ctx.tx, slotId);
  if (!slot) throw notFound("示范观摩时段");
  if (slot.cancelledAt) throw conflict(`该时段已取消，不能${doing}`);
  if (slot.startsAt.getTime() <= ctx.now.getTime()) throw conflict(`该时段已开始，不能${doing}`);
  return slot;
}

/**
 * Changes a slot. Once anyone holds a place or a waiting-list entry, the site and the time stay
 * as they were (people signed up for them); capacity and note may still change. Capacity never
 * drops below the confirmed count, and added places go to the waiting list at once.
 */
export async function updateSlot(ctx: VisitContext, input: SlotInput & { slotId: number }) {
  const { tx } = ctx;
  const before = await lockLiveSlot(ctx, input.slotId, "修改");
  if (before.phaseStatus === "CLOSED") throw conflict("示范观摩阶段已结束，不能修改时段");

  const moved =
    input.siteId !== before.siteId ||
    input.startsAt.getTime() !== before.startsAt.getTime() ||
    input.endsAt.getTime() !== before.endsAt.getTime();
  if (moved) {
    const active = await tx.visitSignup.count({
      where: { slotId: before.id, status: { in: ["CONFIRMED", "WAITLISTED"] } },
    });
    if (active > 0) {
      throw invalid(
        `已有 ${active} 人报名或候补，不能更改观摩点和时间；如需调整，请取消本时段（报名者会收到通知）后另建`,
      );
    }
    await lockSite(tx, input.siteId);
    await assertPlaceAndTime(ctx, input, before.id);
  } else {
    const site = await tx.site.findUniqueOrThrow({ where: { id: before.siteId }, select: { capacity: true } });
    if (input.capacity > site.capacity) {
      throw invalid(CHECK_FORM, { capacity: [`名额不能超过观摩点可容纳人数（${site.capacity} 人）`] });
    }
  }
  if (input.capacity < before.confirmedCount) {
    throw invalid(CHECK_FORM, {
      capacity: [`已有 ${before.confirmedCount} 人确认报名，名额不能少于 ${before.confirmedCount} 人`],
    });
  }

  await tx.visitSlot.update({
    where: { id: before.id },
    data: {
      siteId: input.siteId,
      startsAt: input.startsAt,
      endsAt: input.endsAt,
      capacity: input.capacity,
      note: input.note,
    },
  });
  const promoted: Promotion[] =
    input.capacity > before.capacity ? await fillFreePlaces(ctx, before.id, "因时段增加名额") : [];
  const after = await tx.visitSlot.findUniqueOrThrow({ where: { id: before.id } });
  await ctx.audit({
    action: "visitSlot.update",
    entityType: "VisitSlot",
    entityId: before.id,
    before: slotAuditView(before),
    after: { ...slotAuditView(after), promotedUserIds: promoted.map((entry) => entry.userId) },
  });
  return { id: before.id, promoted: promoted.length };
}

/** Cancels a slot: every sign-up on it ends, and each person is told why. The rows stay. */
export async function cancelSlot(ctx: VisitContext, input: { slotId: number; reason: string }) {
  const { tx } = ctx;
  const before = await lockLiveSlot(ctx, input.slotId, "取消");
  const affected = await tx.visitSignup.findMany({
    where: { slotId: before.id, status: { in: ["CONFIRMED", "WAITLISTED"] } },
    orderBy: [{ queuedAt: "asc" }, { id: "asc" }],
    select: { id: true, userId: true, status: true },
  });
  await tx.visitSignup.updateMany({
    where: { id: { in: affected.map((signup) => signup.id) } },
    data: { status: "CANCELLED" },
  });
  const after = await tx.visitSlot.update({
    where: { id: before.id },
    data: { cancelledAt: ctx.now, cancelReason: input.reason, confirmedCount: 0 },
  });
  const when = formatDateTimeRange(before.startsAt, before.endsAt);
  await tx.notification.createMany({
    data: affected.map((signup) => ({
      userId: signup.userId,
      kind: "VISIT_SLOT_CANCELLED" as const,
      title: `示范观摩时段已取消：${before.siteName}`,
      body: `${when} 的示范观摩已取消，您的${signup.status === "CONFIRMED" ? "报名" : "候补"}随之取消。原因：${input.reason}`,
      link: "/visits",
    })),
  });
  await ctx.audit({
    action: "visitSlot.cancel",
    entityType: "VisitSlot",
    entityId: before.id,
    before: slotAuditView(before),
    after: { ...slotAuditView(after), cancelledSignups: affected },
  });
  return { id: before.id, cancelledSignups: affected.length };
}

/** Deletes a slot nobody ever signed up for; one with sign-ups (even cancelled ones) is cancelled instead. */
export async function deleteSlot(ctx: VisitContext, input: { slotId: number }) {
  const { tx } = ctx;
  const before = await lockSlot(tx, input.slotId);
  if (!before) throw notFound("示范观摩时段");
  const signups = await tx.visitSignup.count({ where: { slotId: before.id } });
  if (signups > 0) {
    throw conflict(`该时段已有 ${signups} 条报名记录，不能删除；请改为取消时段，报名记录会保留`);
  }
  await tx.visitSlot.delete({ where: { id: before.id } });
  await ctx.audit({
    action: "visitSlot.delete",
    entityType: "VisitSlot",
    entityId: before.id,
    before: slotAuditView(before),
  });
  return { id: before.id };
}
