// Applies pending migrations from prisma/migrations, like `prisma migrate deploy`, to DATABASE_URL
// or, when it is unset, to the embedded PostgreSQL (EMBEDDED_PG_DIR or .data/postgres).
import { withDatabase } from "./lib/database-target";
import { redactPassword } from "./lib/postgres-admin";
import { applyMigrations } from "./lib/schema-engine";

try {
  const applied = await withDatabase(async (databaseUrl) => {
    console.log(`Migrating ${redactPassword(databaseUrl)}`);
    return applyMigrations(databaseUrl);
  });
  if (applied.length === 0) {
    console.log("No pending migrations.");
  } else {
    console.log(`Applied ${applied.length} migration${applied.length === 1 ? "" : "s"}:`);
    for (const name of applied) console.log(`  ${name}`);
  }
} catch (error) {
  console.error(`Migration failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
