import ExcelJS from "exceljs";
import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { createPrismaClient, type Database } from "@/lib/prisma-client";
import { seedDemoData } from "@/prisma/seed";
import { mulberry32 } from "@/prisma/seed/random";
import { leniencyRows, mutualPairRows } from "@/lib/rankings/consistency";
import { categoryMeans, organizationScoreDetail } from "@/lib/rankings/detail";
import { EXPORT_COLUMNS, EXPORT_HEADER_ROW } from "@/lib/rankings/export";
import { loadRankingsView, phaseRankings, rankingRows, type RankingRow } from "@/lib/rankings/queries";
import { publishResultsAction, updatePhaseSettingsAction, withdrawResultsAction } from "@/lib/rankings/actions";
import {
  leniency,
  mutualPairs,
  rankOrganisations,
  type EnterpriseSheet,
  type RankingSettings,
} from "@/lib/rankings/statistics";
import { GET as exportRoute } from "@/app/(app)/rankings/[phaseId]/export.xlsx/route";
import { actAnonymously, actAs } from "@/tests/support/request-context";
import {
  createScoredPhase,
  createSheet,
  randomScores,
  type FixtureOptions,
  sampleTiers,
} from "@/tests/support/rankings-fixture";

vi.mock("next/headers", () => import("@/tests/support/request-context"));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const database = createPrismaClient(process.env.DATABASE_URL!, 2);
const ALL = { limit: null, offset: 0 };
/** Fixture campaigns take years no demo data uses, one per test. */
let nextYear = 2070;

const ids = {
  users: new Map<string, number>(),
  orgs: new Map<string, { id: number; enterpriseId: number }>(),
  phases: new Map<string, number>(),
  enterprises: new Map<string, number>(),
};
const user = (username: string) => ids.users.get(username)!;
const org = (name: string) => ids.orgs.get(name)!;

beforeAll(async () => {
  await seedDemoData(database);
  for (const row of await database.user.findMany({ select: { id: true, username: true } }))
    ids.users.set(row.username, row.id);
  for (const row of await database.partyOrganization.findMany({ select: { id: true, name: true, enterpriseId: true } }))
    ids.orgs.set(row.name, { id: row.id, enterpriseId: row.enterpriseId });
  for (const row of await database.phase.findMany({
    where: { campaign: { year: 2022 } },
    select: { id: true, kind: true },
  }))
    ids.phases.set(row.kind, row.id);
  for (const row of await database.enterprise.findMany({ select: { id: true, shortName: true } }))
    ids.enterprises.set(row.shortName, row.id);
});

afterAll(async () => {
  await database.$disconnect();
});

// ───────────────────────────── The reference, fed from the same rows ─────────────────────────────

async function settingsOf(phaseId: number): Promise<RankingSettings> {
  const phase = await database.phase.findUniqueOrThrow({
    where: { id: phaseId },
    select: { scoreMethod: true, trimMinScorers: true, tierMode: true, tiers: true },
  });
  return {
    ...phase,
    tiers: phase.tiers.map((tier) => ({ ...tier, minScore: tier.minScore, quotaPercent: tier.quotaPercent })),
  };
}

async function submittedSheets(phaseId: number) {
  return database.scoreSheet.findMany({
    where: { phaseId, status: "SUBMITTED" },
    select: {
      stopId: true,
      scorerId: true,
      total: true,
      partyOrganizationId: true,
      scorer: { select: { enterpriseId: true } },
      partyOrganization: { select: { enterpriseId: true } },
      itemScores: { select: { score: true, item: { select: { category: { select: { name: true } } } } } },
    },
  });
}

const close = (actual: Prisma.Decimal | null, expected: Prisma.Decimal | null) => {
  if (actual === null || expected === null) return expect(actual).toBe(expected);
  expect(actual.minus(expected).abs().lessThan("1e-9"), `${actual} vs ${expected}`).toBe(true);
};

