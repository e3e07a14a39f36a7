import { Prisma } from "@/lib/generated/prisma/client";
import type { PhaseKind, PhaseStatus, ScoreMethod, SheetStatus, TierMode } from "@/lib/generated/prisma/enums";
import type { Database } from "@/lib/prisma-client";

/**
 * A campaign of its own with one scored phase, for tests that change sheets or settings without
 * touching the demo campaign that other test files read. Every stop is a tour of its own on a
 * day of its own, so no scheduling rule can object; scorers are put on the delegation.
 */

/** Two categories, three items, 100 points. */
export const FIXTURE_RUBRIC = [
  { category: "组织体系", title: "组织设置", maxPoints: 40 },
  { category: "组织体系", title: "组织生活", maxPoints: 20 },
  { category: "党建与业务融合", title: "融合载体", maxPoints: 40 },
] as const;

export type FixtureSheet = {
  scorerId: number;
  /** One score per FIXTURE_RUBRIC item, in steps of 0.5. */
  scores: readonly number[];
  status?: SheetStatus;
};

export type FixtureOptions = {
  year: number;
  kind?: PhaseKind;
  status?: PhaseStatus;
  scoreMethod?: ScoreMethod;
  trimMinScorers?: number;
  tierMode?: TierMode;
  disagreementThreshold?: string;
  resultsPublishedAt?: Date | null;
  tiers?: readonly { name: string; minScore?: string | null; quotaPercent?: string | null }[];
  stops: readonly { organizationId: number; sheets: readonly FixtureSheet[] }[];
};

const DEFAULT_TIERS = [
  { name: "好", minScore: "90", quotaPercent: "20" },
  { name: "较好", minScore: "80", quotaPercent: "30" },
  { name: "一般", minScore: "70", quotaPercent: "30" },
  { name: "差", minScore: null, quotaPercent: null },
];

const day = (year: number, index: number, hour: number) => new Date(Date.UTC(year, 0, 1 + index, hour - 8)); // hour in China time

export async function createScoredPhase(database: Database, options: FixtureOptions) {
  const adminId = (await database.user.findUniqueOrThrow({ where: { username: "admin" }, select: { id: true } })).id;
  const campaign = await database.campaign.create({
    data: { year: options.year, name: `${options.year}年测试活动`, goals: [] },
  });
  const status = options.status ?? "ACTIVE";
  const phase = await database.phase.create({
    data: {
      campaignId: campaign.id,
      kind: options.kind ?? "INTERNAL",
      sequence: 1,
      name: "测试阶段",
      startsOn: new Date(Date.UTC(options.year, 0, 1)),
      endsOn: new Date(Date.UTC(options.year, 11, 31)),
      status: "ACTIVE",
      scoreMethod: options.scoreMethod ?? "TRIMMED_MEAN",
      trimMinScorers: options.trimMinScorers ?? 5,
      tierMode: options.tierMode ?? "THRESHOLD",
      disagreementThreshold: options.disagreementThreshold ?? "8",
    },
  });
  await database.phaseTier.createMany({
    data: (options.tiers ?? DEFAULT_TIERS).map((tier, index) => ({
      phaseId: phase.id,
      name: tier.name,
      rank: index + 1,
      minScore: tier.minScore ?? null,
      quotaPercent: tier.quotaPercent ?? null,
    })),
  });

  const rubric = await database.rubric.create({
    data: { phaseId: phase.id, version: 1, title: "测试评分细则", status: "ACTIVE", activatedAt: new Date() },
  });
  const categories = new Map<string, number>();
  for (const [sequence, name] of [...new Set(FIXTURE_RUBRIC.map((item) => item.category))].entries()) {
    const row = await database.rubricCategory.create({ data: { rubricId: rubric.id, name, sequence: sequence + 1 } });
    categories.set(name, row.id);
  }
  const items = await Promise.all(
    FIXTURE_RUBRIC.map((item, index) =>
      database.rubricItem.create({
        data: {
          rubricId: rubric.id,
          categoryId: categories.get(item.category)!,
          title: item.title,
          maxPoints: item.maxPoints,
          sequence: index + 1,
        },
      }),
    ),
  );

  const stopIds: number[] = [];
  for (const [index, stop] of options.stops.entries()) {
    const site = await database.site.create({
      data: {
        partyOrganizationId: stop.organizationId,
        name: `测试观摩点 ${options.year}-${index + 1}`,
        theme: "测试",
        address: "测试地址",
        capacity: 50,
      },
    });
    const tour = await database.tour.create({
      data: {
        phaseId: phase.id,
        title: `测试观摩 ${options.year}-${index + 1}`,
        startsAt: day(options.year, index, 9),
        endsAt: day(options.year, index, 12),
        status: "COMPLETED",
        publishedAt: day(options.year, index, 8),
        createdById: adminId,
        stops: {
          create: {
            siteId: site.id,
            sequence: 1,
            arriveAt: day(options.year, index, 9),
            departAt: day(options.year, index, 11),
          },
        },
        delegation: {
          create: stop.sheets.map((sheet) => ({ userId: sheet.scorerId, isScoring: true })),
        },
      },
      select: { stops: { select: { id: true } } },
    });
    const stopId = tour.stops[0]!.id;
    stopIds.push(stopId);
    for (const sheet of stop.sheets) {
      await createSheet(database, {
        phaseId: phase.id,
        rubricId: rubric.id,
        items,
        stopId,
        organizationId: stop.organizationId,
        sheet,
      });
    }
  }

  if (status !== "ACTIVE" || options.resultsPublishedAt) {
    await database.phase.update({
      where: { id: phase.id },
      data: {
        status,
        closedAt: status === "CLOSED" ? new Date() : null,
        resultsPublishedAt: options.resultsPublishedAt ?? null,
      },
    });
  }
  return { campaignId: campaign.id, phaseId: phase.id, rubricId: rubric.id, items, stopIds };
}

