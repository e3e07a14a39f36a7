import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "@/lib/generated/prisma/client";
import { librarySearchWhere, searchLibrary } from "@/lib/library/queries";
import { readLibraryFilter } from "@/lib/library/search";
import { createPrismaClient } from "@/lib/prisma-client";

// The file's database is a copy of the seeded template (tests/support/file-database.ts).
const database = createPrismaClient(process.env.DATABASE_URL!, 2);

afterAll(async () => {
  await database.$disconnect();
});

type PlanNode = { "Node Type": string; "Index Name"?: string; Plans?: PlanNode[] };
const indexesIn = (node: PlanNode): string[] => [
  ...(node["Index Name"] ? [node["Index Name"]] : []),
  ...(node.Plans ?? []).flatMap(indexesIn),
];

async function planIndexes(q: string): Promise<string[]> {
  const where = librarySearchWhere(readLibraryFilter({ q }));
  const [row] = await database.$queryRaw<{ "QUERY PLAN": [{ Plan: PlanNode }] }[]>(Prisma.sql`
    EXPLAIN (FORMAT JSON) SELECT x."id" FROM "ExperienceEntry" x
    JOIN "PartyOrganization" o ON o."id" = x."partyOrganizationId" WHERE ${where}`);
  return indexesIn(row!["QUERY PLAN"][0].Plan);
}

describe("library search indexes (pg_trgm)", () => {
  beforeAll(async () => {
    // A library of a few thousand entries, as a province would have, so the planner has a choice.
    const template = await database.experienceEntry.findFirstOrThrow({ orderBy: { id: "asc" } });
    await database.$executeRaw`
      INSERT INTO "ExperienceEntry" ("kind", "title", "summary", "partyOrganizationId", "phaseId", "tags", "createdById", "updatedAt")
      SELECT 'BRAND', 'entry ' || md5(n::text), 'summary ' || md5((n * 7)::text), ${template.partyOrganizationId},
             ${template.phaseId}, ARRAY['tag' || (n % 50)::text, md5((n * 13)::text)], ${template.createdById}, now()
      FROM generate_series(1, 4000) AS n`;
    // VACUUM as autovacuum would: it moves the GIN indexes' pending entries into the index proper,
    // without which the planner rightly prices the indexes high.
    await database.$executeRaw`VACUUM ANALYZE "ExperienceEntry"`;
  });

  it("the migration created the extension and the three indexes", async () => {
    const extensions = await database.$queryRaw<{ extname: string }[]>`SELECT extname FROM pg_extension`;
    expect(extensions.map((row) => row.extname)).toContain("pg_trgm");
    const indexes = await database.$queryRaw<{ indexname: string }[]>`
      SELECT indexname FROM pg_indexes WHERE tablename = 'ExperienceEntry' AND indexname LIKE '%trgm%' ORDER BY 1`;
    expect(indexes.map((row) => row.indexname)).toEqual([
      "ExperienceEntry_summary_trgm_idx",
      "ExperienceEntry_tags_trgm_idx",
      "ExperienceEntry_title_trgm_idx",
    ]);
  });

  it("a search word with trigrams is answered from all three indexes, not a scan of the table", async () => {
    expect((await planIndexes("a1b2c3d")).filter((name) => name.endsWith("_trgm_idx")).sort()).toEqual([
      "ExperienceEntry_summary_trgm_idx",
      "ExperienceEntry_tags_trgm_idx",
      "ExperienceEntry_title_trgm_idx",
    ]);
  });

  it("Chinese words have trigrams only where the database's LC_CTYPE is a UTF-8 locale", async () => {
    // pg_trgm keeps only characters the locale calls letters or digits: under LC_CTYPE=C (the
    // embedded PostgreSQL's) that excludes 汉字, so a Chinese word cannot use the indexes and the
    // search scans, with the same results; a cluster made with zh_CN.UTF-8 or C.UTF-8 uses them.
    const [{ ctype }] = (await database.$queryRaw<{ ctype: string }[]>`
      SELECT datctype AS "ctype" FROM pg_database WHERE datname = current_database()`) as [{ ctype: string }];
    const [{ trigrams }] = (await database.$queryRaw<{ trigrams: number }[]>`
      SELECT cardinality(show_trgm('党建品牌'))::int AS "trigrams"`) as [{ trigrams: number }];
    if (ctype === "C" || ctype === "POSIX") expect(trigrams).toBe(0);
    else expect(trigrams).toBeGreaterThan(0);
  });

  it("finds a word inside one tag but never across two", async () => {
    const entry = await database.experienceEntry.findFirstOrThrow({ orderBy: { id: "asc" } });
    await database.experienceEntry.update({ where: { id: entry.id }, data: { tags: ["qqzz1", "yyxx2"] } });
    const ids = async (q: string) => (await searchLibrary(readLibraryFilter({ q }), database)).entries.map((e) => e.id);
    expect(await ids("qzz1")).toContain(entry.id);
    expect(await ids("zz1yy")).not.toContain(entry.id);
    expect(await ids("zz1\u001fyy")).not.toContain(entry.id);
  });
});