/** The SQL ranking of a phase must equal the TypeScript reference, row by row. */
async function expectSqlAgreesWithReference(phaseId: number) {
  const [rows, sheets, settings] = await Promise.all([
    rankingRows(phaseId, {}, ALL, database),
    submittedSheets(phaseId),
    settingsOf(phaseId),
  ]);
  const byOrg = new Map<number, Prisma.Decimal[]>();
  for (const sheet of sheets)
    byOrg.set(sheet.partyOrganizationId, [...(byOrg.get(sheet.partyOrganizationId) ?? []), sheet.total]);
  const reference = rankOrganisations(
    [...byOrg.entries()].map(([id, totals]) => ({ id, totals })),
    settings,
  );
  expect(rows.length).toBe(reference.length);
  for (const row of rows) {
    const expected = reference.find((candidate) => candidate.id === row.organizationId)!;
    expect(row.rank, row.organizationName).toBe(expected.rank);
    expect(row.score.toFixed(2)).toBe(expected.score.toFixed(2));
    expect(row.scorerCount).toBe(expected.scorerCount);
    expect(row.tier).toBe(expected.tier?.name ?? null);
    expect(row.min.toString()).toBe(expected.min.toString());
    expect(row.max.toString()).toBe(expected.max.toString());
    expect(row.median.toString()).toBe(expected.median.toString());
    close(row.mean, expected.mean);
    close(row.trimmedMean, expected.trimmedMean);
    close(row.standardDeviation, expected.standardDeviation);
    expect(row.rankedCount).toBe(reference.length);
  }
  // Best first, and ranks never decrease down the list.
  expect(rows.map((row) => row.rank)).toEqual([...rows.map((row) => row.rank)].sort((a, b) => a - b));

  // Per-category means of every organisation.
  for (const [organizationId] of byOrg) {
    const perSheet = sheets
      .filter((sheet) => sheet.partyOrganizationId === organizationId)
      .map((sheet) => {
        const sums = new Map<string, Prisma.Decimal>();
        for (const item of sheet.itemScores) {
          const name = item.item.category.name;
          sums.set(name, (sums.get(name) ?? new Prisma.Decimal(0)).plus(item.score));
        }
        return sums;
      });
    const categories = await categoryMeans(phaseId, organizationId, database);
    const names = new Set(perSheet.flatMap((sums) => [...sums.keys()]));
    expect(categories.map((category) => category.name).sort()).toEqual([...names].sort());
    for (const category of categories) {
      const values = perSheet.flatMap((sums) => (sums.has(category.name) ? [sums.get(category.name)!] : []));
      expect(category.sheets).toBe(values.length);
      close(
        category.mean,
        values.reduce((sum, value) => sum.plus(value), new Prisma.Decimal(0)).dividedBy(values.length),
      );
    }
  }
  return rows;
}

/** Leniency and 互评互抬 from SQL must equal the reference too. */
async function expectConsistencyAgreesWithReference(phaseId: number) {
  const sheets = await submittedSheets(phaseId);
  const [sqlLeniency, sqlPairs] = await Promise.all([
    leniencyRows(phaseId, database),
    mutualPairRows(phaseId, database),
  ]);
  const reference = leniency(sheets);
  expect(sqlLeniency.length).toBe(reference.length);
  for (const expected of reference) {
    const row = sqlLeniency.find((candidate) => candidate.scorerId === expected.scorerId)!;
    expect(row.stops).toBe(expected.stops);
    close(row.meanDeviation, expected.meanDeviation);
    if (expected.z === null) expect(row.z).toBeNull();
    else expect(row.z!.minus(expected.z).abs().lessThan("1e-9"), `z of ${row.scorerName}`).toBe(true);
  }
  const referencePairs = mutualPairs(
    sheets.map((sheet): EnterpriseSheet => ({
      stopId: sheet.stopId,
      scorerId: sheet.scorerId,
      total: sheet.total,
      scorerEnterpriseId: sheet.scorer.enterpriseId,
      organisationEnterpriseId: sheet.partyOrganization.enterpriseId,
    })),
  );
  expect(sqlPairs.length).toBe(referencePairs.length);
  for (const expected of referencePairs) {
    const row = sqlPairs.find(
      (candidate) =>
        candidate.firstEnterpriseId === expected.enterpriseIds[0] &&
        candidate.secondEnterpriseId === expected.enterpriseIds[1],
    )!;
    expect(row.forwardSheets).toBe(expected.forward.sheets);
    expect(row.backwardSheets).toBe(expected.backward.sheets);
    close(row.forwardUplift, expected.forward.uplift);
    close(row.backwardUplift, expected.backward.uplift);
    expect(row.flagged).toBe(expected.flagged);
  }
  return { leniency: sqlLeniency, pairs: sqlPairs };
}

