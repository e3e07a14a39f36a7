import { randomBytes } from "node:crypto";
import { inject } from "vitest";
import { createDatabase, databaseNameOf, urlForDatabase } from "@/scripts/lib/postgres-admin";

// Runs before each integration test file: the file gets its own copy of the run's migrated,
// seeded template database, so rows one file makes never show up in another file's
// expectations. PostgreSQL copies a database from a template in well under a second; the copies
// go with the run's cluster (or, on TEST_DATABASE_URL, with the global teardown).
const templateUrl = inject("databaseUrl");
const copyName = `${databaseNameOf(templateUrl)}_${randomBytes(4).toString("hex")}`;
await createDatabase(templateUrl, copyName, { template: databaseNameOf(templateUrl) });
process.env.DATABASE_URL = urlForDatabase(templateUrl, copyName);
