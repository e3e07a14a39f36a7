import { conflict, notFound } from "@/lib/errors";
import { formatDateTimeRange } from "@/lib/format";
import type { VisitContext } from "@/lib/visits/context";
import { lockPerson, lockSlot, readSlot, type LockedSlot } from "@/lib/visits/locks";
import { entriesToPromote, signupClosedReason } from "@/lib/visits/rules";

/*
 * Signing up for and cancelling demonstration visits (docs/visits.md). Each function runs inside
 * the caller's transaction and takes the person's lock, then the slot's row lock, before it reads
 * anything it decides on.
 */

export type SignUpResult = {
  signupId: number;
  slotId: number;
  status: "CONFIRMED" | "WAITLISTED";
  /** Place on the waiting list (1 = next in line); null when confirmed. */
  position: number | null;
};

const ACTIVE = ["CONFIRMED", "WAITLISTED"] as const;

function slotLabel(slot: { siteName: string; startsAt: Date; endsAt: Date }) {
  return `「${slot.siteName}」${formatDateTimeRange(slot.startsAt, slot.endsAt)}`;
}

/** Refuses a sign-up that would overlap another active sign-up (confirmed or waitlisted) of the person. */
async function assertNoOverlap(ctx: VisitContext, userId: number, slot: LockedSlot) {
  const other = await ctx.tx.visitSignup.findFirst({
    where: {
      userId,
      status: { in: [...ACTIVE] },
      slotId: { not: slot.id },
      slot: { cancelledAt: null, startsAt: { lt: slot.endsAt }, endsAt: { gt: slot.startsAt } },
    },
    orderBy: { slot: { startsAt: "asc" } },
    select: { status: true, slot: { select: { startsAt: true, endsAt: true, site: { select: { name: true } } } } },
  });
  if (!other) return;
  const verb = other.status === "CONFIRMED" ? "已报名" : "已在候补名单中的";
  throw conflict(
    `您${verb}${slotLabel({ ...other.slot, siteName: other.slot.site.name })}与本时段时间重叠，` +
      "同一时间只能报名一个时段；如需改报，请先取消那一个",
  );
}

/**
 * Signs the person up: a confirmed place while one is left, otherwise the end of the waiting list.
 * The person's own checks (already signed up, overlapping slots) run under the person's lock
 * only; the slot's row lock is held just for taking the place and joining the queue, so a crowd
 * signing up for one slot waits for as short a time as it can.
 */
export async function signUp(ctx: VisitContext, input: { slotId: number; userId: number }): Promise<SignUpResult> {
  const { tx } = ctx;
  await lockPerson(tx, input.userId);
  const seen = await readSlot(tx, input.slotId);
  if (!seen) throw notFound("示范观摩时段");
  const closedBefore = signupClosedReason(seen, ctx.now);
  if (closedBefore) throw conflict(closedBefore);

  const existing = await tx.visitSignup.findUnique({
    where: { slotId_userId: { slotId: seen.id, userId: input.userId } },
    select: { id: true, status: true },
  });
  if (existing?.status === "CONFIRMED") throw conflict("您已报名该时段");
  if (existing?.status === "WAITLISTED") throw conflict("您已在该时段的候补名单中");
  await assertNoOverlap(ctx, input.userId, seen);

  const slot = await lockSlot(tx, seen.id);
  const closed = slot ? signupClosedReason(slot, ctx.now) : "该时段已删除";
  if (!slot || closed) throw conflict(closed ?? "该时段已删除");
  // Staff may have moved the slot (possible only while nobody had signed up) since it was read.
  if (slot.startsAt.getTime() !== seen.startsAt.getTime() || slot.endsAt.getTime() !== seen.endsAt.getTime()) {
    await assertNoOverlap(ctx, input.userId, slot);
  }

  // The place is taken by an atomic conditional UPDATE: it adds one only while a place is left.
  const taken = await tx.$queryRaw<{ confirmedCount: number }[]>`
    UPDATE "VisitSlot" SET "confirmedCount" = "confirmedCount" + 1
     WHERE "id" = ${slot.id} AND "confirmedCount" < "capacity" AND "cancelledAt" IS NULL
     RETURNING "confirmedCount"`;
  const status = taken.length > 0 ? "CONFIRMED" : "WAITLISTED";

  // One row per person and slot: a cancelled row is reused and joins the end of the queue. The
  // database clock stamps the queue, so every app server agrees on the order; the position
  // counts who is ahead in (queuedAt, id) order.
  const [row] = await tx.$queryRaw<{ id: number; queuedAt: Date; position: number | null }[]>`
    WITH joined AS (
      INSERT INTO "VisitSignup" ("slotId", "userId", "status", "queuedAt", "createdAt", "updatedAt")
      VALUES (${slot.id}, ${input.userId}, ${status}::"SignupStatus", clock_timestamp(), clock_timestamp(), clock_timestamp())
      ON CONFLICT ("slotId", "userId") DO UPDATE
         SET "status" = EXCLUDED."status", "queuedAt" = EXCLUDED."queuedAt", "updatedAt" = EXCLUDED."updatedAt"
       WHERE "VisitSignup"."status" = 'CANCELLED'
      RETURNING "id", "status", "queuedAt")
    SELECT j."id", j."queuedAt",
           CASE WHEN j."status" = 'WAITLISTED' THEN
             (SELECT count(*)::int + 1 FROM "VisitSignup" w
               WHERE w."slotId" = ${slot.id} AND w."status" = 'WAITLISTED'
                 AND (w."queuedAt", w."id") < (j."queuedAt", j."id"))
           END AS "position"
      FROM joined j`;
  if (!row) throw conflict("您已报名该时段");

  await ctx.audit({
    action: "visitSignup.signup",
    entityType: "VisitSignup",
    entityId: row.id,
    before: existing ? { status: existing.status } : undefined,
    after: { slotId: slot.id, userId: input.userId, status, position: row.position, queuedAt: row.queuedAt },
  });
  return { signupId: row.id, slotId: slot.id, status, position: row.position };
}

