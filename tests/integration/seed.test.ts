import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { Prisma } from "@/lib/generated/prisma/client";
import { createPrismaClient, type Database } from "@/lib/prisma-client";
import { seedDemoData } from "@/prisma/seed";
import { DEMO_PASSWORD } from "@/prisma/seed/accounts";
import { createDatabase, dropDatabase, urlForDatabase } from "@/scripts/lib/postgres-admin";
import { applyMigrations } from "@/scripts/lib/schema-engine";

// The seed gets databases of its own on the test server: the shared one is changed by other test
// files, and these tests need to see the very first run. The twin, cloned while still empty, is
// seeded separately to show that every run writes the same data.
const serverUrl = inject("databaseUrl");
const suffix = `${Date.now()}_${randomBytes(4).toString("hex")}`;
const seededName = `daguanmo_seed_${suffix}`;
const twinName = `daguanmo_seed_twin_${suffix}`;

let database: Database;
let firstRun: { seeded: boolean };

/** Columns whose values come from the clock or from a random salt, not from the seed data. */
// An audit row's chain hash covers its creation time, so it is as volatile as that.
const VOLATILE_COLUMNS = ["createdAt", "updatedAt", "sessionsValidFrom", "passwordHash", "hash"];

/**
 * Row count and an md5 of the sorted rows of every table in the public schema (found in
 * pg_catalog) but Prisma's own bookkeeping, leaving out the columns named.
 */
async function tableChecksums(client: Database, leaveOut: readonly string[] = []) {
  const columns = await client.$queryRaw<{ table: string; column: string }[]>`
    SELECT c.relname AS "table", a.attname AS "column"
    FROM pg_catalog.pg_class c
    JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
    JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
    WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND c.relname <> '_prisma_migrations'
    ORDER BY c.relname, a.attnum`;
  const quote = (identifier: string) => `"${identifier.replaceAll('"', '""')}"`;
  const checksums: Record<string, { rows: number; checksum: string }> = {};
  for (const table of new Set(columns.map((column) => column.table))) {
    const kept = columns.filter((column) => column.table === table && !leaveOut.includes(column.column));
    const [row] = await client.$queryRawUnsafe<{ rows: number; checksum: string }[]>(
      `SELECT count(*)::int AS rows, md5(coalesce(string_agg(r, ',' ORDER BY r), '')) AS checksum
       FROM (SELECT ROW(${kept.map((column) => quote(column.column)).join(", ")})::text AS r FROM ${quote(table)}) t`,
    );
    if (row) checksums[table] = row;
  }
  return checksums;
}

/** The phase score as the brief defines it: the trimmed mean once there are enough sheets, else the mean. */
function officialScore(totals: number[], trimMinScorers: number): number {
  const sorted = [...totals].sort((a, b) => a - b);
  const counted = sorted.length >= trimMinScorers ? sorted.slice(1, -1) : sorted;
  return Math.round((counted.reduce((sum, total) => sum + total, 0) / counted.length) * 100) / 100;
}

const china = (localDateTime: string) => new Date(`${localDateTime}:00+08:00`);

beforeAll(async () => {
  await createDatabase(serverUrl, seededName);
  await applyMigrations(urlForDatabase(serverUrl, seededName));
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(
      `CREATE DATABASE ${admin.escapeIdentifier(twinName)} TEMPLATE ${admin.escapeIdentifier(seededName)}`,
    );
  } finally {
    await admin.end();
  }
  database = createPrismaClient(urlForDatabase(serverUrl, seededName), 2);
  firstRun = await seedDemoData(database);
});

afterAll(async () => {
  await database?.$disconnect();
  await dropDatabase(serverUrl, seededName);
  await dropDatabase(serverUrl, twinName);
});