// ───────────────────────────── The demo data ─────────────────────────────

describe("the demo ranking", () => {
  it("ranks the internal phase as the seed intends, with the tie at 85.00 sharing rank 5", async () => {
    const result = await phaseRankings(ids.phases.get("INTERNAL")!, database);
    expect(result?.method).toBe("TRIMMED_MEAN");
    expect(
      result!.items.map((item) => [item.rank, item.partyOrganization.name, item.score, item.scorerCount, item.tier]),
    ).toEqual([
      [1, "惠州烟草物流配送中心党支部", "95.40", 7, "好"],
      [2, "惠州烟草营销中心党支部", "94.10", 7, "好"],
      [3, "惠州供电局客户服务中心党支部", "90.75", 4, "好"],
      [4, "交投集团汽车总站党支部", "87.75", 6, "较好"],
      [5, "市水务集团江北水厂党支部", "85.00", 5, "较好"],
      [5, "城投集团安置房项目党支部", "85.00", 6, "较好"],
      [7, "惠州移动网络部党支部", "82.50", 4, "较好"],
      [8, "港投集团荃湾港区党支部", "78.00", 5, "一般"],
      [9, "国投集团机关党支部", "77.00", 4, "一般"],
      [10, "德赛集团德赛工业园第一党支部", "73.00", 4, "一般"],
      [11, "产投集团产业园区党支部", "68.50", 3, "差"],
    ]);
    expect(result!.items[0]!.enterprise.id).toBe(org("惠州烟草物流配送中心党支部").enterpriseId);
  });

  it("agrees with the TypeScript reference in every demo phase, per-category means included", async () => {
    for (const kind of ["INTERNAL", "CROSS", "DEMONSTRATION"]) {
      await expectSqlAgreesWithReference(ids.phases.get(kind)!);
    }
  });

  it("ignores draft sheets: 产投's stop has a draft of 30 points that would sink it", async () => {
    const phaseId = ids.phases.get("INTERNAL")!;
    const drafts = await database.scoreSheet.count({ where: { phaseId, status: "DRAFT" } });
    expect(drafts).toBeGreaterThan(0);
    const [chantou] = await rankingRows(phaseId, { organizationId: org("产投集团产业园区党支部").id }, ALL, database);
    expect(chantou?.scorerCount).toBe(3);
    expect(chantou?.score.toFixed(2)).toBe("68.50");
  });

  it("flags the demo's disagreement, leniency and 互评互抬 as the seed intends, agreeing with the reference", async () => {
    const phaseId = ids.phases.get("INTERNAL")!;
    const disagreements = await rankingRows(phaseId, { disagreementOnly: true }, ALL, database);
    expect(disagreements.map((row) => row.organizationName)).toEqual([
      "德赛集团德赛工业园第一党支部",
      "产投集团产业园区党支部",
    ]);

    const { leniency: rows, pairs } = await expectConsistencyAgreesWithReference(phaseId);
    expect(rows[0]?.scorerName).toBe("国投集团党委书记");
    expect(rows[0]?.z?.toFixed(2)).toBe("2.65");
    expect(
      pairs.filter((pair) => pair.flagged).map((pair) => [pair.firstEnterpriseName, pair.secondEnterpriseName]),
    ).toEqual([["国投集团", "产投集团"]]);
    await expectConsistencyAgreesWithReference(ids.phases.get("CROSS")!);
  });
});

// ───────────────────────────── Random data ─────────────────────────────

