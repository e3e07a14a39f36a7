import "server-only";
import { db } from "@/lib/db";

/** Every campaign year, newest first (for the year switcher); 1 query. */
export async function listCampaignYears() {
  return db().campaign.findMany({ orderBy: { year: "desc" }, select: { id: true, year: true, name: true } });
}

/**
 * One campaign (the given year, else the newest) with its phases in order and how many tours
 * each has (cancelled ones aside); 2 queries.
 */
export async function findCampaignForSetup(year: number | null) {
  const campaign = await db().campaign.findFirst({
    where: year === null ? {} : { year },
    orderBy: { year: "desc" },
    select: {
      id: true,
      year: true,
      name: true,
      goals: true,
      description: true,
      phases: {
        orderBy: { sequence: "asc" },
        select: {
          id: true,
          kind: true,
          sequence: true,
          name: true,
          status: true,
          startsOn: true,
          endsOn: true,
          selfReportDeadline: true,
          travelMinutes: true,
          closedAt: true,
        },
      },
    },
  });
  if (!campaign) return null;
  const tourCounts = await db().tour.groupBy({
    by: ["phaseId"],
    where: { phaseId: { in: campaign.phases.map((phase) => phase.id) }, status: { not: "CANCELLED" } },
    _count: { _all: true },
  });
  const counts = new Map(tourCounts.map((row) => [row.phaseId, row._count._all]));
  return {
    ...campaign,
    phases: campaign.phases.map((phase) => ({ ...phase, tourCount: counts.get(phase.id) ?? 0 })),
  };
}

export type CampaignForSetup = NonNullable<Awaited<ReturnType<typeof findCampaignForSetup>>>;
export type PhaseForSetup = CampaignForSetup["phases"][number];
