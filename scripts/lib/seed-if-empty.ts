import { createPrismaClient } from "../../lib/prisma-client";
import { seedDemoData } from "../../prisma/seed";

/** Loads the demo data into a database that has no users yet; says whether it did. */
export async function seedIfEmpty(databaseUrl: string): Promise<boolean> {
  const database = createPrismaClient(databaseUrl, 2);
  try {
    if ((await database.user.count()) > 0) return false;
    return (await seedDemoData(database)).seeded;
  } finally {
    await database.$disconnect();
  }
}
