import { Prisma } from "@/lib/generated/prisma/client";
import type { PhaseStatus } from "@/lib/generated/prisma/enums";
import type { Transaction } from "@/lib/prisma-client";

/*
 * Every change to a slot's sign-ups runs under that slot's row lock (SELECT … FOR UPDATE), so
 * sign-ups, cancellations and promotions of one slot happen one after another and the waiting
 * list is read and served in a single order. The conditional UPDATE of confirmedCount and the
 * CHECK (confirmedCount BETWEEN 0 AND capacity) stand behind the lock as the last word.
 *
 * Lock order, to rule out deadlocks: person, then site, then slot. A transaction takes at most
 * one of each.
 */

/** Serialises one person's sign-ups, so two tabs cannot book overlapping slots at once. */
export async function lockPerson(tx: Transaction, userId: number): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('daguanmo:visit-person'), ${userId}::int)`;
}

/** Serialises slot creation and moves at one site, so two staff cannot book it twice at once. */
export async function lockSite(tx: Transaction, siteId: number): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('daguanmo:visit-site'), ${siteId}::int)`;
}

export type LockedSlot = {
  id: number;
  phaseId: number;
  siteId: number;
  siteName: string;
  startsAt: Date;
  endsAt: Date;
  capacity: number;
  confirmedCount: number;
  note: string;
  cancelledAt: Date | null;
  phaseStatus: PhaseStatus;
};

const SLOT_COLUMNS = Prisma.sql`
    SELECT v."id", v."phaseId", v."siteId", s."name" AS "siteName", v."startsAt", v."endsAt",
           v."capacity", v."confirmedCount", v."note", v."cancelledAt", p."status"::text AS "phaseStatus"
      FROM "VisitSlot" v
      JOIN "Phase" p ON p."id" = v."phaseId"
      JOIN "Site" s ON s."id" = v."siteId"`;

/** The slot, locked until the transaction ends; null when there is no such slot. */
export async function lockSlot(tx: Transaction, slotId: number): Promise<LockedSlot | null> {
  const rows = await tx.$queryRaw<LockedSlot[]>`${SLOT_COLUMNS} WHERE v."id" = ${slotId} FOR UPDATE OF v`;
  return rows[0] ?? null;
}

/** The slot as it is now, without a lock: for checks that a later locked step confirms. */
export async function readSlot(tx: Transaction, slotId: number): Promise<LockedSlot | null> {
  const rows = await tx.$queryRaw<LockedSlot[]>`${SLOT_COLUMNS} WHERE v."id" = ${slotId}`;
  return rows[0] ?? null;
}