describe("random data", () => {
  it.each([1, 2, 3, 4, 5, 6])("SQL agrees with the reference (seed %i)", async (seed) => {
    const random = mulberry32(seed * 7919);
    const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
    const orgs = [...ids.orgs.values()].slice(0, 40);
    const scorers = [...ids.users.values()];
    const tierMode = pick(["THRESHOLD", "QUOTA"] as const);
    type Visit = { scores: number[]; status: "SUBMITTED" | "DRAFT" }[];
    const stops: FixtureOptions["stops"][number][] = [];
    let previous: Visit[] | null = null;
    for (const organization of orgs.slice(0, 15 + Math.floor(random() * 20))) {
      // A third of the organisations get exactly the previous one's sheets, so ties are certain.
      const level = 55 + random() * 45;
      const visits: Visit[] =
        previous !== null && random() < 0.33
          ? previous
          : Array.from({ length: 1 + Math.floor(random() * 2) }, () =>
              Array.from({ length: 1 + Math.floor(random() * 9) }, () => ({
                scores: randomScores(random, level, 12),
                status: random() < 0.1 ? ("DRAFT" as const) : ("SUBMITTED" as const),
              })),
            );
      previous = visits;
      for (const visit of visits) {
        const chosen = [...scorers].sort(() => random() - 0.5).slice(0, visit.length);
        stops.push({
          organizationId: organization.id,
          sheets: visit.map((sheet, index) => ({ ...sheet, scorerId: chosen[index]! })),
        });
      }
    }
    const { phaseId } = await createScoredPhase(database, {
      year: nextYear++,
      scoreMethod: pick(["MEAN", "TRIMMED_MEAN"] as const),
      trimMinScorers: 3 + Math.floor(random() * 4),
      tierMode,
      tiers: sampleTiers(tierMode),
      stops,
    });
    const rows = await expectSqlAgreesWithReference(phaseId);
    expect(rows.length).toBeGreaterThan(10);
    // The case exercises shared ranks.
    expect(rows.some((row, index) => index > 0 && rows[index - 1]!.rank === row.rank)).toBe(true);
    await expectConsistencyAgreesWithReference(phaseId);
  });
});

// ───────────────────────────── Results follow the sheets ─────────────────────────────

describe("results always agree with the submitted sheets", () => {
  it("ignores a draft, then moves the ranking the moment it is submitted", async () => {
    const a = org("市水务集团江北水厂党支部").id;
    const b = org("城投集团安置房项目党支部").id;
    const fixture = await createScoredPhase(database, {
      year: nextYear++,
      stops: [
        { organizationId: a, sheets: [{ scorerId: user("leader"), scores: [36, 18, 36] }] }, // 90
        { organizationId: b, sheets: [{ scorerId: user("leader"), scores: [34, 16, 35] }] }, // 85
      ],
    });
    const before = await phaseRankings(fixture.phaseId, database);
    expect(before!.items.map((item) => [item.partyOrganization.id, item.rank, item.score, item.tier])).toEqual([
      [a, 1, "90.00", "好"],
      [b, 2, "85.00", "较好"],
    ]);

    // A draft of 60 on a's stop changes nothing.
    const draft = await createSheet(database, {
      phaseId: fixture.phaseId,
      rubricId: fixture.rubricId,
      items: fixture.items,
      stopId: fixture.stopIds[0]!,
      organizationId: a,
      sheet: { scorerId: user("leader-deputy1"), scores: [24, 12, 24], status: "DRAFT" },
    });
    expect(await phaseRankings(fixture.phaseId, database)).toEqual(before);

    // Submitted: a's mean is (90 + 60) / 2 = 75, below b.
    await database.scoreSheet.update({
      where: { id: draft.id },
      data: { status: "SUBMITTED", submittedAt: new Date() },
    });
    const after = await phaseRankings(fixture.phaseId, database);
    expect(
      after!.items.map((item) => [item.partyOrganization.id, item.rank, item.score, item.scorerCount, item.tier]),
    ).toEqual([
      [b, 1, "85.00", 1, "较好"],
      [a, 2, "75.00", 2, "一般"],
    ]);

    // A third sheet of 80 on b's stop makes it a tie: (85 + 65) / 2 = 75 → both rank 1.
    await createSheet(database, {
      phaseId: fixture.phaseId,
      rubricId: fixture.rubricId,
      items: fixture.items,
      stopId: fixture.stopIds[1]!,
      organizationId: b,
      sheet: { scorerId: user("leader-deputy1"), scores: [26, 13, 26] },
    });
    const tied = await phaseRankings(fixture.phaseId, database);
    expect(tied!.items.map((item) => [item.rank, item.score])).toEqual([
      [1, "75.00"],
      [1, "75.00"],
    ]);
  });
});

// ───────────────────────────── Who sees the score detail ─────────────────────────────

