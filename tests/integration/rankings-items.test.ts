import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/prisma-client";
import { mulberry32 } from "@/prisma/seed/random";
import { phaseRankings, rankingGlanceRows, rankingRows, tierCounts, toRankingItem } from "@/lib/rankings/queries";
import { createScoredPhase, randomScores, type FixtureOptions, sampleTiers } from "@/tests/support/rankings-fixture";

/**
 * The API's ranking (lib/rankings `phaseRankings`) runs a leaner statement than the rankings page
 * since issue 7's benchmark (no median or spread per organisation). Whatever the data and the
 * phase's settings, it must list exactly what the page's full statement gives: same
 * organisations, order, ranks, scores and tiers. Likewise the leader home's glance
 * (`rankingGlanceRows`, one statement) against the three statements it replaced.
 */

const database = createPrismaClient(process.env.DATABASE_URL!, 2);
afterAll(() => database.$disconnect());

async function expectSameAsFullStatement(phaseId: number) {
  const lean = await phaseRankings(phaseId, database);
  const full = await rankingRows(phaseId, {}, { limit: null, offset: 0 }, database);
  expect(lean!.items).toEqual(full.map(toRankingItem));
  await expectGlanceAsThreeStatements(phaseId, full.length);
  return lean!.items;
}

/** The leader's glance in one statement equals the three statements it replaced (top, bottom, tier counts). */
async function expectGlanceAsThreeStatements(phaseId: number, ranked: number) {
  for (const length of [3, 10]) {
    const glance = await rankingGlanceRows(phaseId, length, database);
    const [top, bottom, counts] = await Promise.all([
      rankingRows(phaseId, {}, { limit: length, offset: 0 }, database),
      rankingRows(phaseId, {}, { limit: length, offset: Math.max(length, ranked - length) }, database),
      tierCounts(phaseId, {}, database),
    ]);
    const tierNames = (await database.phaseTier.findMany({ where: { phaseId }, orderBy: { rank: "asc" } })).map(
      (t) => t.name,
    );
    expect(glance).toEqual({ top, bottom, counts, tierNames });
  }
}

describe("the API's ranking statement", () => {
  it("agrees with the page's statement on every demo phase", async () => {
    const phases = await database.phase.findMany({ select: { id: true } });
    let listed = 0;
    for (const phase of phases) listed += (await expectSameAsFullStatement(phase.id)).length;
    expect(listed).toBeGreaterThan(0);
  });

  it.each([
    ["MEAN", "THRESHOLD", 1],
    ["MEAN", "QUOTA", 2],
    ["TRIMMED_MEAN", "THRESHOLD", 3],
    ["TRIMMED_MEAN", "QUOTA", 4],
  ] as const)("agrees on generated data (%s, %s, seed %i)", async (scoreMethod, tierMode, seed) => {
    const random = mulberry32(seed * 104_729);
    const orgs = await database.partyOrganization.findMany({ select: { id: true }, orderBy: { id: "asc" }, take: 40 });
    const scorers = (await database.user.findMany({ select: { id: true }, orderBy: { id: "asc" } })).map((u) => u.id);
    const stops: FixtureOptions["stops"][number][] = [];
    let previous: FixtureOptions["stops"][number]["sheets"] | null = null;
    for (const organization of orgs) {
      // Every third organisation copies the previous one's sheets, so shared ranks are certain.
      const sheets: FixtureOptions["stops"][number]["sheets"] =
        previous && random() < 0.33
          ? previous
          : [...scorers]
              .sort(() => random() - 0.5)
              .slice(0, 1 + Math.floor(random() * 8))
              .map((scorerId) => ({
                scorerId,
                scores: randomScores(random, 55 + random() * 45, 12),
                status: random() < 0.1 ? ("DRAFT" as const) : ("SUBMITTED" as const),
              }));
      previous = sheets;
      stops.push({ organizationId: organization.id, sheets });
    }
    const { phaseId } = await createScoredPhase(database, {
      year: 2080 + seed,
      scoreMethod,
      trimMinScorers: 3 + (seed % 3),
      tierMode,
      tiers: sampleTiers(tierMode),
      stops,
    });
    const items = await expectSameAsFullStatement(phaseId);
    expect(items.length).toBeGreaterThan(20);
    expect(items.some((item, index) => index > 0 && items[index - 1]!.rank === item.rank)).toBe(true);
  });

  it("answers null for a phase that does not exist", async () => {
    expect(await phaseRankings(987_654, database)).toBeNull();
  });
});