export async function createSheet(
  database: Database,
  target: {
    phaseId: number;
    rubricId: number;
    items: readonly { id: number; maxPoints: Prisma.Decimal }[];
    stopId: number;
    organizationId: number;
    sheet: FixtureSheet;
  },
) {
  const total = target.sheet.scores.reduce((sum, score) => sum.plus(score), new Prisma.Decimal(0));
  const submitted = (target.sheet.status ?? "SUBMITTED") === "SUBMITTED";
  return database.scoreSheet.create({
    data: {
      stopId: target.stopId,
      scorerId: target.sheet.scorerId,
      phaseId: target.phaseId,
      partyOrganizationId: target.organizationId,
      rubricId: target.rubricId,
      status: submitted ? "SUBMITTED" : "DRAFT",
      total,
      submittedAt: submitted ? new Date() : null,
      itemScores: {
        create: target.sheet.scores.map((score, index) => ({
          itemId: target.items[index]!.id,
          score,
          maxPoints: target.items[index]!.maxPoints,
        })),
      },
    },
    select: { id: true },
  });
}

/** Random item scores in steps of 0.5 around a level (0–100), within each item's range. */
export function randomScores(random: () => number, level: number, spread: number): number[] {
  return FIXTURE_RUBRIC.map((item) => {
    const share = (level + (random() * 2 - 1) * spread) / 100;
    const halves = Math.round(Math.min(1, Math.max(0, share)) * item.maxPoints * 2);
    return halves / 2;
  });
}

/**
 * Four tiers of either mode for generated phases: uneven quotas (rounding at the boundaries) or
 * thresholds with decimals, so ties and borders are exercised.
 */
export function sampleTiers(tierMode: "THRESHOLD" | "QUOTA"): FixtureOptions["tiers"] {
  return tierMode === "QUOTA"
    ? [
        { name: "优", quotaPercent: "15" },
        { name: "良", quotaPercent: "33.33" },
        { name: "中", quotaPercent: "25" },
        { name: "差" },
      ]
    : [
        { name: "优", minScore: "85.5" },
        { name: "良", minScore: "78.25" },
        { name: "中", minScore: "70" },
        { name: "差" },
      ];
}
