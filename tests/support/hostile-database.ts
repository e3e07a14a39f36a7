import type { Database } from "@/lib/prisma-client";
import type { SeedIds } from "@/tests/support/hostile-specs";

/** One representative id of each kind of row in the seeded demo data (0 where the seed has none). */
export async function loadSeedIds(database: Database): Promise<SeedIds> {
  const [row] = await database.$queryRaw<Record<keyof SeedIds, number | null>[]>`
    SELECT
      (SELECT min(id) FROM "User" WHERE username = 'sec-liangshi') AS "user",
      (SELECT e.id FROM "Enterprise" e JOIN "User" u ON u."enterpriseId" = e.id WHERE u.username = 'secretary') AS enterprise,
      (SELECT min(id) FROM "PartyOrganization") AS org,
      (SELECT min(id) FROM "Site") AS site,
      (SELECT min(id) FROM "Phase") AS phase,
      (SELECT min(id) FROM "Campaign") AS campaign,
      (SELECT min(id) FROM "Rubric") AS rubric,
      (SELECT min(id) FROM "RubricCategory") AS category,
      (SELECT min(id) FROM "RubricItem") AS item,
      (SELECT min(id) FROM "Tour") AS tour,
      (SELECT version FROM "Tour" ORDER BY id LIMIT 1) AS "tourVersion",
      (SELECT min(id) FROM "TourStop") AS stop,
      (SELECT min(id) FROM "TourGuest") AS guest,
      (SELECT min(id) FROM "ScoreSheet") AS sheet,
      (SELECT version FROM "ScoreSheet" ORDER BY id LIMIT 1) AS "sheetVersion",
      (SELECT min(id) FROM "SelfReport") AS report,
      (SELECT "editVersion" FROM "SelfReport" ORDER BY id LIMIT 1) AS "reportVersion",
      (SELECT min(id) FROM "Problem") AS problem,
      (SELECT min(id) FROM "ExperienceEntry") AS entry,
      (SELECT min(id) FROM "StoredFile") AS file,
      (SELECT min(id) FROM "Notification") AS notification,
      (SELECT min(id) FROM "DemonstrationSelection") AS selection,
      (SELECT min(id) FROM "VisitSlot") AS slot,
      (SELECT min(id) FROM "VisitSignup") AS signup,
      (SELECT min(id) FROM "AssetTarget") AS target`;
  return Object.fromEntries(Object.entries(row!).map(([key, value]) => [key, Number(value ?? 0) || 1])) as SeedIds;
}

/**
 * Where `marker` is stored: every text, text[] and jsonb column of every table, searched in one
 * statement. Answers "Table.column" for each hit.
 */
export async function markerLocations(database: Database, marker: string): Promise<string[]> {
  const columns = await textColumns(database);
  const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;
  const parts = columns.map(({ table, column, type }) => {
    const value = type === "text" || type === "varchar" ? quote(column) : `${quote(column)}::text`;
    return `SELECT '${table}.${column}' AS location FROM ${quote(table)} WHERE strpos(${value}, $1) > 0`;
  });
  const hits = await database.$queryRawUnsafe<{ location: string }[]>(`${parts.join(" UNION ")}`, marker);
  return hits.map((hit) => hit.location).sort();
}

/** Where `value` is stored as a whole: a text column equal to it, an element of a text[] or a jsonb string. */
export async function exactLocations(database: Database, value: string): Promise<string[]> {
  const columns = await textColumns(database);
  const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;
  const parts = columns.map(({ table, column, type }) => {
    const test =
      type === "_text"
        ? `$1 = ANY(${quote(column)})`
        : type === "jsonb"
          ? `jsonb_path_exists(${quote(column)}, '$.** ? (@ == $v)', jsonb_build_object('v', $1::text))`
          : `${quote(column)} = $1`;
    return `SELECT '${table}.${column}' AS location FROM ${quote(table)} WHERE ${test}`;
  });
  const hits = await database.$queryRawUnsafe<{ location: string }[]>(parts.join(" UNION "), value);
  return hits.map((hit) => hit.location).sort();
}

async function textColumns(database: Database) {
  return database.$queryRaw<{ table: string; column: string; type: string }[]>`
    SELECT table_name AS "table", column_name AS "column", udt_name AS type
    FROM information_schema.columns
    WHERE table_schema = 'public' AND udt_name IN ('text', 'varchar', '_text', 'jsonb')`;
}
