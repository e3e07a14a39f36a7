import { randomBytes } from "node:crypto";
import type { TestProject } from "vitest/node";
import { startTemporaryPostgres } from "@/scripts/lib/embedded-postgres";
import { createDatabase, dropDatabase, redactPassword, urlForDatabase } from "@/scripts/lib/postgres-admin";
import { applyMigrations } from "@/scripts/lib/schema-engine";

/**
 * One migrated database for the whole integration run: on TEST_DATABASE_URL's server when set (a
 * database of its own, so runs never collide), otherwise on a throwaway embedded cluster.
 * Test files read its URL from `inject("databaseUrl")` or process.env.DATABASE_URL: workers are
 * started after this runs, so they inherit the environment set here.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const database = await createTestDatabase();
  try {
    await applyMigrations(database.url);
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
    return { url: urlForDatabase(serverUrl, name), remove: () => dropDatabase(serverUrl, name) };
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
