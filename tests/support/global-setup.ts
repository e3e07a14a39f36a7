import { randomBytes } from "node:crypto";
import type { TestProject } from "vitest/node";
import { startTemporaryPostgres } from "@/scripts/lib/embedded-postgres";
import {
  createDatabase,
  dropDatabasesStartingWith,
  redactPassword,
  urlForDatabase,
} from "@/scripts/lib/postgres-admin";
import { applyMigrations } from "@/scripts/lib/schema-engine";
import { createPrismaClient } from "@/lib/prisma-client";
import { seedDemoData } from "@/prisma/seed";

/**
 * One migrated database with the demo data for the whole integration run, the template each test
 * file's own copy is made from: on TEST_DATABASE_URL's server when set (a
 * database of its own, so runs never collide), otherwise on a throwaway embedded cluster.
 * Test files find their own copy in process.env.DATABASE_URL; `inject("databaseUrl")` names the
 * template, for tests that make databases of their own on the same server.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const database = await createTestDatabase();
  try {
    await applyMigrations(database.url);
    // Every test file gets a copy of this database (tests/support/file-database.ts), so the
    // demo data is loaded once here rather than once per file.
    const client = createPrismaClient(database.url, 1);
    try {
      await seedDemoData(client);
    } finally {
      await client.$disconnect();
    }
  } catch (error) {
    await database.remove();
    throw error;
  }
  project.provide("databaseUrl", database.url);
  process.env.DATABASE_URL = database.url;
  // Session tokens minted and checked by the tests need a secret; any per-run value will do.
  process.env.NEXTAUTH_SECRET ??= randomBytes(32).toString("base64url");
  return database.remove;
}

interface TestDatabase {
  url: string;
  remove: () => Promise<void>;
}

async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  const name = `daguanmo_test_${Date.now()}_${randomBytes(4).toString("hex")}`;

  if (serverUrl) {
    await createDatabase(serverUrl, name);
    console.log(`Integration tests use database ${name} on ${redactPassword(serverUrl)}`);
    // The template and every test file's copy of it share the prefix.
    return { url: urlForDatabase(serverUrl, name), remove: () => dropDatabasesStartingWith(serverUrl, name) };
  }

  const server = await startTemporaryPostgres();
  try {
    await server.createDatabase(name);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return { url: server.adminUrl(name), remove: server.stop };
}
