import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { loadSelectionBoard, selectionList } from "@/lib/demonstration/queries";
import { findLibraryEntry, libraryFilterOptions, searchLibrary } from "@/lib/library/queries";
import { readLibraryFilter } from "@/lib/library/search";
import type { Database } from "@/lib/prisma-client";

// Counts the SQL statements the library and demonstration pages cost: they must not grow with the
// number of entries, photos, candidates or choices. The database is this file's copy of the seed.
const makeLoggedClient = () =>
  new PrismaClient({
    adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL!, max: 2 }),
    log: [{ emit: "event" as const, level: "query" as const }],
  });
let logged: ReturnType<typeof makeLoggedClient>;
let statements = 0;

beforeAll(() => {
  logged = makeLoggedClient();
  logged.$on("query", () => {
    statements += 1;
  });
});
afterAll(async () => {
  await logged.$disconnect();
});

async function measure(run: () => Promise<unknown>): Promise<number> {
  statements = 0;
  await run();
  return statements;
}

describe("the number of statements", () => {
  it("of the library list does not grow with the entries on the page", async () => {
    const db = logged as unknown as Database;
    const one = await measure(() => searchLibrary(readLibraryFilter({ q: "议事清单" }), db));
    const all = await measure(() => searchLibrary(readLibraryFilter({}), db));
    expect(one).toBe(all);
    expect(all).toBeLessThanOrEqual(8);
    expect(await measure(() => libraryFilterOptions(db))).toBeLessThanOrEqual(4);
    const entry = await logged.experienceEntry.findFirstOrThrow({ select: { id: true } });
    const page = await measure(() => findLibraryEntry(entry.id, db));
    // One statement per relation level (Prisma without relation joins), however many photos.
    expect(page).toBeLessThanOrEqual(12);
  });

  it("of the selection board and the published list does not grow with candidates or choices", async () => {
    const db = logged as unknown as Database;
    const phase = await logged.phase.findFirstOrThrow({ where: { kind: "DEMONSTRATION" } });
    const board = await measure(() => loadSelectionBoard(db));
    const list = await measure(() => selectionList(phase.id, db));
    // Choose more sites, then measure again.
    const admin = await logged.user.findUniqueOrThrow({ where: { username: "admin" } });
    const sites = await logged.site.findMany({ where: { isActive: true, selections: { none: {} } }, take: 3 });
    for (const [index, site] of sites.entries()) {
      await logged.demonstrationSelection.create({
        data: {
          phaseId: phase.id,
          category: "SITE",
          slot: index + 2,
          siteId: site.id,
          reason: "测试理由文字",
          selectedById: admin.id,
        },
      });
    }
    expect(await measure(() => loadSelectionBoard(db))).toBe(board);
    expect(await measure(() => selectionList(phase.id, db))).toBe(list);
    expect(board).toBeLessThanOrEqual(30);
  });
});
