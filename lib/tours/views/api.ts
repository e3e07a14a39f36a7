import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import type { Database } from "@/lib/prisma-client";
import type { SessionUser } from "@/lib/auth/session-user";
import type { PhaseKind, TourStatus } from "@/lib/generated/prisma/enums";
import { toChinaIso } from "@/lib/api/time";
import { visibleToursWhere } from "@/lib/tours/views/access";

/** GET /api/v1/tours: the filters it accepts and the JSON it answers (see docs/api.md). */

const TOUR_STATUSES = ["DRAFT", "PUBLISHED", "COMPLETED", "CANCELLED"] as const satisfies readonly TourStatus[];

export const tourListFilterSchema = z.object({
  phaseId: z.coerce
    .number({ error: "阶段编号必须是正整数" })
    .int("阶段编号必须是正整数")
    .positive("阶段编号必须是正整数")
    .max(2_147_483_647, "阶段编号过大")
    .optional(),
  status: z.enum(TOUR_STATUSES, { error: `状态只能是 ${TOUR_STATUSES.join("、")} 之一` }).optional(),
});

export type TourListFilter = z.output<typeof tourListFilterSchema>;

export type ApiTourStop = {
  order: number;
  siteId: number;
  siteName: string;
  partyOrganization: string;
  arriveAt: string;
  departAt: string;
};

export type ApiTour = {
  id: number;
  phaseId: number;
  phaseKind: PhaseKind;
  title: string;
  status: TourStatus;
  startsAt: string;
  endsAt: string;
  stops: ApiTourStop[];
  /** Members with an account plus guests: the people the delegation brings to each site. */
  delegationSize: number;
};

/**
 * The tours the caller may see, by start time, in a constant number of statements: the tours
 * with their counts, then stops, sites and organisations, each fetched once for all tours.
 */
export async function listApiTours(
  viewer: Pick<SessionUser, "id" | "role">,
  filter: TourListFilter,
  database: Database = db(),
): Promise<ApiTour[]> {
  const tours = await database.tour.findMany({
    where: {
      ...visibleToursWhere(viewer),
      ...(filter.phaseId ? { phaseId: filter.phaseId } : {}),
      // AND keeps a status filter from widening the visibility rule (a leader asking for DRAFT).
      ...(filter.status ? { AND: [{ status: filter.status }] } : {}),
    },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      phaseId: true,
      title: true,
      status: true,
      startsAt: true,
      endsAt: true,
      phase: { select: { kind: true } },
      stops: {
        orderBy: { sequence: "asc" },
        select: {
          sequence: true,
          siteId: true,
          arriveAt: true,
          departAt: true,
          site: { select: { name: true, partyOrganization: { select: { name: true } } } },
        },
      },
      _count: { select: { delegation: true, guests: true } },
    },
  });
  return tours.map((tour) => ({
    id: tour.id,
    phaseId: tour.phaseId,
    phaseKind: tour.phase.kind,
    title: tour.title,
    status: tour.status,
    startsAt: toChinaIso(tour.startsAt),
    endsAt: toChinaIso(tour.endsAt),
    stops: tour.stops.map((stop) => ({
      order: stop.sequence,
      siteId: stop.siteId,
      siteName: stop.site.name,
      partyOrganization: stop.site.partyOrganization.name,
      arriveAt: toChinaIso(stop.arriveAt),
      departAt: toChinaIso(stop.departAt),
    })),
    delegationSize: tour._count.delegation + tour._count.guests,
  }));
}
