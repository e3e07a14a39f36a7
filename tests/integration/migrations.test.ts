import { createHash, randomBytes } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDatabase, dropDatabase, urlForDatabase } from "@/scripts/lib/postgres-admin";
import { applyMigrations, DEFAULT_MIGRATIONS_DIR, diffMigrationsToSchema } from "@/scripts/lib/schema-engine";

// The shared test database is already migrated by the global setup; these tests need an empty
// one of their own on the same server (any database on it can issue CREATE DATABASE).
const serverUrl = inject("databaseUrl");
const emptyDatabase = `daguanmo_migrations_${Date.now()}_${randomBytes(4).toString("hex")}`;
const emptyDatabaseUrl = urlForDatabase(serverUrl, emptyDatabase);

let migrationFolders: string[];
let appliedOnEmptyDatabase: string[];

beforeAll(async () => {
  migrationFolders = (await readdir(DEFAULT_MIGRATIONS_DIR, { withFileTypes: true }))
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  await createDatabase(serverUrl, emptyDatabase);
  appliedOnEmptyDatabase = await applyMigrations(emptyDatabaseUrl);
});

afterAll(async () => {
  await dropDatabase(serverUrl, emptyDatabase);
});

describe("prisma/migrations", () => {
  it("build an empty database up to exactly prisma/schema.prisma", async () => {
    expect(migrationFolders.length).toBeGreaterThan(0);
    expect(appliedOnEmptyDatabase).toEqual(migrationFolders);
    // Anything here is a schema change without a migration: run `npm run db:migration -- <name>`.
    expect(await diffMigrationsToSchema(emptyDatabaseUrl)).toBe("");
  });

  it("are recorded in _prisma_migrations as `prisma migrate deploy` records them", async () => {
    const client = new pg.Client({ connectionString: emptyDatabaseUrl });
    await client.connect();
    try {
      const { rows } = await client.query<{ migration_name: string; checksum: string; complete: boolean }>(
        `SELECT migration_name, checksum, finished_at IS NOT NULL AND rolled_back_at IS NULL AS complete
           FROM _prisma_migrations ORDER BY migration_name`,
      );
      const expected = await Promise.all(
        migrationFolders.map(async (folder) => ({
          migration_name: folder,
          checksum: createHash("sha256")
            .update(await readFile(path.join(DEFAULT_MIGRATIONS_DIR, folder, "migration.sql")))
            .digest("hex"),
          complete: true,
        })),
      );
      expect(rows).toEqual(expected);
    } finally {
      await client.end();
    }
  });

  it("apply nothing the second time", async () => {
    expect(await applyMigrations(emptyDatabaseUrl)).toEqual([]);
  });
});
