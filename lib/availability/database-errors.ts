/**
 * Whether an error means "PostgreSQL cannot be reached right now" (down, restarting, refusing
 * connections, or the connection cut under a query), as opposed to a fault of the query itself.
 * Those answer 503 and recover by themselves: the pool opens new connections once the server is
 * back. Seen with Prisma 7 over adapter-pg (tests/integration/database-outage.test.ts):
 *   - P1001 "Can't reach database server at …" (no connection could be opened),
 *   - P2010 (raw query) with "Can't reach database server" or SQLSTATE 57P01 in its message,
 *   - P1017 / "Server has closed the connection", pg's "Connection terminated unexpectedly" and
 *     "Client has encountered a connection error and is not queryable" (a transaction's
 *     connection cut while it ran),
 *     "timeout exceeded when trying to connect", SQLSTATE class 08 and 57P01–57P03 (shutdown,
 *     crash, "the database system is starting up"), Node's ECONNREFUSED/ECONNRESET.
 * Kept free of imports so the proxy can use it.
 */

const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
const NODE_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
]);
const SQLSTATE = /^(08\w{3}|57P0[123])$/;
const MESSAGES =
  /Can't reach database server|connection error and is not queryable|Server has closed the connection|Connection terminated|timeout exceeded when trying to connect|terminating connection due to administrator command|the database system is (starting up|shutting down|in recovery)|Code: `(08\w{3}|57P0[123])`|ECONNREFUSED|ECONNRESET/i;

export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current: unknown = error, depth = 0; current && depth < 6; depth++) {
    if (typeof current !== "object") return false;
    const { code, message, cause } = current as { code?: unknown; message?: unknown; cause?: unknown };
    if (typeof code === "string" && (PRISMA_CODES.has(code) || NODE_CODES.has(code) || SQLSTATE.test(code))) {
      return true;
    }
    if (typeof message === "string" && MESSAGES.test(message)) return true;
    current = cause;
  }
  return false;
}