describe("score detail visibility", () => {
  const viewer = (username: string, role: "ADMIN" | "LEADER" | "SECRETARY", enterprise: string | null) => ({
    role,
    enterpriseId: enterprise === null ? null : ids.enterprises.get(enterprise)!,
    username,
  });

  it("shows ADMIN and LEADER every organisation with each scorer's name and total", async () => {
    const internal = ids.phases.get("INTERNAL")!;
    for (const who of [viewer("admin", "ADMIN", null), viewer("leader", "LEADER", null)]) {
      const detail = await organizationScoreDetail(
        who,
        internal,
        org("市水务集团江北水厂党支部").id,
        new Date(),
        database,
      );
      expect(detail.kind).toBe("ok");
      if (detail.kind !== "ok") continue;
      expect(detail.ranking?.rank).toBe(5);
      expect(detail.scorers?.map((scorer) => scorer.total.toString()).sort()).toEqual([
        "80",
        "84.5",
        "85",
        "85.5",
        "90",
      ]);
      expect(detail.scorers?.map((scorer) => scorer.scorerName)).toContain("城投集团党委书记");
      expect(detail.categories).toHaveLength(6);
    }
  });

  it("shows a secretary their own organisation once published, without who gave which score", async () => {
    const detail = await organizationScoreDetail(
      viewer("secretary", "SECRETARY", "市水务集团"),
      ids.phases.get("INTERNAL")!,
      org("市水务集团江北水厂党支部").id,
      new Date(),
      database,
    );
    expect(detail.kind).toBe("ok");
    if (detail.kind !== "ok") return;
    expect(detail.ranking?.score.toFixed(2)).toBe("85.00");
    expect(detail.scorers).toBeNull();
    const scorerNames = await database.user.findMany({
      where: { scoreSheets: { some: { partyOrganizationId: org("市水务集团江北水厂党支部").id } } },
      select: { displayName: true },
    });
    const serialised = JSON.stringify(detail);
    expect(scorerNames.length).toBeGreaterThan(0);
    for (const { displayName } of scorerNames) expect(serialised).not.toContain(displayName);
  });

  it("answers not found for another enterprise's organisation, published or not", async () => {
    const secretary = viewer("secretary", "SECRETARY", "市水务集团");
    for (const kind of ["INTERNAL", "CROSS"]) {
      const detail = await organizationScoreDetail(
        secretary,
        ids.phases.get(kind)!,
        org("城投集团安置房项目党支部").id,
        new Date(),
        database,
      );
      expect(detail).toEqual({ kind: "notFound" });
    }
    const unbound = await organizationScoreDetail(
      { role: "SECRETARY", enterpriseId: null },
      ids.phases.get("INTERNAL")!,
      org("市水务集团江北水厂党支部").id,
      new Date(),
      database,
    );
    expect(unbound).toEqual({ kind: "notFound" });
  });

  it("tells a secretary their own results are not yet published, and shows no numbers", async () => {
    const detail = await organizationScoreDetail(
      viewer("sec-chengtou", "SECRETARY", "城投集团"),
      ids.phases.get("CROSS")!,
      org("城投集团安置房项目党支部").id,
      new Date(),
      database,
    );
    expect(detail.kind).toBe("unpublished");
    expect(JSON.stringify(detail)).not.toContain("86.83");
    expect(detail).not.toHaveProperty("ranking");
  });
});

// ───────────────────────────── Settings, publication and their audit ─────────────────────────────

