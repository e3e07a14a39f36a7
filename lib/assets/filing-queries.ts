import "server-only";
import { db } from "@/lib/db";
import type { Database } from "@/lib/prisma-client";

/** The enterprises figures are filed for (active, counting), in their usual order; 1 statement. */
export async function filingEnterprises(database: Database = db()) {
  return database.enterprise.findMany({
    where: { isActive: true, countsTowardAssetTarget: true },
    orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
    select: { id: true, name: true, shortName: true },
  });
}

/** One enterprise, or null; for a secretary's page (their enterprise from the session). */
export async function filingEnterprise(enterpriseId: number, database: Database = db()) {
  return database.enterprise.findUnique({
    where: { id: enterpriseId },
    select: { id: true, name: true, shortName: true, isActive: true, countsTowardAssetTarget: true },
  });
}

/**
 * An enterprise's figures, newest first, each with its corrections (newest first) and who made
 * them; 2 statements (figures, then revisions for all of them).
 */
export async function enterpriseFigures(enterpriseId: number, database: Database = db()) {
  return database.assetFigure.findMany({
    where: { enterpriseId },
    orderBy: { month: "desc" },
    select: {
      id: true,
      month: true,
      totalAssets: true,
      isDemo: true,
      updatedAt: true,
      filedBy: { select: { displayName: true } },
      revisions: {
        orderBy: { id: "desc" },
        select: {
          id: true,
          previousValue: true,
          newValue: true,
          createdAt: true,
          changedBy: { select: { displayName: true } },
        },
      },
    },
  });
}

export type EnterpriseFigure = Awaited<ReturnType<typeof enterpriseFigures>>[number];

/** The latest corrections across all enterprises, for staff; 1 statement. */
export async function recentRevisions(limit = 20, database: Database = db()) {
  return database.assetFigureRevision.findMany({
    orderBy: { id: "desc" },
    take: limit,
    select: {
      id: true,
      previousValue: true,
      newValue: true,
      createdAt: true,
      changedBy: { select: { displayName: true } },
      figure: { select: { month: true, enterprise: { select: { name: true } } } },
    },
  });
}