export type Promotion = { signupId: number; userId: number };

/**
 * Moves the earliest waitlisted people into the slot's free places, with a notification each.
 * The caller holds the slot's lock and has already changed capacity or confirmedCount.
 */
export async function fillFreePlaces(ctx: VisitContext, slotId: number, why: string): Promise<Promotion[]> {
  const { tx } = ctx;
  const slot = await tx.visitSlot.findUniqueOrThrow({
    where: { id: slotId },
    select: { capacity: true, confirmedCount: true, startsAt: true, endsAt: true, site: { select: { name: true } } },
  });
  const free = slot.capacity - slot.confirmedCount;
  if (free <= 0) return [];
  const waitlist = await tx.visitSignup.findMany({
    where: { slotId, status: "WAITLISTED" },
    orderBy: [{ queuedAt: "asc" }, { id: "asc" }],
    take: free,
    select: { id: true, userId: true, queuedAt: true },
  });
  const promoted = entriesToPromote(slot, waitlist);
  if (promoted.length === 0) return [];

  await tx.visitSignup.updateMany({
    where: { id: { in: promoted.map((entry) => entry.id) }, status: "WAITLISTED" },
    data: { status: "CONFIRMED" },
  });
  await tx.$executeRaw`
    UPDATE "VisitSlot" SET "confirmedCount" = "confirmedCount" + ${promoted.length}::int WHERE "id" = ${slotId}`;

  const when = formatDateTimeRange(slot.startsAt, slot.endsAt);
  await tx.notification.createMany({
    data: promoted.map((entry) => ({
      userId: entry.userId,
      kind: "VISIT_PROMOTED" as const,
      title: `示范观摩候补已转为正式报名：${slot.site.name}`,
      body: `${when}。${why}，您已由候补递补为正式报名，请按时参加；如不能参加，请及时取消报名。`,
      link: "/visits",
    })),
  });
  for (const entry of promoted) {
    await ctx.audit({
      action: "visitSignup.fillFromWaitlist",
      entityType: "VisitSignup",
      entityId: entry.id,
      before: { status: "WAITLISTED" },
      after: { slotId, userId: entry.userId, status: "CONFIRMED", reason: why },
    });
  }
  return promoted.map((entry) => ({ signupId: entry.id, userId: entry.userId }));
}

export type CancelResult = { signupId: number; slotId: number; promoted: Promotion[] };

/** Cancels the person's own sign-up; a confirmed place goes at once to the first in line. */
export async function cancelSignup(
  ctx: VisitContext,
  input: { signupId: number; userId: number },
): Promise<CancelResult> {
  const { tx } = ctx;
  await lockPerson(tx, input.userId);
  // Ownership is part of the query: somebody else's sign-up answers "not found".
  const own = await tx.visitSignup.findFirst({
    where: { id: input.signupId, userId: input.userId },
    select: { slotId: true },
  });
  if (!own) throw notFound("报名记录");
  const slot = await lockSlot(tx, own.slotId);
  if (!slot) throw notFound("报名记录");
  // Read again under the slot's lock: a promotion may have changed it meanwhile.
  const signup = await tx.visitSignup.findUniqueOrThrow({
    where: { id: input.signupId },
    select: { status: true },
  });
  if (signup.status === "CANCELLED") throw conflict("该报名已取消");
  if (slot.startsAt.getTime() <= ctx.now.getTime()) throw conflict("该时段已开始，不能再取消报名");

  await tx.visitSignup.update({ where: { id: input.signupId }, data: { status: "CANCELLED" } });
  let promoted: Promotion[] = [];
  if (signup.status === "CONFIRMED") {
    await tx.$executeRaw`UPDATE "VisitSlot" SET "confirmedCount" = "confirmedCount" - 1 WHERE "id" = ${slot.id}`;
    promoted = await fillFreePlaces(ctx, slot.id, "因有人取消报名");
  }
  await ctx.audit({
    action: "visitSignup.cancel",
    entityType: "VisitSignup",
    entityId: input.signupId,
    before: { status: signup.status },
    after: {
      slotId: slot.id,
      userId: input.userId,
      status: "CANCELLED",
      promotedUserIds: promoted.map((p) => p.userId),
    },
  });
  return { signupId: input.signupId, slotId: slot.id, promoted };
}
