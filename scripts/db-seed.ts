// Loads the demo data (the 2022 campaign) into DATABASE_URL or, when it is unset, into the embedded
// PostgreSQL (EMBEDDED_PG_DIR or .data/postgres). Run the migrations first (`npm run db:migrate`).
// A second run changes nothing: the seed leaves a database that already holds the 2022 campaign alone.
import { createPrismaClient } from "../lib/prisma-client";
import { seedDemoData } from "../prisma/seed";
import { withDatabase } from "./lib/database-target";
import { redactPassword } from "./lib/postgres-admin";

try {
  await withDatabase(async (databaseUrl) => {
    console.log(`Seeding ${redactPassword(databaseUrl)}`);
    const database = createPrismaClient(databaseUrl, 2);
    try {
      const started = performance.now();
      const { seeded } = await seedDemoData(database);
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      console.log(
        seeded ? `Loaded the demo data in ${seconds} s.` : "The 2022 campaign is already there: nothing to do.",
      );
    } finally {
      await database.$disconnect();
    }
  });
} catch (error) {
  console.error(`Seeding failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
