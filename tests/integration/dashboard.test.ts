import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { createPrismaClient, type Database } from "@/lib/prisma-client";
import { expectedSheetCount, sheetCompletion } from "@/lib/home/expected-sheets";
import { loadLeaderDashboard, rankingGlance } from "@/lib/home/leader-dashboard";
import {
  latestRemarks,
  phaseProgress,
  problemHealth,
  promotedExperience,
  reportStatusByEnterprise,
} from "@/lib/home/leader-queries";
import { assetCard, currentCampaign } from "@/lib/home/queries";
import { createDashboardFixture, FIXTURE_NOW } from "@/tests/support/dashboard-fixture";

vi.mock("next/headers", () => import("@/tests/support/request-context"));

// The file's database is a copy of the seeded template (tests/support/file-database.ts); the
// fixture adds a campaign of its own (2040) whose figures are worked out by hand below.
const database = createPrismaClient(process.env.DATABASE_URL!, 2);
let ids: Awaited<ReturnType<typeof createDashboardFixture>>;

beforeAll(async () => {
  ids = await createDashboardFixture(database);
});

afterAll(async () => {
  await database.$disconnect();
});

describe("phase progress", () => {
  it("counts tours and score sheets against the places expected, conflicts of interest excluded", async () => {
    const rows = await phaseProgress(ids.campaignId, database);
    expect(rows).toEqual([
      // A: tours completed 1 (a1), planned 1 (a2); drafts and cancelled tours count for nothing.
      // Expected: a1 2 stops × 3 scoring members + a2 1 × 1 = 7. Submitted in those places: 4
      // (the admin's sheet fills no place: not a scoring member; the leader's draft is no sheet yet).
      {
        phaseId: ids.phaseA,
        toursCompleted: 1,
        toursPlanned: 1,
        sheetsExpected: 7,
        sheetsSubmitted: 4,
        sheetsPercent: "57.1",
        rankedOrganizations: 3,
      },
      // B excludes own enterprise: 2 × 3 − (secretary at E1's stop, observer at E2's) = 4.
      // Submitted: leader and observer at E1's stop, secretary at E2's = 3 (the secretary's own-stop sheet fills no place).
      {
        phaseId: ids.phaseB,
        toursCompleted: 1,
        toursPlanned: 0,
        sheetsExpected: 4,
        sheetsSubmitted: 3,
        sheetsPercent: "75.0",
        rankedOrganizations: 2,
      },
      {
        phaseId: null,
        toursCompleted: 2,
        toursPlanned: 1,
        sheetsExpected: 11,
        sheetsSubmitted: 7,
        sheetsPercent: "63.6",
        rankedOrganizations: 5,
      },
    ]);
  });

  it("agrees with the TypeScript definition of expected sheets", () => {
    // Enterprises: E1 = 1, E2 = 2; members leader (none), secretary (1), observer (2).
    const phaseA = [
      { status: "COMPLETED", stopEnterpriseIds: [1, 2], scoringMemberEnterpriseIds: [null, 1, 2] },
      { status: "PUBLISHED", stopEnterpriseIds: [2], scoringMemberEnterpriseIds: [null] },
      { status: "DRAFT", stopEnterpriseIds: [1], scoringMemberEnterpriseIds: [null] },
      { status: "CANCELLED", stopEnterpriseIds: [2], scoringMemberEnterpriseIds: [null, 2] },
    ] as const;
    const phaseB = [
      { status: "COMPLETED", stopEnterpriseIds: [1, 2], scoringMemberEnterpriseIds: [null, 1, 2] },
    ] as const;
    expect(expectedSheetCount(phaseA, false)).toBe(7);
    expect(expectedSheetCount(phaseB, true)).toBe(4);
    expect(sheetCompletion(4, 7)).toBe("57.1");
    expect(sheetCompletion(7, 11)).toBe("63.6");
  });
});