describe("the demo seed", () => {
  it("loads once, and changes nothing when it runs again", async () => {
    expect(firstRun).toEqual({ seeded: true });
    const before = await tableChecksums(database);
    expect(before.Campaign?.rows).toBe(1);
    expect(await seedDemoData(database)).toEqual({ seeded: false });
    expect(await tableChecksums(database)).toEqual(before);
  });

  it("writes the same data on every run", async () => {
    const twin = createPrismaClient(urlForDatabase(serverUrl, twinName), 2);
    try {
      expect(await seedDemoData(twin)).toEqual({ seeded: true });
      expect(await tableChecksums(twin, VOLATILE_COLUMNS)).toEqual(await tableChecksums(database, VOLATILE_COLUMNS));
    } finally {
      await twin.$disconnect();
    }
  });

  it("has the article's enterprises, and only the 市属 ones count toward the asset target", async () => {
    const enterprises = await database.enterprise.findMany({ include: { partyOrganizations: true } });
    expect(enterprises.length).toBeGreaterThanOrEqual(16);
    const byCategory = (category: string) => enterprises.filter((enterprise) => enterprise.category === category);
    expect(byCategory("MUNICIPAL")).toHaveLength(9);
    expect(byCategory("CENTRAL")).toHaveLength(6);
    expect(enterprises.every((e) => e.countsTowardAssetTarget === (e.category === "MUNICIPAL"))).toBe(true);
    for (const short of ["市水务集团", "交投集团", "城投集团", "港投集团", "国投集团", "产投集团", "德赛集团"]) {
      expect(byCategory("MUNICIPAL").map((e) => e.shortName)).toContain(short);
    }

    const tobacco = enterprises.find((enterprise) => enterprise.shortName === "惠州烟草");
    const tobaccoOrgs = tobacco?.partyOrganizations.map((org) => org.name) ?? [];
    expect(tobaccoOrgs).toContain("惠州市烟草专卖局（公司）党组");
    expect(tobaccoOrgs).toContain("惠州烟草物流配送中心党支部");
    expect(tobaccoOrgs.some((name) => name.includes("营销中心党支部"))).toBe(true);
    for (const enterprise of enterprises) {
      const roots = enterprise.partyOrganizations.filter((org) => org.parentId === null);
      expect(roots.map((org) => org.level)).toEqual(["COMMITTEE"]);
    }
  });

  it("gives every phase its window, its four tiers and a rubric of exactly 100 points", async () => {
    const phases = await database.phase.findMany({
      where: { campaign: { year: 2022 } },
      orderBy: { sequence: "asc" },
      include: { tiers: { orderBy: { rank: "asc" } }, rubrics: { include: { items: true } } },
    });
    const day = (date: Date) => date.toISOString().slice(0, 10);
    expect(
      phases.map((phase) => [
        phase.kind,
        day(phase.startsOn),
        day(phase.endsOn),
        phase.status,
        phase.excludeOwnEnterprise,
      ]),
    ).toEqual([
      ["INTERNAL", "2022-03-01", "2022-06-30", "CLOSED", false],
      ["CROSS", "2022-07-01", "2022-09-30", "ACTIVE", true],
      ["DEMONSTRATION", "2022-10-01", "2022-12-31", "PLANNED", true],
    ]);
    for (const phase of phases) {
      expect(phase.selfReportDeadline).not.toBeNull();
      expect(phase.tiers.map((tier) => [tier.name, tier.minScore?.toNumber() ?? null])).toEqual([
        ["好", 90],
        ["较好", 80],
        ["一般", 70],
        ["差", null],
      ]);
      for (const rubric of phase.rubrics) {
        const points = rubric.items.reduce((sum, item) => sum.plus(item.maxPoints), new Prisma.Decimal(0));
        expect(points.toNumber()).toBe(100);
      }
    }
    expect(phases.slice(0, 2).every((phase) => phase.rubrics.some((rubric) => rubric.status === "ACTIVE"))).toBe(true);
  });

  it("ranks the internal phase from submitted sheets across every tier, with a tie", async () => {
    const phase = await database.phase.findFirstOrThrow({ where: { kind: "INTERNAL", campaign: { year: 2022 } } });
    expect(phase).toMatchObject({ status: "CLOSED", excludeOwnEnterprise: false });
    expect(phase.resultsPublishedAt).not.toBeNull();
    const sheets = await database.scoreSheet.findMany({ where: { phaseId: phase.id, status: "SUBMITTED" } });
    const totalsByOrg = new Map<number, number[]>();
    for (const sheet of sheets) {
      totalsByOrg.set(sheet.partyOrganizationId, [
        ...(totalsByOrg.get(sheet.partyOrganizationId) ?? []),
        Number(sheet.total),
      ]);
    }
    const ranked = [...totalsByOrg.values()].filter((totals) => totals.length >= 3);
    expect(ranked.length).toBeGreaterThanOrEqual(8);
    expect(ranked.filter((totals) => totals.length >= phase.trimMinScorers).length).toBeGreaterThanOrEqual(3);

    const scores = ranked.map((totals) => officialScore(totals, phase.trimMinScorers));
    expect(scores.some((score) => score >= 90)).toBe(true);
    expect(scores.some((score) => score >= 80 && score < 90)).toBe(true);
    expect(scores.some((score) => score >= 70 && score < 80)).toBe(true);
    expect(scores.some((score) => score < 70)).toBe(true);
    expect(new Set(scores).size).toBeLessThan(scores.length);
  });

  it("keeps every score sheet consistent with its items, stop, rubric and delegation", async () => {
    const sheets = await database.scoreSheet.findMany({
      include: {
        itemScores: { include: { item: true } },
        revisions: true,
        scorer: true,
        rubric: true,
        partyOrganization: true,
        stop: { include: { site: true, tour: { include: { delegation: true, phase: true } } } },
      },
    });
    expect(sheets.length).toBeGreaterThan(0);
    for (const sheet of sheets) {
      const itemSum = sheet.itemScores.reduce((sum, score) => sum + Number(score.score), 0);
      expect(Number(sheet.total)).toBe(itemSum);
      for (const score of sheet.itemScores) {
        expect(Number(score.maxPoints)).toBe(Number(score.item.maxPoints));
        expect(Number(score.score) * 2).toSatisfy(Number.isInteger);
      }
      expect(sheet.phaseId).toBe(sheet.stop.tour.phaseId);
      expect(sheet.partyOrganizationId).toBe(sheet.stop.site.partyOrganizationId);
      expect(sheet.rubric).toMatchObject({ phaseId: sheet.phaseId, status: "ACTIVE" });
      const seat = sheet.stop.tour.delegation.find((member) => member.userId === sheet.scorerId);
      expect(seat?.isScoring).toBe(true);
      if (sheet.stop.tour.phase.excludeOwnEnterprise) {
        expect(sheet.scorer.enterpriseId).not.toBe(sheet.partyOrganization.enterpriseId);
      }
      expect(sheet.revisions).toHaveLength(sheet.status === "SUBMITTED" ? 1 : 0);
    }
  });

  it("has the tour of 24 March 2022 with its two stops at 惠州烟草 and the three remarks", async () => {
    const tour = await database.tour.findFirstOrThrow({
      where: { startsAt: china("2022-03-24T14:30") },
      include: {
        phase: true,
        guests: true,
        delegation: { include: { user: true } },
        stops: { orderBy: { sequence: "asc" }, include: { site: true, remarks: { include: { author: true } } } },
      },
    });
    expect(tour).toMatchObject({
      title: "第一期党建“大观摩”活动",
      status: "COMPLETED",
      endsAt: china("2022-03-24T17:30"),
    });
    expect(tour.phase.kind).toBe("INTERNAL");
    expect(tour.stops.map((stop) => stop.site.name)).toEqual(["惠州烟草物流配送中心", "惠州烟草营销中心党员活动中心"]);
    expect(tour.stops.map((stop) => stop.programme)).toEqual([
      ["BRIEFING", "ON_SITE", "IMMERSIVE"],
      ["BRIEFING", "ON_SITE", "EXCHANGE"],
    ]);
    expect(tour.delegation.find((member) => member.part === "HEAD")?.user.username).toBe("leader");
    expect(tour.guests.map((guest) => guest.unit)).toEqual(["中共惠州市委组织部"]);
    const remarkTitles = tour.stops[1]?.remarks.map((remark) => remark.author?.title);
    expect(remarkTitles).toEqual(["党委副书记、纪委书记", "党委委员、副总经理", "市国资委党委书记、主任"]);
  });

  it("leaves the observer a published cross-phase tour with a stop still to score", async () => {
    const observer = await database.user.findUniqueOrThrow({ where: { username: "observer" } });
    const tour = await database.tour.findFirstOrThrow({
      where: {
        status: "PUBLISHED",
        phase: { kind: "CROSS" },
        delegation: { some: { userId: observer.id, isScoring: true } },
      },
      include: { stops: { include: { site: { include: { partyOrganization: true } }, scoreSheets: true } } },
    });
    expect(tour.startsAt.getTime()).toBeGreaterThanOrEqual(china("2022-08-01T00:00").getTime());
    expect(tour.startsAt.getTime()).toBeLessThan(china("2022-09-01T00:00").getTime());
    expect(tour.stops.every((stop) => stop.site.partyOrganization.enterpriseId !== observer.enterpriseId)).toBe(true);
    expect(tour.stops.some((stop) => stop.scoreSheets.every((sheet) => sheet.scorerId !== observer.id))).toBe(true);
  });

  it("files month-start asset figures for 2021-01..2022-12 that cross 2500亿 at the end of 2022", async () => {
    const counting = await database.enterprise.findMany({ where: { countsTowardAssetTarget: true } });
    const figures = await database.assetFigure.findMany({ orderBy: { month: "asc" } });
    const months = [...new Set(figures.map((figure) => figure.month.toISOString().slice(0, 10)))];
    expect(months).toHaveLength(24);
    expect(months[0]).toBe("2021-01-01");
    expect(months.at(-1)).toBe("2022-12-01");
    for (const enterprise of counting) {
      expect(figures.filter((figure) => figure.enterpriseId === enterprise.id)).toHaveLength(24);
    }
    expect(figures.every((figure) => figure.isDemo && counting.some((e) => e.id === figure.enterpriseId))).toBe(true);

    const totalAt = (month: string) =>
      figures
        .filter((figure) => figure.month.toISOString().startsWith(month))
        .reduce((sum, figure) => sum.plus(figure.totalAssets), new Prisma.Decimal(0));
    expect(totalAt("2021-01").toNumber()).toBeGreaterThan(2100);
    expect(totalAt("2021-01").toNumber()).toBeLessThan(2200);
    expect(totalAt("2022-11").lessThan(2500)).toBe(true);
    expect(totalAt("2022-12").greaterThanOrEqualTo(2500)).toBe(true);

    const targets = await database.assetTarget.findMany({ orderBy: { year: "asc" } });
    expect(targets.map((target) => [target.year, target.amount.toFixed(2)])).toEqual([
      [2022, "2500.00"],
      [2025, "6000.00"],
    ]);
  });

  it("lets the four demo accounts in with the demo password, with their roles and enterprises", async () => {
    const accounts = await database.user.findMany({
      where: { username: { in: ["admin", "leader", "secretary", "observer"] } },
      include: { enterprise: true },
      omit: { passwordHash: false },
      orderBy: { username: "asc" },
    });
    expect(accounts.map((user) => [user.username, user.role, user.enterprise?.name ?? null])).toEqual([
      ["admin", "ADMIN", null],
      ["leader", "LEADER", null],
      ["observer", "SECRETARY", "惠州市交通投资集团有限公司"],
      ["secretary", "SECRETARY", "惠州市水务集团有限公司"],
    ]);
    for (const account of accounts) expect(await verifyPassword(account.passwordHash, DEMO_PASSWORD)).toBe(true);
    expect(await database.user.count({ where: { role: "SECRETARY", enterpriseId: null } })).toBe(0);
  });

  it("has self-reports, problems and experience in every state the workflows know", async () => {
    const reportStates = await database.selfReport.groupBy({ by: ["status"], _count: true });
    expect(reportStates.map((group) => group.status).sort()).toEqual(["ACCEPTED", "DRAFT", "RETURNED", "SUBMITTED"]);
    expect(await database.selfReportVersion.count({ where: { late: true } })).toBeGreaterThan(0);

    const problems = await database.problem.findMany({ include: { events: true } });
    expect(new Set(problems.map((problem) => problem.status))).toEqual(
      new Set(["OPEN", "RECTIFYING", "AWAITING_VERIFICATION", "CLOSED"]),
    );
    for (const problem of problems) {
      expect(problem.events.length).toBeGreaterThan(0);
      expect(problem.closedAt === null).toBe(problem.status !== "CLOSED");
    }
    expect(problems.some((problem) => problem.recurrenceOfId !== null)).toBe(true);

    const kinds = await database.experienceEntry.groupBy({ by: ["kind"], _count: true });
    expect(kinds).toHaveLength(4);
    expect(await database.experienceEntry.count({ where: { promoted: true } })).toBeGreaterThan(0);
  });
});
