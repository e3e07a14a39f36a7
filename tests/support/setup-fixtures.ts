import type { Database } from "@/lib/prisma-client";

/** Helpers for the setup-pages integration tests (campaign, enterprises, sites). */

export async function userIdOf(database: Database, username: string): Promise<number> {
  return (await database.user.findUniqueOrThrow({ where: { username }, select: { id: true } })).id;
}

/** A tour of `phaseId` on `day` (China time, 14:00–17:00), optionally visiting a site; made directly, as tours are another feature. */
export async function tourOn(
  database: Database,
  options: {
    phaseId: number;
    createdById: number;
    day: string;
    title: string;
    siteId?: number;
    status?: "DRAFT" | "PUBLISHED" | "CANCELLED";
  },
) {
  const startsAt = new Date(`${options.day}T14:00:00+08:00`);
  const endsAt = new Date(`${options.day}T17:00:00+08:00`);
  return database.tour.create({
    data: {
      phaseId: options.phaseId,
      title: options.title,
      startsAt,
      endsAt,
      status: options.status ?? "DRAFT",
      // A cancelled tour always says why (Tour_cancel_reason).
      cancelReason: options.status === "CANCELLED" ? "测试取消" : null,
      createdById: options.createdById,
      ...(options.siteId
        ? {
            stops: {
              create: {
                siteId: options.siteId,
                sequence: 1,
                arriveAt: startsAt,
                departAt: new Date(`${options.day}T15:00:00+08:00`),
                programme: ["BRIEFING"],
              },
            },
          }
        : {}),
    },
    select: { id: true },
  });
}

/** Row counts and the latest change of every table the setup pages write: equal before and after means nothing changed. */
export async function setupFingerprint(database: Database) {
  const [row] = await database.$queryRaw<Record<string, string>[]>`
    SELECT (SELECT count(*) FROM "Campaign")::text AS campaigns,
           (SELECT max("updatedAt") FROM "Campaign")::text AS "campaignsChanged",
           (SELECT count(*) FROM "Phase")::text AS phases,
           (SELECT max("updatedAt") FROM "Phase")::text AS "phasesChanged",
           (SELECT count(*) FROM "PhaseTier")::text AS tiers,
           (SELECT count(*) FROM "Enterprise")::text AS enterprises,
           (SELECT max("updatedAt") FROM "Enterprise")::text AS "enterprisesChanged",
           (SELECT count(*) FROM "PartyOrganization")::text AS organizations,
           (SELECT max("updatedAt") FROM "PartyOrganization")::text AS "organizationsChanged",
           (SELECT count(*) FROM "Site")::text AS sites,
           (SELECT max("updatedAt") FROM "Site")::text AS "sitesChanged",
           (SELECT count(*) FROM "StoredFile")::text AS files,
           (SELECT count(*) FROM "AuditLog")::text AS "auditRows"`;
  return row!;
}
