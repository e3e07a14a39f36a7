import type { TourStatus } from "@/lib/generated/prisma/enums";
import type { Transaction } from "@/lib/prisma-client";
import type { PersonBooking, SiteBooking } from "@/lib/tours/rules";

/**
 * The booking tables (TourSiteBooking, TourPersonBooking) hold what published and completed
 * tours occupy: each stop's site over [arriveAt, departAt), each delegation member over the tour's
 * window. Exclusion constraints on them make "a site hosts one tour at a time" and "a person is on
 * one tour at a time" hold in the database, even for two staff publishing at the same moment.
 *
 * Every write to a tour releases its bookings first and holds them again from the saved rows at
 * the end, in the same transaction (lib/tours/actions.ts); the seed holds the demo tours' the same
 * way. No "server-only" marker: the seed, run outside Next.js, uses this module too.
 */

/** Statuses whose tours occupy their sites and people. */
export const BOOKED_STATUSES = ["PUBLISHED", "COMPLETED"] as const satisfies TourStatus[];

export async function releaseBookings(tx: Transaction, tourId: number): Promise<void> {
  await tx.$executeRaw`DELETE FROM "TourSiteBooking" WHERE "tourId" = ${tourId}`;
  await tx.$executeRaw`DELETE FROM "TourPersonBooking" WHERE "tourId" = ${tourId}`;
}

/**
 * Books the sites and people of those of `tourIds` that are published or completed, from their
 * saved stops and delegation. Rows go in ordered by site, then by person, so that two transactions
 * booking overlapping tours meet on the same first key and one waits for the other, instead of
 * each holding what the other needs (a deadlock). Throws SQLSTATE 23P01 on a clash.
 */
export async function holdBookings(tx: Transaction, tourIds: readonly number[]): Promise<void> {
  if (tourIds.length === 0) return;
  const ids = [...tourIds];
  await tx.$executeRaw`
    INSERT INTO "TourSiteBooking" ("tourId", "stopId", "siteId", "startsAt", "endsAt")
    SELECT s."tourId", s."id", s."siteId", s."arriveAt", s."departAt"
    FROM "TourStop" s JOIN "Tour" t ON t."id" = s."tourId"
    WHERE s."tourId" = ANY(${ids}::int[]) AND t."status" IN ('PUBLISHED', 'COMPLETED')
    ORDER BY s."siteId", s."arriveAt"`;
  await tx.$executeRaw`
    INSERT INTO "TourPersonBooking" ("tourId", "userId", "startsAt", "endsAt")
    SELECT m."tourId", m."userId", t."startsAt", t."endsAt"
    FROM "DelegationMember" m JOIN "Tour" t ON t."id" = m."tourId"
    WHERE m."tourId" = ANY(${ids}::int[]) AND t."status" IN ('PUBLISHED', 'COMPLETED')
    ORDER BY m."userId", m."tourId"`;
}

type BookingRow = { key: number; startsAt: Date; endsAt: Date; tourId: number; title: string; status: TourStatus };

const toRef = (row: BookingRow) => ({ id: row.tourId, title: row.title, status: row.status });

/**
 * Bookings of other tours that overlap any of the given stops at the same site. One statement:
 * each stop probes the exclusion constraint's GiST index on (siteId, time range).
 */
export async function findSiteBookings(
  tx: Transaction,
  tourId: number | null,
  stops: readonly { siteId: number; arriveAt: Date; departAt: Date }[],
): Promise<SiteBooking[]> {
  if (stops.length === 0) return [];
  const rows = await tx.$queryRaw<BookingRow[]>`
    SELECT DISTINCT b."siteId" AS "key", b."startsAt", b."endsAt", t."id" AS "tourId", t."title", t."status"
    FROM unnest(${stops.map((stop) => stop.siteId)}::int[],
                ${stops.map((stop) => stop.arriveAt.toISOString())}::timestamptz[],
                ${stops.map((stop) => stop.departAt.toISOString())}::timestamptz[]) AS probe("siteId", "startsAt", "endsAt")
    JOIN "TourSiteBooking" b
      ON b."siteId" = probe."siteId"
     AND tstzrange(b."startsAt", b."endsAt", '[)') && tstzrange(probe."startsAt", probe."endsAt", '[)')
    JOIN "Tour" t ON t."id" = b."tourId"
    WHERE b."tourId" <> ${tourId ?? 0}
    ORDER BY b."startsAt", t."id"`;
  return rows.map((row) => ({ siteId: row.key, startsAt: row.startsAt, endsAt: row.endsAt, tour: toRef(row) }));
}

/** Bookings of other tours that hold any of the given people during the window; one indexed statement. */
export async function findPersonBookings(
  tx: Transaction,
  tourId: number | null,
  userIds: readonly number[],
  window: { startsAt: Date; endsAt: Date },
): Promise<PersonBooking[]> {
  if (userIds.length === 0) return [];
  const rows = await tx.$queryRaw<BookingRow[]>`
    SELECT b."userId" AS "key", b."startsAt", b."endsAt", t."id" AS "tourId", t."title", t."status"
    FROM unnest(${[...userIds]}::int[]) AS probe("userId")
    JOIN "TourPersonBooking" b
      ON b."userId" = probe."userId"
     AND tstzrange(b."startsAt", b."endsAt", '[)') &&
         tstzrange(${window.startsAt.toISOString()}::timestamptz, ${window.endsAt.toISOString()}::timestamptz, '[)')
    JOIN "Tour" t ON t."id" = b."tourId"
    WHERE b."tourId" <> ${tourId ?? 0}
    ORDER BY b."startsAt", t."id"`;
  return rows.map((row) => ({ userId: row.key, startsAt: row.startsAt, endsAt: row.endsAt, tour: toRef(row) }));
}

/** The PostgreSQL error code inside a Prisma error from a raw statement (driver adapter), if any. */
export function postgresCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 6 && current && typeof current === "object"; depth++) {
    const candidate = current as {
      code?: unknown;
      originalCode?: unknown;
      meta?: { driverAdapterError?: unknown };
      cause?: unknown;
    };
    if (typeof candidate.originalCode === "string") return candidate.originalCode;
    if (
      typeof candidate.code === "string" &&
      /^[0-9A-Z]{5}$/.test(candidate.code) &&
      !/^P\d{4}$/.test(candidate.code)
    ) {
      return candidate.code;
    }
    current = candidate.meta?.driverAdapterError ?? candidate.cause;
  }
  return undefined;
}

/** SQLSTATE 23P01: a booking overlaps another tour's (the exclusion constraints). */
export const isExclusionViolation = (error: unknown) => postgresCode(error) === "23P01";
/** SQLSTATE 40P01: PostgreSQL chose this transaction to break a deadlock. */
export const isDeadlock = (error: unknown) => postgresCode(error) === "40P01";
