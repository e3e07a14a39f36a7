// Shared with client components (the error page), so free of server imports.

/** What every caller is told while PostgreSQL is down: the outage is ours and passes by itself. */
export const UNAVAILABLE_MESSAGE = "服务暂时不可用，请稍后重试";
export const UNAVAILABLE_TITLE = "服务暂时不可用";
/** Seconds a client should wait before trying again (Retry-After). */
export const RETRY_AFTER_SECONDS = 5;
/**
 * The digest of DatabaseUnavailableError. Next keeps an error's own `digest` when it sends a
 * server error to the browser (it strips the message in production), so the error page can tell
 * this outage from other faults.
 */
export const DATABASE_UNAVAILABLE_DIGEST = "DATABASE_UNAVAILABLE";