describe("phase scoring settings", () => {
  async function settingsFixture() {
    const fixture = await createScoredPhase(database, {
      year: nextYear++,
      stops: [95, 91, 88, 84, 80, 77, 72, 66].map((total, index) => ({
        organizationId: [...ids.orgs.values()][index + 1]!.id,
        sheets: [
          {
            scorerId: user("leader"),
            scores: [total * 0.4, total * 0.2, total * 0.4].map((x) => Math.round(x * 2) / 2),
          },
        ],
      })),
    });
    const phase = await database.phase.findUniqueOrThrow({ where: { id: fixture.phaseId } });
    return { ...fixture, updatedAt: phase.updatedAt.toISOString() };
  }

  const form = (phaseId: number, updatedAt: string, overrides: Record<string, unknown> = {}) => ({
    phaseId: String(phaseId),
    updatedAt,
    scoreMethod: "TRIMMED_MEAN",
    trimMinScorers: "5",
    tierMode: "THRESHOLD",
    disagreementThreshold: "8",
    excludeOwnEnterprise: "on",
    tierName: ["好", "较好", "一般", "差"],
    tierMinScore: ["90", "80", "70", ""],
    tierQuota: ["20", "30", "30", ""],
    ...overrides,
  });

  const auditRows = (phaseId: number) =>
    database.auditLog.findMany({ where: { entityType: "Phase", entityId: String(phaseId) }, orderBy: { id: "asc" } });

  it("refuses invalid tiers with a message beside each field, and saves nothing", async () => {
    const { phaseId, updatedAt } = await settingsFixture();
    await actAs(user("admin"));
    const notDecreasing = await updatePhaseSettingsAction(
      null,
      form(phaseId, updatedAt, { tierMinScore: ["90", "92", "70", ""] }),
    );
    expect(notDecreasing.ok).toBe(false);
    if (!notDecreasing.ok) expect(notDecreasing.fieldErrors?.["tier.1.minScore"]?.[0]).toContain("严格递减");

    const overQuota = await updatePhaseSettingsAction(
      null,
      form(phaseId, updatedAt, { tierMode: "QUOTA", tierQuota: ["50", "30", "30", ""] }),
    );
    expect(overQuota.ok).toBe(false);
    if (!overQuota.ok) expect(overQuota.fieldErrors?.tiers?.[0]).toContain("不能超过 100%");

    const badNumbers = await updatePhaseSettingsAction(
      null,
      form(phaseId, updatedAt, {
        trimMinScorers: "2",
        disagreementThreshold: "abc",
        tierName: ["好", "", "一般", "差"],
      }),
    );
    expect(badNumbers.ok).toBe(false);
    if (!badNumbers.ok) {
      // Every message at once, one per problem.
      expect(badNumbers.fieldErrors?.trimMinScorers).toHaveLength(1);
      expect(badNumbers.fieldErrors?.disagreementThreshold).toEqual(["请填写 0 到 100 之间的数，最多两位小数"]);
      expect(badNumbers.fieldErrors?.["tier.1.name"]).toEqual(["请填写档次名称"]);
    }

    expect(await auditRows(phaseId)).toHaveLength(0);
    const tiers = await database.phaseTier.findMany({ where: { phaseId }, orderBy: { rank: "asc" } });
    expect(tiers.map((tier) => tier.minScore?.toString() ?? null)).toEqual(["90", "80", "70", null]);
  });

  it("lets only campaign managers change settings", async () => {
    const { phaseId, updatedAt } = await settingsFixture();
    for (const username of ["leader", "secretary"]) {
      await actAs(user(username));
      const result = await updatePhaseSettingsAction(null, form(phaseId, updatedAt, { scoreMethod: "MEAN" }));
      expect(result).toEqual({ ok: false, error: "您没有执行此操作的权限" });
      expect((await publishResultsAction(null, { phaseId: String(phaseId) })).ok).toBe(false);
    }
    expect((await database.phase.findUniqueOrThrow({ where: { id: phaseId } })).scoreMethod).toBe("TRIMMED_MEAN");
  });

  it("applies a valid change at once, re-tiers the ranking, audits before and after, and refuses a stale form", async () => {
    const { phaseId, updatedAt } = await settingsFixture();
    await actAs(user("admin"));
    const result = await updatePhaseSettingsAction(
      null,
      form(phaseId, updatedAt, {
        tierMode: "QUOTA",
        tierName: ["示范", "达标", "待改进"],
        tierMinScore: ["", "", ""],
        tierQuota: ["25", "50", ""],
        disagreementThreshold: "6.5",
        excludeOwnEnterprise: undefined,
      }),
    );
    expect(result.ok).toBe(true);

    // 8 organisations: 25% → 2, 75% → 6, the rest.
    const ranking = await phaseRankings(phaseId, database);
    expect(ranking!.items.map((item) => item.tier)).toEqual([
      "示范",
      "示范",
      "达标",
      "达标",
      "达标",
      "达标",
      "待改进",
      "待改进",
    ]);
    await expectSqlAgreesWithReference(phaseId);

    const phase = await database.phase.findUniqueOrThrow({ where: { id: phaseId } });
    expect(phase.tierMode).toBe("QUOTA");
    expect(phase.disagreementThreshold.toString()).toBe("6.5");
    expect(phase.excludeOwnEnterprise).toBe(false);

    const [audit] = await auditRows(phaseId);
    expect(audit?.action).toBe("phase.updateScoring");
    expect(audit?.actorId).toBe(user("admin"));
    const before = audit?.before as { tierMode: string; tiers: { name: string }[] };
    const after = audit?.after as { tierMode: string; tiers: { name: string; quotaPercent: string }[] };
    expect(before.tierMode).toBe("THRESHOLD");
    expect(before.tiers.map((tier) => tier.name)).toEqual(["好", "较好", "一般", "差"]);
    expect(after.tierMode).toBe("QUOTA");
    expect(after.tiers.map((tier) => [tier.name, tier.quotaPercent])).toEqual([
      ["示范", "25"],
      ["达标", "50"],
      ["待改进", null],
    ]);

    // The form opened before that save is stale now.
    const stale = await updatePhaseSettingsAction(null, form(phaseId, updatedAt, { scoreMethod: "MEAN" }));
    expect(stale.ok).toBe(false);
    if (!stale.ok) expect(stale.error).toContain("刚被其他人修改");
    expect(await auditRows(phaseId)).toHaveLength(1);
  });

  it("publishes only a closed phase, locks its settings, and withdraws with a reason; each step audited", async () => {
    const { phaseId, updatedAt } = await settingsFixture();
    const organizationId = (await rankingRows(phaseId, {}, ALL, database))[0]!.organizationId;
    const enterpriseId = (await database.partyOrganization.findUniqueOrThrow({ where: { id: organizationId } }))
      .enterpriseId;
    const secretary = { role: "SECRETARY" as const, enterpriseId };
    await actAs(user("admin"));

    const early = await publishResultsAction(null, { phaseId: String(phaseId) });
    expect(early).toEqual({ ok: false, error: "阶段结束（评分锁定）后才能公布结果" });
    expect((await organizationScoreDetail(secretary, phaseId, organizationId, new Date(), database)).kind).toBe(
      "unpublished",
    );

    await database.phase.update({ where: { id: phaseId }, data: { status: "CLOSED", closedAt: new Date() } });
    const published = await publishResultsAction(null, { phaseId: String(phaseId) });
    expect(published.ok).toBe(true);
    expect((await organizationScoreDetail(secretary, phaseId, organizationId, new Date(), database)).kind).toBe("ok");
    expect((await publishResultsAction(null, { phaseId: String(phaseId) })).ok).toBe(false);

    const current = (await database.phase.findUniqueOrThrow({ where: { id: phaseId } })).updatedAt.toISOString();
    const locked = await updatePhaseSettingsAction(null, form(phaseId, current, { scoreMethod: "MEAN" }));
    expect(locked.ok).toBe(false);
    if (!locked.ok) expect(locked.error).toContain("先撤回公布");

    const noReason = await withdrawResultsAction(null, { phaseId: String(phaseId), reason: " " });
    expect(noReason.ok).toBe(false);
    if (!noReason.ok) expect(noReason.fieldErrors).toHaveProperty("reason");
    const withdrawn = await withdrawResultsAction(null, { phaseId: String(phaseId), reason: "核对发现评分表录入有误" });
    expect(withdrawn.ok).toBe(true);
    expect((await organizationScoreDetail(secretary, phaseId, organizationId, new Date(), database)).kind).toBe(
      "unpublished",
    );

    const audits = await auditRows(phaseId);
    expect(audits.map((row) => row.action)).toEqual(["phase.publishResults", "phase.withdrawResults"]);
    expect((audits[1]?.after as { reason: string }).reason).toBe("核对发现评分表录入有误");
    expect(updatedAt).not.toBe(current);
  });
});

