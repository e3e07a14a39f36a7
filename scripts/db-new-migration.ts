// Writes the next migration from changes to prisma/schema.prisma: the migrations so far are replayed
// on a throwaway PostgreSQL, so the developer's own data is never touched.
import path from "node:path";
import { startTemporaryPostgres } from "./lib/embedded-postgres";
import { createMigration } from "./lib/schema-engine";

const name = process.argv[2];
if (!name) {
  console.error("Usage: npm run db:migration -- <name>   (e.g. add_visit_ratings)");
  process.exit(2);
}

try {
  const server = await startTemporaryPostgres();
  try {
    const folder = await createMigration(server.adminUrl(), name);
    if (folder) {
      console.log(`Wrote ${path.relative(process.cwd(), path.join(folder, "migration.sql"))}`);
      console.log("Review it (add hand-written constraints there), then apply it with `npm run db:migrate`.");
    } else {
      console.log("The schema already matches the migrations: nothing to write.");
    }
  } finally {
    await server.stop();
  }
} catch (error) {
  console.error(`Could not write the migration: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
