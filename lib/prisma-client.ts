import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { isDatabaseUnavailable } from "@/lib/availability/database-errors";
import { noteDatabaseUnavailable } from "@/lib/availability/database-status";

/**
 * A pooled connection that PostgreSQL cut (a shutdown or restart terminates every backend) tells
 * this process at once that the database is gone, before any request has to fail on it: the
 * proxy then answers the very next page with 503 (lib/availability/probe.ts checks it is still so).
 */
function noteIfUnreachable(error: Error): void {
  if (isDatabaseUnavailable(error)) noteDatabaseUnavailable();
}

/**
 * A Prisma client over node-postgres. Password hashes and TOTP secrets are omitted from every
 * query unless a query asks for them explicitly (only sign-in does).
 * Shared by the app (lib/db.ts), the seed and the tests, which pass their own database URL.
 */
export function createPrismaClient(databaseUrl: string, poolSize = 10) {
  // A bounded connect timeout lets requests fail fast (and /api/health answer 503) while
  // PostgreSQL is down, instead of hanging until the client gives up.
  const adapter = new PrismaPg(
    { connectionString: databaseUrl, max: poolSize, connectionTimeoutMillis: 5000 },
    { onPoolError: noteIfUnreachable, onConnectionError: noteIfUnreachable },
  );
  return new PrismaClient({
    adapter,
    omit: { user: { passwordHash: true, totpSecret: true } },
  });
}

export type Database = ReturnType<typeof createPrismaClient>;
export type Transaction = Parameters<Parameters<Database["$transaction"]>[0]>[0];