// ───────────────────────────── The export ─────────────────────────────

describe("the xlsx export", () => {
  async function download(phaseId: number, search = "") {
    const response = await exportRoute(new Request(`http://localhost/rankings/${phaseId}/export.xlsx${search}`), {
      params: Promise.resolve({ phaseId: String(phaseId) }),
    });
    return response;
  }

  async function exportedRows(response: Response) {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const sheet = workbook.getWorksheet("排名")!;
    const header = (sheet.getRow(EXPORT_HEADER_ROW).values as unknown[]).slice(1);
    const rows: { values: unknown[]; formats: string[] }[] = [];
    for (let index = EXPORT_HEADER_ROW + 1; index <= sheet.rowCount; index++) {
      const row = sheet.getRow(index);
      rows.push({
        values: EXPORT_COLUMNS.map((_, column) => row.getCell(column + 1).value),
        formats: EXPORT_COLUMNS.map((_, column) => row.getCell(column + 1).numFmt),
      });
    }
    return { header, rows };
  }

  /** What the page shows, in the export's columns: the page's own rows, rounded as the page rounds. */
  const pageValues = (row: RankingRow) =>
    EXPORT_COLUMNS.map((column) => {
      const value = column.value(row);
      if (value === null || typeof value === "string" || typeof value === "number") return value;
      return Number(value.toFixed(2));
    });

  it("holds the page's rows and numbers, with Chinese headers and numbers formatted to 2 decimals", async () => {
    const phaseId = ids.phases.get("INTERNAL")!;
    await actAs(user("leader"));
    const response = await download(phaseId);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("spreadsheetml");
    const { header, rows } = await exportedRows(response);
    expect(header).toEqual([
      "排名",
      "党组织",
      "所属企业",
      "企业类别",
      "得分",
      "平均分",
      "去最高最低分平均",
      "中位数",
      "标准差",
      "最低分",
      "最高分",
      "评分表份数",
      "档次",
    ]);

    const page = await loadRankingsView({ phaseId, page: 1 }, database);
    expect(rows.map((row) => row.values)).toEqual(page.rows.map(pageValues));
    expect(rows[4]!.values.slice(0, 5)).toEqual([
      5,
      "市水务集团江北水厂党支部",
      "惠州市水务集团有限公司",
      "市属企业",
      85,
    ]);
    expect(typeof rows[0]!.values[4]).toBe("number");
    expect(rows[0]!.formats[4]).toBe("0.00");
    expect(rows[0]!.values[6]).toBe(95.4);
  });

  it("applies the page's filters", async () => {
    const phaseId = ids.phases.get("INTERNAL")!;
    await actAs(user("admin"));
    const { rows } = await exportedRows(await download(phaseId, "?category=CENTRAL&tier=好"));
    const page = await loadRankingsView({ phaseId, category: "CENTRAL", tier: "好", page: 1 }, database);
    expect(page.rows.map((row) => row.organizationName)).toEqual(["惠州供电局客户服务中心党支部"]);
    expect(rows.map((row) => row.values)).toEqual(page.rows.map(pageValues));
  });

  it("is refused to secretaries and the signed-out", async () => {
    const phaseId = ids.phases.get("INTERNAL")!;
    await actAs(user("secretary"));
    expect((await download(phaseId)).status).toBe(403);
    actAnonymously();
    expect((await download(phaseId)).status).toBe(401);
    await actAs(user("admin"));
    expect((await download(999_999)).status).toBe(404);
  });
});

