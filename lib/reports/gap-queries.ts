import "server-only";
import { db } from "@/lib/db";
import type { Database } from "@/lib/prisma-client";

/**
 * One row per enterprise and rubric category of a phase's active rubric:
 *   self:     the sum of the enterprise's self-scores in the category (reports submitted at least
 *             once; a draft never shown to staff does not count)
 *   observed: the mean, over the submitted score sheets of the enterprise's party organisations,
 *             of each sheet's points in the category
 * Both are points out of the category's maximum, so the gap is self − observed. One statement.
 */
export type GapCell = {
  enterpriseId: number;
  enterpriseName: string;
  categoryId: number;
  categoryName: string;
  categorySequence: number;
  maxPoints: string;
  self: string | null;
  observed: string | null;
  sheets: number;
};

export async function selfAssessmentGap(phaseId: number, database: Database = db()): Promise<GapCell[]> {
  return database.$queryRaw<GapCell[]>`
    WITH rubric AS (
      SELECT "id" FROM "Rubric" WHERE "phaseId" = ${phaseId} AND "status" = 'ACTIVE'
    ),
    category AS (
      SELECT c."id", c."name", c."sequence", sum(i."maxPoints") AS "maxPoints"
      FROM "RubricCategory" c JOIN rubric ON rubric."id" = c."rubricId"
      JOIN "RubricItem" i ON i."categoryId" = c."id"
      GROUP BY c."id", c."name", c."sequence"
    ),
    self AS (
      SELECT r."enterpriseId", i."categoryId", sum(ss."score") AS "points"
      FROM "SelfReport" r
      JOIN "SelfScore" ss ON ss."reportId" = r."id"
      JOIN "RubricItem" i ON i."id" = ss."itemId"
      JOIN rubric ON rubric."id" = i."rubricId"
      WHERE r."phaseId" = ${phaseId} AND r."status" <> 'DRAFT'
      GROUP BY r."enterpriseId", i."categoryId"
    ),
    sheet_category AS (
      SELECT o."enterpriseId", i."categoryId", s."id" AS "sheetId", sum(x."score") AS "points"
      FROM "ScoreSheet" s
      JOIN rubric ON rubric."id" = s."rubricId"
      JOIN "PartyOrganization" o ON o."id" = s."partyOrganizationId"
      JOIN "ItemScore" x ON x."sheetId" = s."id"
      JOIN "RubricItem" i ON i."id" = x."itemId"
      WHERE s."phaseId" = ${phaseId} AND s."status" = 'SUBMITTED'
      GROUP BY o."enterpriseId", i."categoryId", s."id"
    ),
    observed AS (
      SELECT "enterpriseId", "categoryId", avg("points") AS "points", count(*)::int AS "sheets"
      FROM sheet_category GROUP BY "enterpriseId", "categoryId"
    ),
    enterprise AS (
      SELECT "enterpriseId" FROM self UNION SELECT "enterpriseId" FROM observed
    )
    SELECT e."id" AS "enterpriseId", e."shortName" AS "enterpriseName",
           c."id" AS "categoryId", c."name" AS "categoryName", c."sequence" AS "categorySequence",
           c."maxPoints"::text AS "maxPoints",
           self."points"::text AS "self",
           round(observed."points", 2)::text AS "observed",
           coalesce(observed."sheets", 0) AS "sheets"
    FROM enterprise
    JOIN "Enterprise" e ON e."id" = enterprise."enterpriseId"
    CROSS JOIN category c
    LEFT JOIN self ON self."enterpriseId" = e."id" AND self."categoryId" = c."id"
    LEFT JOIN observed ON observed."enterpriseId" = e."id" AND observed."categoryId" = c."id"
    ORDER BY e."sortOrder", e."id", c."sequence"`;
}
