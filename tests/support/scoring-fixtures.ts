import { Prisma } from "@/lib/generated/prisma/client";
import type { PhaseKind, PhaseStatus, TourStatus } from "@/lib/generated/prisma/enums";
import type { Database } from "@/lib/prisma-client";

/**
 * Rows the scoring tests build for themselves on top of the demo data: a campaign of its own (so
 * nothing here moves the demo rankings other test files check), phases, an active rubric, and
 * tours with stops at demo sites and demo people on the delegation.
 */

export async function userId(database: Database, username: string): Promise<number> {
  return (await database.user.findUniqueOrThrow({ where: { username }, select: { id: true } })).id;
}

export async function siteId(database: Database, name: string): Promise<number> {
  return (await database.site.findFirstOrThrow({ where: { name }, select: { id: true } })).id;
}

/** A campaign in the first free year after 2030. */
export async function createCampaign(database: Database): Promise<{ id: number; year: number }> {
  const taken = new Set((await database.campaign.findMany({ select: { year: true } })).map((row) => row.year));
  let year = 2031;
  while (taken.has(year)) year += 1;
  const campaign = await database.campaign.create({ data: { year, name: `${year}年测试观摩活动`, goals: [] } });
  return { id: campaign.id, year };
}

const SEQUENCE: Record<PhaseKind, number> = { INTERNAL: 1, CROSS: 2, DEMONSTRATION: 3 };

export async function createPhase(
  database: Database,
  campaign: { id: number; year: number },
  kind: PhaseKind,
  options: { status?: PhaseStatus; excludeOwnEnterprise?: boolean } = {},
) {
  const status = options.status ?? "ACTIVE";
  return database.phase.create({
    data: {
      campaignId: campaign.id,
      kind,
      sequence: SEQUENCE[kind],
      name: `${kind} ${campaign.year}`,
      startsOn: new Date(Date.UTC(campaign.year, SEQUENCE[kind] * 3 - 3, 1)),
      endsOn: new Date(Date.UTC(campaign.year, SEQUENCE[kind] * 3 - 1, 28)),
      status,
      closedAt: status === "CLOSED" ? new Date() : null,
      excludeOwnEnterprise: options.excludeOwnEnterprise ?? kind !== "INTERNAL",
    },
    select: { id: true },
  });
}

export type FixtureRubric = { id: number; items: { id: number; max: number }[] };

/** An ACTIVE rubric: two categories, items worth 40 + 30 and 20 + 10. */
export async function createActiveRubric(database: Database, phaseId: number): Promise<FixtureRubric> {
  const rubric = await database.rubric.create({
    data: { phaseId, version: 1, title: "测试评分细则", status: "ACTIVE", activatedAt: new Date() },
  });
  const layout = [
    { name: "组织体系", maxes: [40, 30] },
    { name: "党建品牌", maxes: [20, 10] },
  ];
  const items: FixtureRubric["items"] = [];
  let sequence = 1;
  for (const [index, category] of layout.entries()) {
    const row = await database.rubricCategory.create({
      data: { rubricId: rubric.id, name: category.name, sequence: index + 1 },
    });
    for (const max of category.maxes) {
      const item = await database.rubricItem.create({
        data: {
          rubricId: rubric.id,
          categoryId: row.id,
          title: `条目${sequence}`,
          guidance: `第${sequence}项评分要点`,
          maxPoints: new Prisma.Decimal(max),
          sequence: sequence++,
        },
      });
      items.push({ id: item.id, max });
    }
  }
  return { id: rubric.id, items };
}

let tourCounter = 0;

/** A tour with one stop per site (an hour each), scoring and non-scoring members. */
export async function createTour(
  database: Database,
  options: {
    phaseId: number;
    year: number;
    sites: number[];
    scorers: number[];
    attendees?: number[];
    status?: TourStatus;
  },
): Promise<{ id: number; stops: number[] }> {
  tourCounter += 1;
  // Each tour on a day of its own, so no site or person is on two tours at once.
  const day = new Date(Date.UTC(options.year, 0, 1 + tourCounter, 1, 0));
  const hour = (offset: number) => new Date(day.getTime() + offset * 3_600_000);
  const admin = await userId(database, "admin");
  const status = options.status ?? "PUBLISHED";
  const tour = await database.tour.create({
    data: {
      phaseId: options.phaseId,
      title: `测试观摩活动 ${tourCounter}`,
      startsAt: hour(0),
      endsAt: hour(options.sites.length + 1),
      status,
      publishedAt: status === "DRAFT" ? null : hour(-48),
      createdById: admin,
      delegation: {
        create: [
          ...options.scorers.map((user) => ({ userId: user, isScoring: true })),
          ...(options.attendees ?? []).map((user) => ({ userId: user, isScoring: false })),
        ],
      },
      stops: {
        create: options.sites.map((site, index) => ({
          siteId: site,
          sequence: index + 1,
          arriveAt: hour(index + 0.25),
          departAt: hour(index + 1),
          programme: ["BRIEFING", "ON_SITE"],
        })),
      },
    },
    select: { id: true, stops: { orderBy: { sequence: "asc" }, select: { id: true } } },
  });
  return { id: tour.id, stops: tour.stops.map((stop) => stop.id) };
}

/** The sheet's scores as { itemId: "7.5" }. */
export async function storedScores(database: Database, sheetId: number): Promise<Record<string, string>> {
  const rows = await database.itemScore.findMany({ where: { sheetId }, select: { itemId: true, score: true } });
  return Object.fromEntries(rows.map((row) => [String(row.itemId), row.score.toString()]));
}

/**
 * Removes a test campaign with everything scored in it, so test files that run later on the same
 * database see only the demo campaign (the audit rows stay: the log is append-only).
 */
export async function removeCampaign(database: Database, campaignId: number): Promise<void> {
  const phaseIds = (await database.phase.findMany({ where: { campaignId }, select: { id: true } })).map(
    (row) => row.id,
  );
  await database.$transaction([
    database.scoreSheet.deleteMany({ where: { phaseId: { in: phaseIds } } }),
    database.tour.deleteMany({ where: { phaseId: { in: phaseIds } } }),
    database.rubric.deleteMany({ where: { phaseId: { in: phaseIds } } }),
    database.phase.deleteMany({ where: { campaignId } }),
    database.campaign.delete({ where: { id: campaignId } }),
  ]);
}
