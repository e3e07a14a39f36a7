import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { PhaseKind, PhaseStatus, TourStatus } from "@/lib/generated/prisma/enums";
import type { Database } from "@/lib/prisma-client";
import type { TourListFilter } from "@/lib/tours/list-filter";

/**
 * The /tours list: two statements whatever the number of tours (the phases for the filter, then
 * one page of tours with their counts, site names, head of delegation and the total, all computed
 * in SQL). tests/integration/tours.test.ts counts them with 1,000 tours in one phase.
 */

export const TOUR_PAGE_SIZE = 50;

export type PhaseOption = {
  id: number;
  year: number;
  kind: PhaseKind;
  name: string;
  status: PhaseStatus;
  startsOn: Date;
  endsOn: Date;
};

export type TourListRow = {
  id: number;
  title: string;
  phaseId: number;
  startsAt: Date;
  endsAt: Date;
  status: TourStatus;
  cancelReason: string | null;
  siteNames: string[];
  headName: string | null;
  memberCount: number;
  guestCount: number;
};

export type TourListPage = {
  phases: PhaseOption[];
  /** The phase shown: the one asked for, else the active phase, else null (all phases). */
  phaseId: number | null;
  rows: TourListRow[];
  total: number;
  page: number;
  pageCount: number;
};

/** Phases of every campaign, newest campaign first, in phase order; 1 statement. */
export async function listPhaseOptions(database: Database = db()): Promise<PhaseOption[]> {
  // Raw so the campaign's year comes in the same statement (Prisma would fetch the relation separately).
  return database.$queryRaw<PhaseOption[]>`
    SELECT p."id", c."year", p."kind", p."name", p."status", p."startsOn", p."endsOn"
    FROM "Phase" p JOIN "Campaign" c ON c."id" = p."campaignId"
    ORDER BY c."year" DESC, p."sequence"`;
}

/**
 * One page of tours. Drafts are work in progress of the staff who schedule tours: only callers
 * that may manage tours (`includeDrafts`) see them.
 */
export async function tourListPage(
  filter: TourListFilter,
  options: { includeDrafts: boolean },
  database: Database = db(),
  pageSize: number = TOUR_PAGE_SIZE,
): Promise<TourListPage> {
  const phases = await listPhaseOptions(database);
  const phaseId =
    filter.phase === "all"
      ? null
      : filter.phase === "default"
        ? (phases.find((phase) => phase.status === "ACTIVE")?.id ?? null)
        : filter.phase;

  const conditions = [
    phaseId === null ? null : Prisma.sql`t."phaseId" = ${phaseId}`,
    filter.status === null ? null : Prisma.sql`t."status" = ${filter.status}::"TourStatus"`,
    options.includeDrafts ? null : Prisma.sql`t."status" <> 'DRAFT'`,
  ].filter((condition): condition is Prisma.Sql => condition !== null);
  const where = conditions.length > 0 ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty;

  const rows = await database.$queryRaw<(TourListRow & { total: number })[]>`
    SELECT t."id", t."title", t."phaseId", t."startsAt", t."endsAt", t."status", t."cancelReason",
      coalesce((SELECT array_agg(s."name" ORDER BY st."sequence")
                FROM "TourStop" st JOIN "Site" s ON s."id" = st."siteId"
                WHERE st."tourId" = t."id"), '{}') AS "siteNames",
      (SELECT u."displayName" FROM "DelegationMember" m JOIN "User" u ON u."id" = m."userId"
        WHERE m."tourId" = t."id" AND m."part" = 'HEAD' ORDER BY m."id" LIMIT 1) AS "headName",
      (SELECT count(*) FROM "DelegationMember" m WHERE m."tourId" = t."id")::int AS "memberCount",
      (SELECT count(*) FROM "TourGuest" g WHERE g."tourId" = t."id")::int AS "guestCount",
      count(*) OVER ()::int AS "total"
    FROM "Tour" t
    JOIN "Phase" p ON p."id" = t."phaseId"
    JOIN "Campaign" c ON c."id" = p."campaignId"
    ${where}
    ORDER BY c."year" DESC, p."sequence", t."startsAt", t."id"
    LIMIT ${pageSize} OFFSET ${(filter.page - 1) * pageSize}`;

  const total = rows[0]?.total ?? 0;
  return {
    phases,
    phaseId,
    rows: rows.map(({ total: _total, ...row }) => row),
    total,
    page: filter.page,
    pageCount: Math.max(1, Math.ceil(total / pageSize)),
  };
}
