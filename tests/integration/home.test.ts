import { afterAll, describe, expect, it } from "vitest";
import { resolveSessionUser } from "@/lib/auth/session-user";
import { createPrismaClient } from "@/lib/prisma-client";
import { stopsToScore } from "@/lib/home/secretary-queries";
import { listStopsToScore } from "@/lib/scoring/queries";

// The file's database is a copy of the seeded template (tests/support/file-database.ts).
const database = createPrismaClient(process.env.DATABASE_URL!, 2);

afterAll(async () => {
  await database.$disconnect();
});

describe("the secretary's home page", () => {
  it("offers the same stops to score as 我的评分, own-enterprise stops left out", async () => {
    const observer = await database.user.findUniqueOrThrow({ where: { username: "observer" } });
    const user = (await resolveSessionUser(database, { sub: String(observer.id), signedInAt: Date.now() }))!;
    const home = await stopsToScore(user.id, user.enterpriseId, database);
    const scoring = await listStopsToScore(user);

    const open = scoring.stops.filter((stop) => stop.sheetStatus !== "SUBMITTED").map((stop) => stop.stopId);
    expect(home.stops.map((stop) => stop.id)).toEqual(open.slice(0, home.stops.length));
    expect(home.total).toBe(open.length);
    expect(home.total).toBeGreaterThan(0);

    // Counting own-enterprise stops in would change the list whenever the seed has any.
    const ignoringConflicts = await stopsToScore(user.id, null, database);
    expect(ignoringConflicts.total).toBe(open.length + scoring.excluded);
  });
});
