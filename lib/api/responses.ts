/**
 * Answers of the read-only API: JSON, never cached by browsers or proxies (they carry data only
 * some callers may see), errors as `{ error, code, details? }` with a Chinese message.
 */

export type ApiErrorCode = "unauthenticated" | "forbidden" | "not_found" | "invalid" | "conflict" | "internal";

const NO_STORE = { "Cache-Control": "no-store" } as const;

export function apiJson(data: unknown, init: ResponseInit = {}): Response {
  return Response.json(data, { ...init, headers: { ...NO_STORE, ...init.headers } });
}

export function apiError(
  status: number,
  code: ApiErrorCode,
  message: string,
  details?: Record<string, string[]>,
): Response {
  return apiJson({ error: message, code, ...(details ? { details } : {}) }, { status });
}

/** A body that is not JSON (an iCalendar file), with the same caching rule. */
export function apiFile(body: string, headers: Record<string, string>): Response {
  return new Response(body, { status: 200, headers: { ...NO_STORE, ...headers } });
}
