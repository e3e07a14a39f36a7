import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

export type SiteFilters = { enterpriseId: number | null; status: "active" | "inactive" | "all"; q: string };

/**
 * Sites for the staff list, with their organisation and enterprise, photo count and first photo;
 * a constant number of queries whatever the number of sites (Prisma loads each relation for all
 * rows at once).
 */
export async function listSitesForSetup(filters: SiteFilters) {
  const where: Prisma.SiteWhereInput = {
    ...(filters.status === "all" ? {} : { isActive: filters.status === "active" }),
    ...(filters.enterpriseId ? { partyOrganization: { enterpriseId: filters.enterpriseId } } : {}),
    ...(filters.q
      ? {
          OR: [
            { name: { contains: filters.q, mode: "insensitive" } },
            { theme: { contains: filters.q, mode: "insensitive" } },
            { partyOrganization: { name: { contains: filters.q, mode: "insensitive" } } },
          ],
        }
      : {}),
  };
  return db().site.findMany({
    where,
    orderBy: [{ isActive: "desc" }, { partyOrganization: { enterprise: { sortOrder: "asc" } } }, { id: "asc" }],
    select: {
      id: true,
      name: true,
      theme: true,
      address: true,
      capacity: true,
      isActive: true,
      partyOrganization: { select: { name: true, enterprise: { select: { shortName: true } } } },
      photos: { orderBy: { id: "asc" }, take: 1, select: { id: true } },
      _count: { select: { photos: true } },
    },
  });
}

export type SiteListRow = Awaited<ReturnType<typeof listSitesForSetup>>[number];

export async function findSiteForSetup(siteId: number) {
  return db().site.findUnique({
    where: { id: siteId },
    select: {
      id: true,
      partyOrganizationId: true,
      name: true,
      theme: true,
      highlights: true,
      address: true,
      capacity: true,
      isActive: true,
      createdAt: true,
      partyOrganization: {
        select: { name: true, isActive: true, enterprise: { select: { id: true, shortName: true, isActive: true } } },
      },
      photos: {
        orderBy: { id: "asc" },
        select: { id: true, originalName: true, sizeBytes: true, createdAt: true },
      },
    },
  });
}

/**
 * The organisations a site can be hosted by (active, of an active enterprise), with their
 * enterprise for a two-step choice; `includeId` keeps a site's current organisation in the list
 * even when it has since been disabled. 2 queries.
 */
export async function listHostOptions(includeId: number | null = null) {
  const [enterprises, orgs] = await Promise.all([
    db().enterprise.findMany({
      where: { OR: [{ isActive: true }, ...(includeId ? [{ partyOrganizations: { some: { id: includeId } } }] : [])] },
      orderBy: [{ category: "asc" }, { sortOrder: "asc" }, { id: "asc" }],
      select: { id: true, shortName: true },
    }),
    db().partyOrganization.findMany({
      where: {
        OR: [{ isActive: true, enterprise: { isActive: true } }, ...(includeId ? [{ id: includeId }] : [])],
      },
      orderBy: [{ enterpriseId: "asc" }, { level: "asc" }, { sortOrder: "asc" }, { id: "asc" }],
      select: { id: true, enterpriseId: true, name: true, level: true, isActive: true },
    }),
  ]);
  return { enterprises, orgs };
}

export type HostOptions = Awaited<ReturnType<typeof listHostOptions>>;

export async function listEnterpriseFilterOptions() {
  return db().enterprise.findMany({
    orderBy: [{ isActive: "desc" }, { category: "asc" }, { sortOrder: "asc" }, { id: "asc" }],
    select: { id: true, shortName: true },
  });
}
