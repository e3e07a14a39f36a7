import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SheetStatus } from "@/lib/generated/prisma/enums";
import { decimalToHalves, formatHalves } from "@/lib/scoring/points";

export const SHEETS_PER_PAGE = 50;

export type SheetFilter = { phaseId?: number; status?: SheetStatus; query?: string; page: number };

/**
 * Staff's list of score sheets, newest change first, one page at a time: a count, the page (Prisma
 * fetches each relation for the whole page in one statement) and the phases; 9 statements
 * whatever the page size.
 */
export async function listSheets(filter: SheetFilter) {
  const where: Prisma.ScoreSheetWhereInput = {
    ...(filter.phaseId ? { phaseId: filter.phaseId } : {}),
    ...(filter.status ? { status: filter.status } : {}),
    ...(filter.query
      ? {
          OR: [
            { scorer: { displayName: { contains: filter.query } } },
            { partyOrganization: { name: { contains: filter.query } } },
            { stop: { site: { name: { contains: filter.query } } } },
          ],
        }
      : {}),
  };
  const [total, rows, phases] = await Promise.all([
    db().scoreSheet.count({ where }),
    db().scoreSheet.findMany({
      where,
      orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
      skip: (filter.page - 1) * SHEETS_PER_PAGE,
      take: SHEETS_PER_PAGE,
      select: {
        id: true,
        status: true,
        total: true,
        version: true,
        updatedAt: true,
        submittedAt: true,
        scorer: { select: { displayName: true } },
        partyOrganization: { select: { name: true, enterprise: { select: { shortName: true } } } },
        phase: { select: { name: true } },
        stop: { select: { arriveAt: true, site: { select: { name: true } } } },
      },
    }),
    db().phase.findMany({
      orderBy: [{ campaign: { year: "desc" } }, { sequence: "asc" }],
      select: { id: true, name: true },
    }),
  ]);
  return {
    total,
    phases,
    sheets: rows.map((row) => ({ ...row, total: formatHalves(decimalToHalves(row.total)) })),
  };
}

/**
 * One sheet for staff: where and by whom, its values by rubric item, and every revision; one
 * statement per relation (15), independent of the number of items and revisions.
 */
export async function getSheetDetail(sheetId: number) {
  const sheet = await db().scoreSheet.findUnique({
    where: { id: sheetId },
    select: {
      id: true,
      stopId: true,
      status: true,
      total: true,
      comment: true,
      version: true,
      submittedAt: true,
      updatedAt: true,
      scorer: { select: { displayName: true, title: true, enterprise: { select: { shortName: true } } } },
      phase: { select: { name: true, status: true } },
      partyOrganization: { select: { name: true, enterprise: { select: { shortName: true } } } },
      stop: {
        select: { arriveAt: true, site: { select: { name: true } }, tour: { select: { id: true, title: true } } },
      },
      itemScores: { select: { itemId: true, score: true } },
      revisions: {
        orderBy: { version: "desc" },
        select: {
          id: true,
          version: true,
          status: true,
          total: true,
          reason: true,
          createdAt: true,
          changedBy: { select: { displayName: true } },
        },
      },
      rubric: {
        select: {
          title: true,
          version: true,
          categories: {
            orderBy: { sequence: "asc" },
            select: {
              id: true,
              name: true,
              items: { orderBy: { sequence: "asc" }, select: { id: true, title: true, maxPoints: true } },
            },
          },
        },
      },
    },
  });
  if (!sheet) return null;
  const scoreOf = new Map(sheet.itemScores.map((score) => [score.itemId, formatHalves(decimalToHalves(score.score))]));
  return {
    ...sheet,
    total: formatHalves(decimalToHalves(sheet.total)),
    revisions: sheet.revisions.map((revision) => ({
      ...revision,
      total: formatHalves(decimalToHalves(revision.total)),
    })),
    categories: sheet.rubric.categories.map((category) => ({
      id: category.id,
      name: category.name,
      items: category.items.map((item) => ({
        id: item.id,
        title: item.title,
        max: formatHalves(decimalToHalves(item.maxPoints)),
        score: scoreOf.get(item.id) ?? null,
      })),
    })),
  };
}

export type SheetDetail = NonNullable<Awaited<ReturnType<typeof getSheetDetail>>>;
