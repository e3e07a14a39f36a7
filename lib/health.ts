import "server-only";
import { db } from "@/lib/db";

const DATABASE_CHECK_TIMEOUT_MS = 3000;

/** "ok" when PostgreSQL answers a trivial query in time, "down" otherwise. */
export async function checkDatabase(): Promise<"ok" | "down"> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<"down">((resolve) => {
    timer = setTimeout(() => resolve("down"), DATABASE_CHECK_TIMEOUT_MS);
  });
  const query = db().$queryRaw`SELECT 1`.then(() => "ok" as const).catch(() => "down" as const);
  try {
    return await Promise.race([query, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
