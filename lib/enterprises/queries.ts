import "server-only";
import { db } from "@/lib/db";

/**
 * Every enterprise with how many party organisations and sites it has (active ones, and all);
 * 1 statement, counted in SQL.
 */
export async function listEnterprisesForSetup() {
  return db().$queryRaw<
    {
      id: number;
      name: string;
      shortName: string;
      category: "MUNICIPAL" | "CENTRAL" | "OTHER";
      countsTowardAssetTarget: boolean;
      isActive: boolean;
      sortOrder: number;
      orgCount: number;
      memberCount: number;
      siteCount: number;
    }[]
  >`
    SELECT e."id", e."name", e."shortName", e."category", e."countsTowardAssetTarget", e."isActive", e."sortOrder",
           COALESCE(o."orgCount", 0)::int AS "orgCount",
           COALESCE(o."memberCount", 0)::int AS "memberCount",
           COALESCE(s."siteCount", 0)::int AS "siteCount"
      FROM "Enterprise" e
      LEFT JOIN (
        SELECT "enterpriseId", count(*) AS "orgCount",
               sum("memberCount") FILTER (WHERE "level" = 'BRANCH') AS "memberCount"
          FROM "PartyOrganization" WHERE "isActive" GROUP BY "enterpriseId"
      ) o ON o."enterpriseId" = e."id"
      LEFT JOIN (
        SELECT po."enterpriseId", count(*) AS "siteCount"
          FROM "Site" site JOIN "PartyOrganization" po ON po."id" = site."partyOrganizationId"
         WHERE site."isActive" GROUP BY po."enterpriseId"
      ) s ON s."enterpriseId" = e."id"
     ORDER BY e."isActive" DESC, e."category", e."sortOrder", e."id"`;
}

export type EnterpriseListRow = Awaited<ReturnType<typeof listEnterprisesForSetup>>[number];

export async function findEnterpriseForSetup(enterpriseId: number) {
  return db().enterprise.findUnique({
    where: { id: enterpriseId },
    select: {
      id: true,
      name: true,
      shortName: true,
      category: true,
      countsTowardAssetTarget: true,
      isActive: true,
      sortOrder: true,
    },
  });
}

/** The enterprise's whole organisation tree as rows, each with its site count; 1 query. */
export async function listOrganizations(enterpriseId: number) {
  return db().partyOrganization.findMany({
    where: { enterpriseId },
    orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
    select: {
      id: true,
      parentId: true,
      name: true,
      level: true,
      memberCount: true,
      isActive: true,
      sortOrder: true,
      _count: { select: { sites: { where: { isActive: true } } } },
    },
  });
}

export type OrganizationRow = Awaited<ReturnType<typeof listOrganizations>>[number];
