import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/prisma-client";
import { loadLeaderDashboard } from "@/lib/home/leader-dashboard";
import { loadLeaderHome } from "@/lib/home/leader-home-data";
import { latestRemarks, promotedExperience, remarksAndExperience } from "@/lib/home/leader-queries";
import { assetCard, assetSnapshot, assetTargets, currentCampaign } from "@/lib/home/queries";
import { parseRankingQuery } from "@/lib/rankings/filters";
import { loadRankingsView, loadRankingsViewCached, phaseRankings, phaseRankingsCached } from "@/lib/rankings/queries";

/**
 * The leader home and the rankings page read through a per-server cache keyed on PostgreSQL's
 * snapshot (issue 7's fix for province scale). What they serve must equal what the uncached
 * functions compute, before and after a committed change, and a hit must cost no figures at all.
 */

const database = createPrismaClient(process.env.DATABASE_URL!, 2);
afterAll(() => database.$disconnect());
const NOW = new Date("2026-11-26T04:00:00Z");

describe("the leader home's statements", () => {
  it("reads the campaign and its phases in one statement, as the Prisma query did", async () => {
    const campaign = (await currentCampaign(database))!;
    const expected = await database.campaign.findFirstOrThrow({
      orderBy: { year: "desc" },
      select: {
        id: true,
        year: true,
        name: true,
        phases: {
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
        },
      },
    });
    const { snapshot, activePhase, ...rest } = campaign;
    expect(rest).toEqual(expected);
    expect(activePhase).toEqual(expected.phases.find((phase) => phase.status === "ACTIVE") ?? null);
    expect(snapshot).toMatch(/^[^:]+:\d+:\d+:/);
  });

  it("reads the latest remarks and the promoted experience in one statement, as the two statements did", async () => {
    const campaigns = await database.campaign.findMany({ select: { id: true } });
    let listed = 0;
    for (const campaign of campaigns) {
      const both = await remarksAndExperience(campaign.id, database);
      expect(both).toEqual({
        remarks: await latestRemarks(campaign.id, database),
        experience: await promotedExperience(campaign.id, database),
      });
      listed += both.remarks.length + both.experience.length;
    }
    expect(listed).toBeGreaterThan(0);
  });

  it("reads the asset card in one statement, as the two statements did", async () => {
    const card = await assetCard(database);
    expect(card.snapshot).toEqual(await assetSnapshot(database));
    expect(card.targets).toEqual(await assetTargets(database));
    expect(card.targets.length).toBeGreaterThan(0);
  });
});

describe("the snapshot cache", () => {
  it("serves the leader home again until a change commits, then what an uncached render computes", async () => {
    const first = await loadLeaderHome((await currentCampaign(database))!, NOW, null, database);
    const again = await loadLeaderHome((await currentCampaign(database))!, NOW, null, database);
    expect(again).toBe(first);

    const open = await database.problem.findFirstOrThrow({
      where: { status: { not: "CLOSED" }, phase: { campaignId: first.dashboard.campaign.id } },
    });
    await database.problem.update({ where: { id: open.id }, data: { status: "CLOSED", closedAt: NOW } });

    const campaign = (await currentCampaign(database))!;
    const after = await loadLeaderHome(campaign, NOW, null, database);
    expect(after).not.toBe(first);
    expect(after.dashboard.problems.total!.closed).toBe(first.dashboard.problems.total!.closed + 1);
    expect(after).toEqual({
      dashboard: await loadLeaderDashboard(campaign, NOW, { phaseId: null }, database),
      ...(await assetCard(database)),
    });
  });

  it("keeps days apart: a new day in China is a new entry (overdue problems change at midnight)", async () => {
    const campaign = (await currentCampaign(database))!;
    const today = await loadLeaderHome(campaign, NOW, null, database);
    const tomorrow = await loadLeaderHome(campaign, new Date(NOW.getTime() + 86_400_000), null, database);
    expect(tomorrow).not.toBe(today);
  });

  it("serves the rankings page again until a sheet changes, then what an uncached render computes", async () => {
    const { query } = parseRankingQuery({});
    const first = await loadRankingsViewCached(query, database);
    expect(await loadRankingsViewCached(query, database)).toBe(first);
    expect(first.rows.length).toBeGreaterThan(0);

    const sheet = await database.scoreSheet.findFirstOrThrow({
      where: { phaseId: first.phase!.id, status: "SUBMITTED", partyOrganizationId: first.rows[0]!.organizationId },
    });
    await database.scoreSheet.update({ where: { id: sheet.id }, data: { status: "DRAFT", submittedAt: null } });

    const after = await loadRankingsViewCached(query, database);
    expect(after).not.toBe(first);
    expect(after).toEqual(await loadRankingsView(query, database));
    expect(after.phase!.submittedSheets).toBe(first.phase!.submittedSheets - 1);
  });

  it("serves the API's ranking again until a sheet changes, then what an uncached call computes", async () => {
    const phase = await database.phase.findFirstOrThrow({ where: { scoreSheets: { some: { status: "SUBMITTED" } } } });
    const first = await phaseRankingsCached(phase.id, database);
    expect(await phaseRankingsCached(phase.id, database)).toBe(first);
    expect(first).toEqual(await phaseRankings(phase.id, database));

    const sheet = await database.scoreSheet.findFirstOrThrow({ where: { phaseId: phase.id, status: "SUBMITTED" } });
    await database.scoreSheet.update({ where: { id: sheet.id }, data: { status: "DRAFT", submittedAt: null } });
    const after = await phaseRankingsCached(phase.id, database);
    expect(after).not.toBe(first);
    expect(after).toEqual(await phaseRankings(phase.id, database));
    expect(await phaseRankingsCached(987_654, database)).toBeNull();
  });
});
