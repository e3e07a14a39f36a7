import "server-only";
import { createPrismaClient, type Database } from "@/lib/prisma-client";
import { env } from "@/lib/env";

// One client per server process; in development the module is reloaded on every change, so the
// instance is kept on globalThis to avoid opening a new pool each time.
const globalForPrisma = globalThis as unknown as { daguanmoDb?: Database };

export function db(): Database {
  globalForPrisma.daguanmoDb ??= createPrismaClient(env().DATABASE_URL, env().DATABASE_POOL_SIZE);
  return globalForPrisma.daguanmoDb;
}
