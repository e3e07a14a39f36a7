import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/prisma-client";
import { seedDemoData } from "@/prisma/seed";

// The hand-written invariants of prisma/migrations/*_domain_checks: each statement below breaks
// exactly one of them on otherwise valid demo rows, and PostgreSQL must refuse it by name.
const databaseUrl = process.env.DATABASE_URL!;
const client = new pg.Client({ connectionString: databaseUrl });

beforeAll(async () => {
  const database = createPrismaClient(databaseUrl, 1);
  await seedDemoData(database);
  await database.$disconnect();
  await client.connect();
});

afterAll(async () => {
  await client.end();
});

/** Runs the statement in a transaction that is always rolled back; answers the error it raised. */
async function errorOf(statement: string): Promise<{ constraint?: string; message: string } | null> {
  await client.query("BEGIN");
  try {
    await client.query(statement);
    return null;
  } catch (error) {
    return error as { constraint?: string; message: string };
  } finally {
    await client.query("ROLLBACK");
  }
}

const secretary = `(SELECT id FROM "User" WHERE username = 'secretary')`;
const firstSheet = `(SELECT id FROM "ScoreSheet" ORDER BY id LIMIT 1)`;
const firstItemScore = `"sheetId" = ${firstSheet} AND "itemId" = (SELECT MIN("itemId") FROM "ItemScore" WHERE "sheetId" = ${firstSheet})`;

const VIOLATIONS: [constraint: string, statement: string][] = [
  ["User_secretary_has_enterprise", `UPDATE "User" SET "enterpriseId" = NULL WHERE id = ${secretary}`],
  ["Phase_window_order", `UPDATE "Phase" SET "endsOn" = "startsOn" - 1 WHERE sequence = 1`],
  ["Phase_trim_min_scorers", `UPDATE "Phase" SET "trimMinScorers" = 2 WHERE sequence = 1`],
  ["Phase_travel_minutes_range", `UPDATE "Phase" SET "travelMinutes" = -5 WHERE sequence = 1`],
  ["Phase_closed_has_time", `UPDATE "Phase" SET "status" = 'CLOSED', "closedAt" = NULL WHERE sequence = 3`],
  ["PhaseTier_min_score_range", `UPDATE "PhaseTier" SET "minScore" = 101 WHERE rank = 1`],
  ["PartyOrganization_member_count_nonnegative", `UPDATE "PartyOrganization" SET "memberCount" = -1`],
  [
    "PartyOrganization_level_below_parent",
    `UPDATE "PartyOrganization" SET "parentId" = id WHERE "parentId" IS NOT NULL`,
  ],
  ["Site_capacity_positive", `UPDATE "Site" SET capacity = 0`],
  ["Tour_window_check", `UPDATE "Tour" SET "endsAt" = "startsAt"`],
  ["Tour_cancel_reason", `UPDATE "Tour" SET status = 'CANCELLED', "cancelReason" = '  ' WHERE status = 'DRAFT'`],
  ["TourStop_times_check", `UPDATE "TourStop" SET "departAt" = "arriveAt" - interval '1 minute'`],
  [
    "Remark_author_or_guest_check",
    `UPDATE "Remark" SET "guestId" = (SELECT MIN(id) FROM "TourGuest") WHERE "authorId" IS NOT NULL`,
  ],
  ["Remark_content_length_check", `UPDATE "Remark" SET content = ''`],
  ["RubricItem_max_points", `UPDATE "RubricItem" SET "maxPoints" = 10.3`],
  ["ItemScore_range_and_step", `UPDATE "ItemScore" SET score = "maxPoints" + 0.5 WHERE ${firstItemScore}`],
  ["ItemScore_range_and_step", `UPDATE "ItemScore" SET score = 0.3 WHERE ${firstItemScore}`],
  ["ItemScore_range_and_step", `UPDATE "ItemScore" SET score = -0.5 WHERE ${firstItemScore}`],
  ["ScoreSheet_total_range", `UPDATE "ScoreSheet" SET total = 100.5 WHERE id = ${firstSheet}`],
  ["ScoreSheet_submitted_has_time", `UPDATE "ScoreSheet" SET "submittedAt" = NULL WHERE status = 'SUBMITTED'`],
  ["Problem_closed_has_time", `UPDATE "Problem" SET "closedAt" = NULL WHERE status = 'CLOSED'`],
  ["Problem_source_link", `UPDATE "Problem" SET "selfReportId" = NULL WHERE source = 'SELF_REPORT'`],
  ["AssetFigure_non_negative", `UPDATE "AssetFigure" SET "totalAssets" = -0.01`],
  ["AssetFigure_first_of_month", `UPDATE "AssetFigure" SET month = month + 14`],
  ["AssetTarget_positive", `UPDATE "AssetTarget" SET amount = 0`],
  [
    "DemonstrationSelection_slot_and_target",
    `INSERT INTO "DemonstrationSelection" ("phaseId", category, slot, "siteId", reason, "selectedById")
     SELECT (SELECT id FROM "Phase" WHERE sequence = 3), 'SITE', 7, (SELECT MIN(id) FROM "Site"), '越界', ${secretary}`,
  ],
  [
    "DemonstrationSelection_slot_and_target",
    `INSERT INTO "DemonstrationSelection" ("phaseId", category, slot, "siteId", reason, "selectedById")
     SELECT (SELECT id FROM "Phase" WHERE sequence = 3), 'UNIT', 1, (SELECT MIN(id) FROM "Site"), '类别不符', ${secretary}`,
  ],
  [
    "StoredFile_exactly_one_owner",
    `INSERT INTO "StoredFile" ("storageKey", "originalName", "mimeType", "sizeBytes", sha256, "uploadedById")
     VALUES ('orphan', 'a.png', 'image/png', 1, 'x', ${secretary})`,
  ],
];

describe("the database refuses rows the domain forbids", () => {
  it("holds with the demo data loaded (every statement below touches real rows)", async () => {
    const { rows } = await client.query<{ n: string }>(
      `SELECT (SELECT count(*) FROM "Remark") * (SELECT count(*) FROM "ItemScore") *
              (SELECT count(*) FROM "Problem" WHERE status = 'CLOSED') *
              (SELECT count(*) FROM "Problem" WHERE source = 'SELF_REPORT') *
              (SELECT count(*) FROM "Tour" WHERE status = 'DRAFT') AS n`,
    );
    expect(Number(rows[0]!.n)).toBeGreaterThan(0);
  });

  it.each(VIOLATIONS)("%s: %s", async (constraint, statement) => {
    const error = await errorOf(statement);
    expect(error?.constraint ?? error?.message).toBe(constraint);
  });

  it("keeps the audit log append-only", async () => {
    await client.query(
      `INSERT INTO "AuditLog" ("actorName", action, "entityType", "entityId") VALUES ('测试', 'test.entry', 'Test', '1')`,
    );
    expect((await errorOf(`UPDATE "AuditLog" SET action = 'forged'`))?.message).toMatch(/cannot be changed/);
    expect((await errorOf(`DELETE FROM "AuditLog"`))?.message).toMatch(/cannot be changed/);
  });
});
