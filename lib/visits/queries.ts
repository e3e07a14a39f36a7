import "server-only";
import { db } from "@/lib/db";
import type { PhaseStatus, SignupStatus } from "@/lib/generated/prisma/enums";
import type { Database } from "@/lib/prisma-client";

/*
 * Reads for the visit pages. Each list is one SQL statement whatever its length: counts and the
 * waiting-list position come from subqueries, the 示范观摩点 mark from DemonstrationSelection.
 * Measured: /visits costs 2 statements, /admin/visits 3 (the phase lookup is 2), /admin/visits/[id]
 * 3, besides the session read.
 */

export type DemonstrationPhase = {
  id: number;
  name: string;
  status: PhaseStatus;
  startsOn: Date;
  endsOn: Date;
  campaignName: string;
};

/** The demonstration phase of the current campaign (the latest year), or null. */
export async function currentDemonstrationPhase(database: Database = db()): Promise<DemonstrationPhase | null> {
  const phase = await database.phase.findFirst({
    where: { kind: "DEMONSTRATION" },
    orderBy: { campaign: { year: "desc" } },
    select: { id: true, name: true, status: true, startsOn: true, endsOn: true, campaign: { select: { name: true } } },
  });
  return phase ? { ...phase, campaignName: phase.campaign.name } : null;
}

type SlotSite = {
  siteId: number;
  siteName: string;
  siteAddress: string;
  siteTheme: string;
  organization: string;
  enterprise: string;
  /** Chosen as one of the phase's 6 国企党建观摩示范点 (DemonstrationSelection, category SITE). */
  isDemonstrationSite: boolean;
};

export type OpenSlot = SlotSite & {
  id: number;
  startsAt: Date;
  endsAt: Date;
  capacity: number;
  confirmedCount: number;
  note: string;
  waiting: number;
};

const SITE_COLUMNS = `
  st."id" AS "siteId", st."name" AS "siteName", st."address" AS "siteAddress", st."theme" AS "siteTheme",
  po."name" AS "organization", e."shortName" AS "enterprise",
  EXISTS (SELECT 1 FROM "DemonstrationSelection" d
           WHERE d."phaseId" = v."phaseId" AND d."category" = 'SITE' AND d."siteId" = v."siteId") AS "isDemonstrationSite"`;

const SITE_JOINS = `
  JOIN "Site" st ON st."id" = v."siteId"
  JOIN "PartyOrganization" po ON po."id" = st."partyOrganizationId"
  JOIN "Enterprise" e ON e."id" = po."enterpriseId"`;

/** Slots that take sign-ups now: not cancelled, not yet started, in a phase that is not closed. 1 query. */
export async function listOpenSlots(now: Date, database: Database = db()): Promise<OpenSlot[]> {
  return database.$queryRawUnsafe<OpenSlot[]>(
    `SELECT v."id", v."startsAt", v."endsAt", v."capacity", v."confirmedCount", v."note",
            (SELECT count(*)::int FROM "VisitSignup" w WHERE w."slotId" = v."id" AND w."status" = 'WAITLISTED') AS "waiting",
            ${SITE_COLUMNS}
       FROM "VisitSlot" v
       JOIN "Phase" p ON p."id" = v."phaseId"
       ${SITE_JOINS}
      WHERE v."cancelledAt" IS NULL AND v."startsAt" > $1 AND p."status" <> 'CLOSED'
      ORDER BY v."startsAt", v."id"`,
    now,
  );
}

export type MySignup = {
  id: number;
  slotId: number;
  status: SignupStatus;
  /** Place on the waiting list, 1 = next in line; null unless waitlisted. */
  position: number | null;
  queuedAt: Date;
  startsAt: Date;
  endsAt: Date;
  siteName: string;
  siteAddress: string;
  slotCancelledAt: Date | null;
  slotCancelReason: string | null;
  phaseStatus: PhaseStatus;
};

/** Every sign-up of one person, newest slot first, with the waiting-list position. 1 query. */
export async function listMySignups(userId: number, database: Database = db()): Promise<MySignup[]> {
  return database.$queryRaw<MySignup[]>`
    SELECT s."id", s."slotId", s."status"::text AS "status", s."queuedAt",
           CASE WHEN s."status" = 'WAITLISTED' THEN
             (SELECT count(*)::int + 1 FROM "VisitSignup" w
               WHERE w."slotId" = s."slotId" AND w."status" = 'WAITLISTED'
                 AND (w."queuedAt", w."id") < (s."queuedAt", s."id"))
           END AS "position",
           v."startsAt", v."endsAt", st."name" AS "siteName", st."address" AS "siteAddress",
           v."cancelledAt" AS "slotCancelledAt", v."cancelReason" AS "slotCancelReason",
           p."status"::text AS "phaseStatus"
      FROM "VisitSignup" s
      JOIN "VisitSlot" v ON v."id" = s."slotId"
      JOIN "Site" st ON st."id" = v."siteId"
      JOIN "Phase" p ON p."id" = v."phaseId"
     WHERE s."userId" = ${userId}
     ORDER BY v."startsAt" DESC, v."id" DESC`;
}

