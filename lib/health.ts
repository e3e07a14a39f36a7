import "server-only";
import { db } from "@/lib/db";
import { noteDatabaseAvailable, noteDatabaseUnavailable } from "@/lib/availability/database-status";

const DATABASE_CHECK_TIMEOUT_MS = 3000;

/** "ok" when PostgreSQL answers a trivial query in time, "down" otherwise. */
export async function checkDatabase(): Promise<"ok" | "down"> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<"down">((resolve) => {
    timer = setTimeout(() => resolve("down"), DATABASE_CHECK_TIMEOUT_MS);
  });
  const query = db().$queryRaw`SELECT 1`.then(() => "ok" as const).catch(() => "down" as const);
  try {
    const answer = await Promise.race([query, timeout]);
    // Load balancers poll this: it keeps the proxy's view of the database current both ways.
    if (answer === "ok") noteDatabaseAvailable();
    else noteDatabaseUnavailable();
    return answer;
  } finally {
    clearTimeout(timer);
  }
}