describe("problem health", () => {
  it("counts per enterprise, worst first, with overdue by China's calendar and the closed share", async () => {
    const rows = await problemHealth(ids.campaignId, FIXTURE_NOW, database);
    expect(rows).toEqual([
      // E1: open (deadline 06-14, overdue on China's 06-15), rectifying (deadline today: not yet), closed.
      {
        enterpriseId: ids.e1,
        enterpriseName: "市水务集团",
        total: 3,
        unclosed: 2,
        closed: 1,
        overdue: 1,
        rectificationRate: "33.3",
      },
      // E2: awaiting verification past its deadline, closed past its deadline (closed is never overdue).
      {
        enterpriseId: ids.e2,
        enterpriseName: "交投集团",
        total: 2,
        unclosed: 1,
        closed: 1,
        overdue: 1,
        rectificationRate: "50.0",
      },
      {
        enterpriseId: null,
        enterpriseName: null,
        total: 5,
        unclosed: 3,
        closed: 2,
        overdue: 2,
        rectificationRate: "40.0",
      },
    ]);
  });

  it("on UTC's calendar the same instant would still be 06-14: the open problem would not be overdue", async () => {
    const rows = await problemHealth(ids.campaignId, new Date("2040-06-14T15:59:00Z"), database);
    expect(rows.at(-1)).toMatchObject({ overdue: 1 });
  });

  it("gives a total row of zeros and no rate for a campaign without problems", async () => {
    const demo = (await database.campaign.findUniqueOrThrow({ where: { year: 2022 } })).id;
    const empty = await database.campaign.create({ data: { year: 2041, name: "空活动", goals: [] } });
    try {
      expect(await problemHealth(empty.id, FIXTURE_NOW, database)).toEqual([
        {
          enterpriseId: null,
          enterpriseName: null,
          total: 0,
          unclosed: 0,
          closed: 0,
          overdue: 0,
          rectificationRate: null,
        },
      ]);
      expect((await problemHealth(demo, FIXTURE_NOW, database)).length).toBeGreaterThan(1);
    } finally {
      await database.campaign.delete({ where: { id: empty.id } });
    }
  });
});

describe("self-report status", () => {
  it("lists every active enterprise with its report's state, late ones marked, and counts per state", async () => {
    const rows = await reportStatusByEnterprise(ids.phaseB, database);
    const active = await database.enterprise.count({ where: { isActive: true } });
    expect(rows).toHaveLength(active);
    const e1 = rows.find((row) => row.enterpriseId === ids.e1)!;
    const e2 = rows.find((row) => row.enterpriseId === ids.e2)!;
    expect(e1).toMatchObject({ status: "ACCEPTED", late: false, statusCount: 1 });
    expect(e2).toMatchObject({ status: "SUBMITTED", late: true, statusCount: 1 });
    const others = rows.filter((row) => row.enterpriseId !== ids.e1 && row.enterpriseId !== ids.e2);
    expect(others.every((row) => row.status === null && row.statusCount === active - 2 && !row.late)).toBe(true);
  });
});

describe("remarks and experience", () => {
  it("shows the newest remarks of published tours with who said them, drafts left out", async () => {
    const rows = await latestRemarks(ids.campaignId, database);
    expect(rows.map((row) => [row.content, row.speaker, row.speakerTitle, row.tourId])).toEqual([
      ["党建与业务融合紧密", "王来宾", "市委组织部", ids.a1],
      ["学习角很有特色", expect.any(String), expect.any(String), ids.a1],
    ]);
    const leader = await database.user.findUniqueOrThrow({ where: { username: "leader" } });
    expect(rows[1]!.speaker).toBe(leader.displayName);
  });

  it("shows promoted entries, latest promotion first, with how many are promoted", async () => {
    const rows = await promotedExperience(ids.campaignId, database);
    expect(rows.map((row) => [row.id, row.promotedCount])).toEqual([
      [ids.x2, 2],
      [ids.x1, 2],
    ]);
  });
});

