import "server-only";
import { db } from "@/lib/db";
import type { SheetStatus } from "@/lib/generated/prisma/enums";
import type { SessionUser } from "@/lib/auth/session-user";
import { loadStopContext } from "@/lib/scoring/access";
import { decimalToHalves, formatHalves } from "@/lib/scoring/points";
import { stopAccess } from "@/lib/scoring/sheet-rules";
import { SNAPSHOT_SELECT, toSnapshot } from "@/lib/scoring/sheet-snapshot";

export type StopToScore = {
  stopId: number;
  arriveAt: Date;
  departAt: Date;
  tourTitle: string;
  phaseName: string;
  siteName: string;
  organizationName: string;
  enterpriseName: string;
  sheetStatus: SheetStatus | null;
  sheetTotal: string | null;
  sheetUpdatedAt: Date | null;
};

type Row = Omit<StopToScore, "sheetTotal"> & { sheetTotal: string | null; ownEnterprise: boolean };

/**
 * 我的评分: the stops the user must score, with their sheet's state; 1 statement. A stop counts
 * when the user is a scoring member of its tour, the tour is published or completed and the phase
 * is active. Stops at the user's own enterprise in phases that exclude it are counted separately
 * (`excluded`) so the page can say why they are missing.
 */
export async function listStopsToScore(user: SessionUser): Promise<{ stops: StopToScore[]; excluded: number }> {
  const rows = await db().$queryRaw<Row[]>`
    SELECT s."id" AS "stopId", s."arriveAt", s."departAt", t."title" AS "tourTitle", p."name" AS "phaseName",
      si."name" AS "siteName", o."name" AS "organizationName", e."shortName" AS "enterpriseName",
      sh."status"::text AS "sheetStatus", sh."total"::text AS "sheetTotal", sh."updatedAt" AS "sheetUpdatedAt",
      (p."excludeOwnEnterprise" AND o."enterpriseId" IS NOT DISTINCT FROM ${user.enterpriseId}::int) AS "ownEnterprise"
    FROM "TourStop" s
    JOIN "Tour" t ON t."id" = s."tourId"
    JOIN "Phase" p ON p."id" = t."phaseId"
    JOIN "DelegationMember" d ON d."tourId" = t."id" AND d."userId" = ${user.id} AND d."isScoring"
    JOIN "Site" si ON si."id" = s."siteId"
    JOIN "PartyOrganization" o ON o."id" = si."partyOrganizationId"
    JOIN "Enterprise" e ON e."id" = o."enterpriseId"
    LEFT JOIN "ScoreSheet" sh ON sh."stopId" = s."id" AND sh."scorerId" = ${user.id}
    WHERE t."status" IN ('PUBLISHED', 'COMPLETED') AND p."status" = 'ACTIVE'
    ORDER BY s."arriveAt" ASC, s."id" ASC
    LIMIT 1000`;
  const stops = rows
    .filter((row) => !row.ownEnterprise)
    .map(({ ownEnterprise: _own, sheetTotal, ...row }) => ({
      ...row,
      sheetTotal: sheetTotal === null ? null : formatHalves(decimalToHalves(sheetTotal)),
    }));
  return { stops, excluded: rows.length - stops.length };
}

type StopHeader = {
  arriveAt: Date;
  departAt: Date;
  tourTitle: string;
  phaseName: string;
  siteName: string;
  theme: string;
  organizationName: string;
  enterpriseName: string;
};

/**
 * Everything the sheet page shows, or null when the user may not see this stop's sheet (not a
 * scoring member, tour not published, or their own enterprise under the phase's rule); 7
 * statements (access, header, sheet and its scores, rubric with categories and items). `lock`
 * says why the sheet cannot change now (phase not active), if it cannot.
 */
export async function getScoringSheet(user: SessionUser, stopId: number) {
  const context = await loadStopContext(db(), user.id, stopId);
  const access = stopAccess(context, user.enterpriseId);
  if (!context || !access.visible) return null;

  const [[stop], sheetRow] = await Promise.all([
    db().$queryRaw<StopHeader[]>`
      SELECT s."arriveAt", s."departAt", t."title" AS "tourTitle", p."name" AS "phaseName", si."name" AS "siteName",
        si."theme", o."name" AS "organizationName", e."shortName" AS "enterpriseName"
      FROM "TourStop" s
      JOIN "Tour" t ON t."id" = s."tourId"
      JOIN "Phase" p ON p."id" = t."phaseId"
      JOIN "Site" si ON si."id" = s."siteId"
      JOIN "PartyOrganization" o ON o."id" = si."partyOrganizationId"
      JOIN "Enterprise" e ON e."id" = o."enterpriseId"
      WHERE s."id" = ${stopId}`,
    db().scoreSheet.findUnique({
      where: { stopId_scorerId: { stopId, scorerId: user.id } },
      select: { ...SNAPSHOT_SELECT, rubricId: true },
    }),
  ]);
  const rubricId = sheetRow?.rubricId ?? context.activeRubricId;
  const rubric =
    rubricId === null
      ? null
      : await db().rubric.findUniqueOrThrow({
          where: { id: rubricId },
          select: {
            id: true,
            title: true,
            version: true,
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

  return {
    stopId,
    editable: access.editable,
    lock: access.editable ? null : access.lock,
    stop: stop!,
    rubric: rubric && {
      id: rubric.id,
      title: rubric.title,
      version: rubric.version,
      categories: rubric.categories.map((category) => ({
        id: category.id,
        name: category.name,
        items: category.items.map(({ maxPoints, ...item }) => ({ ...item, maxHalves: decimalToHalves(maxPoints) })),
      })),
    },
    sheet: sheetRow ? toSnapshot(sheetRow) : null,
  };
}

export type ScoringSheetView = NonNullable<Awaited<ReturnType<typeof getScoringSheet>>>;
export type SheetRubric = NonNullable<ScoringSheetView["rubric"]>;