// ───────────────────────────── Statements per page ─────────────────────────────

describe("the rankings page's cost", () => {
  it("runs the same number of SQL statements for 11 organisations and for 40", async () => {
    const counting = new PrismaClient({
      adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL!, max: 2 }),
      log: [{ emit: "event", level: "query" }],
    });
    let statements = 0;
    counting.$on("query", (event) => {
      if (!/^(BEGIN|COMMIT|ROLLBACK)/i.test(event.query.trim())) statements++;
      if (process.env.SHOW_SQL) console.log(event.query.slice(0, 100));
    });
    const countFor = async (phaseId: number) => {
      statements = 0;
      const view = await loadRankingsView({ phaseId, page: 1 }, counting as unknown as Database);
      return { statements, rows: view.rows.length };
    };
    try {
      const orgs = [...ids.orgs.values()].slice(0, 40);
      const { phaseId } = await createScoredPhase(database, {
        year: nextYear++,
        stops: orgs.map((organization, index) => ({
          organizationId: organization.id,
          sheets: [{ scorerId: user("leader"), scores: [20 + (index % 20), 15, 30] }],
        })),
      });
      const demo = await countFor(ids.phases.get("INTERNAL")!);
      const large = await countFor(phaseId);
      expect(demo.rows).toBe(11);
      expect(large.rows).toBe(40);
      expect(large.statements).toBe(demo.statements);
      console.log(`loadRankingsView: ${demo.statements} SQL statements per render (11 and 40 organisations)`);
    } finally {
      await counting.$disconnect();
    }
  });
});