describe("rankings at a glance", () => {
  it("takes the phase's ranking from lib/rankings with the tier distribution, zero tiers included", async () => {
    const glance = await rankingGlance(ids.phaseA, 3, database);
    // org3 95.00; org1 (92 + 88 + 90) / 3 = 90.00; org2 80.00 (the draft does not count).
    expect(glance.top.map((row) => [row.rank, row.organizationId, row.score.toFixed(2), row.tier])).toEqual([
      [1, ids.org3, "95.00", "好"],
      [2, ids.org1, "90.00", "好"],
      [3, ids.org2, "80.00", "一般"],
    ]);
    expect(glance.bottom).toEqual([]);
    expect(glance.tiers).toEqual([
      { tier: "好", count: 2 },
      { tier: "一般", count: 1 },
    ]);
  });

  it("lists the last ten after the top ten without repeating a row (the demo internal phase ranks 11)", async () => {
    const internal = await database.phase.findFirstOrThrow({ where: { kind: "INTERNAL", campaign: { year: 2022 } } });
    const glance = await rankingGlance(internal.id, 11, database);
    expect(glance.top.map((row) => row.rank)).toEqual([1, 2, 3, 4, 5, 5, 7, 8, 9, 10]);
    expect(glance.bottom.map((row) => [row.rank, row.organizationName, row.score.toFixed(2), row.tier])).toEqual([
      [11, "产投集团产业园区党支部", "68.50", "差"],
    ]);
    expect(glance.tiers).toEqual([
      { tier: "好", count: 3 },
      { tier: "较好", count: 4 },
      { tier: "一般", count: 3 },
      { tier: "差", count: 1 },
    ]);
  });
});

describe("the leader's home", () => {
  it("opens the ranking of the latest ranked phase and falls back to it for a phase without one", async () => {
    const campaign = (await currentCampaign(database))!;
    expect(campaign.id).toBe(ids.campaignId);
    const byDefault = await loadLeaderDashboard(campaign, FIXTURE_NOW, { phaseId: null }, database);
    expect(byDefault.rankings.map((glance) => glance.phaseId)).toEqual([ids.phaseB]);
    const asked = await loadLeaderDashboard(campaign, FIXTURE_NOW, { phaseId: ids.phaseA }, database);
    expect(asked.rankings.map((glance) => glance.phaseId)).toEqual([ids.phaseA]);
    const unknown = await loadLeaderDashboard(campaign, FIXTURE_NOW, { phaseId: 999_999 }, database);
    expect(unknown.rankings.map((glance) => glance.phaseId)).toEqual([ids.phaseB]);
    expect(byDefault.reports.phase?.id).toBe(ids.phaseB);
  });

  it("runs the same 5 SQL statements for the small fixture campaign and the whole demo campaign", async () => {
    const counting = new PrismaClient({
      adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL!, max: 2 }),
      log: [{ emit: "event", level: "query" }],
    });
    let statements = 0;
    counting.$on("query", (event) => {
      if (!/^(BEGIN|COMMIT|ROLLBACK)/i.test(event.query.trim())) statements++;
    });
    const client = counting as unknown as Database;
    try {
      const fixture = (await currentCampaign(database))!;
      const demoRow = await database.campaign.findUniqueOrThrow({ where: { year: 2022 } });
      const demo = {
        ...fixture,
        id: demoRow.id,
        year: demoRow.year,
        name: demoRow.name,
        phases: await database.phase.findMany({
          where: { campaignId: demoRow.id },
          orderBy: { sequence: "asc" },
          select: {
            id: true,
            kind: true,
            sequence: true,
            name: true,
            startsOn: true,
            endsOn: true,
            status: true,
            selfReportDeadline: true,
          },
        }),
      };
      demo.activePhase = demo.phases.find((phase) => phase.status === "ACTIVE") ?? null;

      statements = 0;
      const small = await loadLeaderDashboard(fixture, FIXTURE_NOW, { phaseId: null }, client);
      const smallStatements = statements;
      statements = 0;
      const large = await loadLeaderDashboard(demo, FIXTURE_NOW, { phaseId: null }, client);
      const largeStatements = statements;

      expect(large.problems.total!.total).toBeGreaterThan(small.problems.total!.total);
      expect(large.totals.sheetsSubmitted).toBeGreaterThan(small.totals.sheetsSubmitted);
      expect(smallStatements).toBe(5);
      expect(largeStatements).toBe(5);

      // The rest of the home page: the campaign with its phases (1), the asset card (1).
      statements = 0;
      await currentCampaign(client);
      await assetCard(client);
      const pageStatements = statements;
      expect(pageStatements).toBe(2);
      console.log(
        `leader home: ${largeStatements} + ${pageStatements} SQL statements per render, plus the session user (fixture and demo campaign)`,
      );
    } finally {
      await counting.$disconnect();
    }
  });
});
