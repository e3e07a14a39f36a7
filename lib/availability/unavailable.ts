import { isDatabaseUnavailable } from "@/lib/availability/database-errors";
import { noteDatabaseUnavailable } from "@/lib/availability/database-status";

import { DATABASE_UNAVAILABLE_DIGEST, RETRY_AFTER_SECONDS, UNAVAILABLE_MESSAGE } from "@/lib/availability/constants";

export { RETRY_AFTER_SECONDS, UNAVAILABLE_MESSAGE };

/**
 * Thrown by page code when the database is unreachable; its digest lets app/error.tsx say
 * 服务暂时不可用 (see lib/availability/constants.ts).
 */
export class DatabaseUnavailableError extends Error {
  readonly digest = DATABASE_UNAVAILABLE_DIGEST;
  constructor(cause: unknown) {
    super(UNAVAILABLE_MESSAGE, { cause });
    this.name = "DatabaseUnavailableError";
  }
}

/**
 * For catch blocks: true (and the outage noted for the proxy) when the error is the database
 * being unreachable.
 */
export function databaseUnavailable(error: unknown): boolean {
  if (!(error instanceof DatabaseUnavailableError) && !isDatabaseUnavailable(error)) return false;
  noteDatabaseUnavailable();
  return true;
}

/** Rethrows a connection failure as DatabaseUnavailableError; anything else unchanged. */
export function rethrowUnavailable(error: unknown): never {
  if (databaseUnavailable(error) && !(error instanceof DatabaseUnavailableError)) {
    throw new DatabaseUnavailableError(error);
  }
  throw error;
}

/** The 503 JSON of the API and route handlers: `{ error, code: "unavailable" }`, never cached. */
export function unavailableJson(): Response {
  return Response.json(
    { error: UNAVAILABLE_MESSAGE, code: "unavailable" },
    { status: 503, headers: { "Cache-Control": "no-store", "Retry-After": String(RETRY_AFTER_SECONDS) } },
  );
}

/**
 * Wraps a route handler (downloads, exports) so that an unreachable database answers 503 JSON
 * rather than a bare 500.
 */
export function withDatabaseAvailability<Args extends unknown[]>(
  handler: (...args: Args) => Promise<Response>,
): (...args: Args) => Promise<Response> {
  return async (...args) => {
    try {
      return await handler(...args);
    } catch (error) {
      if (databaseUnavailable(error)) return unavailableJson();
      throw error;
    }
  };
}
