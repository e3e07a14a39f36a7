import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { PhaseStatus, TourStatus } from "@/lib/generated/prisma/enums";
import type { Database, Transaction } from "@/lib/prisma-client";
import type { StopFacts } from "@/lib/scoring/sheet-rules";

export type StopContext = StopFacts & {
  stopId: number;
  phaseId: number;
  organizationId: number;
  /** The phase's ACTIVE rubric, which a sheet started now is scored against. */
  activeRubricId: number | null;
};

type Row = Omit<StopContext, "tourStatus" | "phaseStatus"> & { tourStatus: TourStatus; phaseStatus: PhaseStatus };

/**
 * What decides whether `userId` may score stop `stopId`, in one statement: the tour's and the
 * phase's status, the phase's conflict-of-interest setting, the party organisation's enterprise,
 * and whether the user is a scoring member of the tour.
 *
 * With `lock` (inside a write), the tour, phase and delegation seat are share-locked until the
 * transaction ends, so a phase closed or a seat removed at the same moment waits for the save to
 * finish (or the save sees the change) rather than letting a save land after the lock. Without a
 * seat the locked form finds no row, which the rules read as "not a scorer".
 */
export async function loadStopContext(
  client: Database | Transaction,
  userId: number,
  stopId: number,
  { lock = false }: { lock?: boolean } = {},
): Promise<StopContext | null> {
  const seat = lock
    ? Prisma.sql`JOIN "DelegationMember" d ON d."tourId" = t."id" AND d."userId" = ${userId}`
    : Prisma.sql`LEFT JOIN "DelegationMember" d ON d."tourId" = t."id" AND d."userId" = ${userId}`;
  const locking = lock ? Prisma.sql`FOR SHARE OF t, p, d` : Prisma.empty;
  const rows = await client.$queryRaw<Row[]>`
    SELECT s."id" AS "stopId", t."status"::text AS "tourStatus", p."id" AS "phaseId", p."status"::text AS "phaseStatus",
      p."excludeOwnEnterprise", o."id" AS "organizationId", o."enterpriseId" AS "organizationEnterpriseId",
      COALESCE(d."isScoring", false) AS "isScoringMember",
      (SELECT r."id" FROM "Rubric" r WHERE r."phaseId" = p."id" AND r."status" = 'ACTIVE') AS "activeRubricId"
    FROM "TourStop" s
    JOIN "Tour" t ON t."id" = s."tourId"
    JOIN "Phase" p ON p."id" = t."phaseId"
    JOIN "Site" si ON si."id" = s."siteId"
    JOIN "PartyOrganization" o ON o."id" = si."partyOrganizationId"
    ${seat}
    WHERE s."id" = ${stopId}
    ${locking}`;
  return rows[0] ?? null;
}