export type AdminSlotRow = SlotSite & {
  id: number;
  startsAt: Date;
  endsAt: Date;
  capacity: number;
  confirmedCount: number;
  waiting: number;
  note: string;
  cancelledAt: Date | null;
};

/** Every slot of a phase with its counts, in time order. 1 query. */
export async function listSlotsOfPhase(phaseId: number, database: Database = db()): Promise<AdminSlotRow[]> {
  return database.$queryRawUnsafe<AdminSlotRow[]>(
    `SELECT v."id", v."startsAt", v."endsAt", v."capacity", v."confirmedCount", v."note", v."cancelledAt",
            (SELECT count(*)::int FROM "VisitSignup" w WHERE w."slotId" = v."id" AND w."status" = 'WAITLISTED') AS "waiting",
            ${SITE_COLUMNS}
       FROM "VisitSlot" v
       ${SITE_JOINS}
      WHERE v."phaseId" = $1
      ORDER BY v."startsAt", v."id"`,
    phaseId,
  );
}

export type AdminSlot = AdminSlotRow & {
  phaseId: number;
  phaseName: string;
  phaseStatus: PhaseStatus;
  cancelReason: string | null;
  /** Sign-up rows of any status: a slot with none may be deleted outright. */
  signupRows: number;
};

/** One slot for its staff page, or null. 1 query. */
export async function findSlotForAdmin(slotId: number, database: Database = db()): Promise<AdminSlot | null> {
  const rows = await database.$queryRawUnsafe<AdminSlot[]>(
    `SELECT v."id", v."startsAt", v."endsAt", v."capacity", v."confirmedCount", v."note", v."cancelledAt",
            v."cancelReason", v."phaseId", p."name" AS "phaseName", p."status"::text AS "phaseStatus",
            (SELECT count(*)::int FROM "VisitSignup" w WHERE w."slotId" = v."id" AND w."status" = 'WAITLISTED') AS "waiting",
            (SELECT count(*)::int FROM "VisitSignup" w WHERE w."slotId" = v."id") AS "signupRows",
            ${SITE_COLUMNS}
       FROM "VisitSlot" v
       JOIN "Phase" p ON p."id" = v."phaseId"
       ${SITE_JOINS}
      WHERE v."id" = $1`,
    slotId,
  );
  return rows[0] ?? null;
}

export type SlotSignupRow = {
  id: number;
  status: SignupStatus;
  queuedAt: Date;
  createdAt: Date;
  updatedAt: Date;
  name: string;
  title: string;
  enterprise: string | null;
};

/** A slot's sign-ups: confirmed and waiting in queue order, then the cancelled ones. 1 query. */
export async function listSignupsOfSlot(slotId: number, database: Database = db()): Promise<SlotSignupRow[]> {
  return database.$queryRaw<SlotSignupRow[]>`
    SELECT s."id", s."status"::text AS "status", s."queuedAt", s."createdAt", s."updatedAt",
           u."displayName" AS "name", u."title", e."shortName" AS "enterprise"
      FROM "VisitSignup" s
      JOIN "User" u ON u."id" = s."userId"
      LEFT JOIN "Enterprise" e ON e."id" = u."enterpriseId"
     WHERE s."slotId" = ${slotId}
     ORDER BY CASE s."status" WHEN 'CONFIRMED' THEN 0 WHEN 'WAITLISTED' THEN 1 ELSE 2 END,
              s."queuedAt", s."id"`;
}

export type SiteOption = {
  id: number;
  name: string;
  enterprise: string;
  capacity: number;
  isActive: boolean;
  isDemonstrationSite: boolean;
};

/**
 * Sites a slot may be at: every active site (and the slot's own, even if since disabled), the
 * phase's selected 示范观摩点 first. 1 query.
 */
export async function listSiteOptions(
  phaseId: number,
  includeSiteId: number | null = null,
  database: Database = db(),
): Promise<SiteOption[]> {
  return database.$queryRaw<SiteOption[]>`
    SELECT st."id", st."name", e."shortName" AS "enterprise", st."capacity", st."isActive",
           EXISTS (SELECT 1 FROM "DemonstrationSelection" d
                    WHERE d."phaseId" = ${phaseId} AND d."category" = 'SITE' AND d."siteId" = st."id") AS "isDemonstrationSite"
      FROM "Site" st
      JOIN "PartyOrganization" po ON po."id" = st."partyOrganizationId"
      JOIN "Enterprise" e ON e."id" = po."enterpriseId"
     WHERE st."isActive" OR st."id" = ${includeSiteId}
     ORDER BY "isDemonstrationSite" DESC, e."sortOrder", e."id", st."id"`;
}
