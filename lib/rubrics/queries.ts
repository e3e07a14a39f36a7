import "server-only";
import { db } from "@/lib/db";
import type { PhaseKind, PhaseStatus, RubricStatus } from "@/lib/generated/prisma/enums";
import { decimalToHalves, formatHalves } from "@/lib/scoring/points";

export type RubricSummary = {
  id: number;
  phaseId: number;
  version: number;
  title: string;
  status: RubricStatus;
  activatedAt: Date | null;
  itemCount: number;
  /** Sum of the items' maximums, e.g. "100". */
  maxTotal: string;
  sheetCount: number;
  submittedCount: number;
};

export type PhaseWithRubrics = {
  id: number;
  name: string;
  kind: PhaseKind;
  status: PhaseStatus;
  campaignName: string;
  rubrics: RubricSummary[];
};

/** Every phase with its rubric versions and how far each is used; 3 statements. */
export async function listRubricsByPhase(): Promise<PhaseWithRubrics[]> {
  const [phases, rubrics] = await Promise.all([
    db().phase.findMany({
      orderBy: [{ campaign: { year: "desc" } }, { sequence: "asc" }],
      select: { id: true, name: true, kind: true, status: true, campaign: { select: { name: true } } },
    }),
    db().$queryRaw<(Omit<RubricSummary, "maxTotal"> & { maxTotal: string })[]>`
      SELECT r."id", r."phaseId", r."version", r."title", r."status"::text AS "status", r."activatedAt",
        COALESCE(i."itemCount", 0)::int AS "itemCount", COALESCE(i."maxTotal", 0)::text AS "maxTotal",
        COALESCE(s."sheetCount", 0)::int AS "sheetCount", COALESCE(s."submittedCount", 0)::int AS "submittedCount"
      FROM "Rubric" r
      LEFT JOIN (
        SELECT "rubricId", count(*) AS "itemCount", sum("maxPoints") AS "maxTotal" FROM "RubricItem" GROUP BY "rubricId"
      ) i ON i."rubricId" = r."id"
      LEFT JOIN (
        SELECT "rubricId", count(*) AS "sheetCount", count(*) FILTER (WHERE "status" = 'SUBMITTED') AS "submittedCount"
        FROM "ScoreSheet" GROUP BY "rubricId"
      ) s ON s."rubricId" = r."id"
      ORDER BY r."phaseId", r."version" DESC`,
  ]);
  return phases.map((phase) => ({
    id: phase.id,
    name: phase.name,
    kind: phase.kind,
    status: phase.status,
    campaignName: phase.campaign.name,
    rubrics: rubrics
      .filter((rubric) => rubric.phaseId === phase.id)
      .map((rubric) => ({ ...rubric, maxTotal: formatHalves(decimalToHalves(rubric.maxTotal)) })),
  }));
}

/** A rubric with its phase, categories and items in order, and how many sheets use it; 7 statements. */
export async function getRubricDetail(rubricId: number) {
  const rubric = await db().rubric.findUnique({
    where: { id: rubricId },
    select: {
      id: true,
      version: true,
      title: true,
      status: true,
      activatedAt: true,
      createdAt: true,
      phase: { select: { id: true, name: true, status: true, campaign: { select: { name: true } } } },
      categories: {
        orderBy: { sequence: "asc" },
        select: {
          id: true,
          name: true,
          items: {
            orderBy: { sequence: "asc" },
            select: { id: true, title: true, guidance: true, maxPoints: true },
          },
        },
      },
    },
  });
  if (!rubric) return null;
  const [sheets, otherVersions] = await Promise.all([
    db().scoreSheet.groupBy({ by: ["status"], where: { rubricId }, _count: true }),
    db().rubric.findMany({
      where: { phaseId: rubric.phase.id, id: { not: rubric.id } },
      orderBy: { version: "desc" },
      select: { id: true, version: true, status: true },
    }),
  ]);
  const count = (status: "DRAFT" | "SUBMITTED") => sheets.find((row) => row.status === status)?._count ?? 0;
  const categories = rubric.categories.map((category) => ({
    id: category.id,
    name: category.name,
    items: category.items.map(({ maxPoints, ...item }) => ({ ...item, maxHalves: decimalToHalves(maxPoints) })),
  }));
  const totalHalves = categories.reduce(
    (sum, category) => sum + category.items.reduce((inner, item) => inner + item.maxHalves, 0),
    0,
  );
  return {
    ...rubric,
    categories,
    totalHalves,
    draftSheets: count("DRAFT"),
    submittedSheets: count("SUBMITTED"),
    otherVersions,
  };
}

export type RubricDetail = NonNullable<Awaited<ReturnType<typeof getRubricDetail>>>;
