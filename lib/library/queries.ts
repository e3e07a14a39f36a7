import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { containsPattern, LIBRARY_PAGE_SIZE, type LibraryFilter } from "@/lib/library/search";
import type { Database } from "@/lib/prisma-client";

/*
 * Reads of the experience library. The list is a constant number of statements whatever the page
 * holds: one SQL statement finds the page's ids and the match count (the search needs ILIKE over
 * the tags array, which Prisma's filters cannot say; each of the three ILIKEs has a trigram index,
 * see the library_search_trigram migration), one Prisma read loads those rows with their
 * organisation, enterprise, phase and first photo, and the filter options are three more.
 */

/** The WHERE of the list (exported for the test that checks the trigram indexes serve it). */
export function librarySearchWhere(filter: LibraryFilter): Prisma.Sql {
  const pattern = filter.q ? containsPattern(filter.q) : null;
  return Prisma.sql`
    (${filter.kind}::text IS NULL OR x."kind"::text = ${filter.kind}::text)
    AND (${filter.enterpriseId}::int IS NULL OR o."enterpriseId" = ${filter.enterpriseId}::int)
    AND (${filter.phaseId}::int IS NULL OR x."phaseId" = ${filter.phaseId}::int)
    AND (${filter.tag}::text IS NULL OR ${filter.tag}::text = ANY (x."tags"))
    AND (${filter.promoted}::boolean IS NULL OR x."promoted" = ${filter.promoted}::boolean)
    AND (${pattern}::text IS NULL
         OR x."title" ILIKE ${pattern}::text ESCAPE '\\'
         OR x."summary" ILIKE ${pattern}::text ESCAPE '\\'
         OR experience_tags_text(x."tags") ILIKE ${pattern}::text ESCAPE '\\')`;
}

const ENTRY_CARD_SELECT = {
  id: true,
  kind: true,
  title: true,
  summary: true,
  tags: true,
  promoted: true,
  promotedAt: true,
  createdAt: true,
  phase: { select: { id: true, name: true, campaign: { select: { year: true } } } },
  partyOrganization: { select: { id: true, name: true, enterprise: { select: { id: true, shortName: true } } } },
  photos: { orderBy: { id: "asc" }, take: 1, select: { id: true } },
  _count: { select: { photos: true } },
} as const satisfies Prisma.ExperienceEntrySelect;

export type LibraryCard = Prisma.ExperienceEntryGetPayload<{ select: typeof ENTRY_CARD_SELECT }>;

/** A page of entries matching the filter (promoted first, then newest) and the match count. 3 statements. */
export async function searchLibrary(filter: LibraryFilter, database: Database = db()) {
  const where = librarySearchWhere(filter);
  const offset = (filter.page - 1) * LIBRARY_PAGE_SIZE;
  const [ids, counted] = await Promise.all([
    database.$queryRaw<{ id: number }[]>`
      SELECT x."id" FROM "ExperienceEntry" x
      JOIN "PartyOrganization" o ON o."id" = x."partyOrganizationId"
      WHERE ${where}
      ORDER BY x."promoted" DESC, x."createdAt" DESC, x."id" DESC
      LIMIT ${LIBRARY_PAGE_SIZE}::int OFFSET ${offset}::int`,
    database.$queryRaw<{ total: number }[]>`
      SELECT count(*)::int AS "total" FROM "ExperienceEntry" x
      JOIN "PartyOrganization" o ON o."id" = x."partyOrganizationId"
      WHERE ${where}`,
  ]);
  const total = counted[0]?.total ?? 0;
  const rows =
    ids.length === 0
      ? []
      : await database.experienceEntry.findMany({
          where: { id: { in: ids.map((row) => row.id) } },
          select: ENTRY_CARD_SELECT,
        });
  // Keep the SQL's order (findMany with `in` does not).
  const byId = new Map(rows.map((row) => [row.id, row]));
  const entries = ids.map((row) => byId.get(row.id)).filter((row): row is LibraryCard => row !== undefined);
  return { entries, total, pageCount: Math.max(1, Math.ceil(total / LIBRARY_PAGE_SIZE)) };
}

/** What the filter form offers: enterprises with entries, phases, and the most used tags. 3 statements. */
export async function libraryFilterOptions(database: Database = db()) {
  const [enterprises, phases, tags] = await Promise.all([
    database.enterprise.findMany({
      where: { partyOrganizations: { some: { experience: { some: {} } } } },
      orderBy: [{ category: "asc" }, { sortOrder: "asc" }, { id: "asc" }],
      select: { id: true, shortName: true },
    }),
    libraryPhaseOptions(database),
    database.$queryRaw<{ tag: string; count: number }[]>`
      SELECT t.tag, count(*)::int AS "count"
      FROM "ExperienceEntry" x, unnest(x."tags") AS t(tag)
      GROUP BY t.tag ORDER BY count(*) DESC, t.tag LIMIT 30`,
  ]);
  return { enterprises, phases, tags };
}

/** Phases to file an entry under or filter by, newest campaign first. */
export async function libraryPhaseOptions(database: Database = db()) {
  const phases = await database.phase.findMany({
    orderBy: [{ campaign: { year: "desc" } }, { sequence: "asc" }],
    select: { id: true, name: true, campaign: { select: { year: true } } },
  });
  return phases.map((phase) => ({ id: phase.id, label: `${phase.campaign.year}年 ${phase.name}` }));
}

/** One entry with everything its page shows; null when there is none. 1 read with its relations. */
export async function findLibraryEntry(entryId: number, database: Database = db()) {
  return database.experienceEntry.findUnique({
    where: { id: entryId },
    select: {
      id: true,
      kind: true,
      title: true,
      summary: true,
      tags: true,
      promoted: true,
      promotedAt: true,
      createdAt: true,
      updatedAt: true,
      partyOrganizationId: true,
      phaseId: true,
      phase: { select: { id: true, name: true, campaign: { select: { year: true, name: true } } } },
      partyOrganization: {
        select: { id: true, name: true, enterprise: { select: { id: true, name: true, shortName: true } } },
      },
      promotedBy: { select: { displayName: true } },
      createdBy: { select: { displayName: true } },
      photos: { orderBy: { id: "asc" }, select: { id: true, originalName: true, sizeBytes: true } },
      selections: { select: { slot: true, phase: { select: { name: true, campaign: { select: { year: true } } } } } },
    },
  });
}

export type LibraryEntryDetail = NonNullable<Awaited<ReturnType<typeof findLibraryEntry>>>;
