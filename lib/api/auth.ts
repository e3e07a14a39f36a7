import "server-only";
import { getUserReadyForData } from "@/lib/auth/current-user";
import { can, type Permission } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session-user";
import { UserFacingError } from "@/lib/errors";
import { apiError } from "@/lib/api/responses";
import { parseBearer } from "@/lib/api-tokens/token";
import { resolveTokenUser } from "@/lib/api-tokens/queries";
import { databaseUnavailable, unavailableJson } from "@/lib/availability/unavailable";

/**
 * The one wrapper every route handler of the API goes through: find the caller, check the
 * permission in the table, run the handler, and turn expected failures into JSON errors:
 *   no caller → 401, missing permission → 403, UserFacingError → 400/403/404/409 by its kind,
 *   database unreachable → 503 `{ code: "unavailable" }` with Retry-After,
 *   anything else → logged, 500 with a generic message.
 * Scope checks (which tour) stay in the handler's queries, which answer "not found".
 */

/**
 * Who is calling: with an `Authorization` header, the personal API token it carries (and nothing
 * else: a bad or revoked token is 401 even if a session cookie came along); without one, the
 * session cookie of a signed-in user, read fresh from the database as for pages.
 */
export async function resolveApiCaller(request: Request): Promise<SessionUser | null> {
  const bearer = parseBearer(request.headers.get("authorization"));
  if (bearer.kind === "malformed") return null;
  if (bearer.kind === "token") return resolveTokenUser(bearer.token);
  return getUserReadyForData();
}

export type ApiContext<Params> = { user: SessionUser; params: Params; url: URL };

/** Next passes a route's dynamic segments as a promise; routes without any get none. */
type RouteSegment<Params> = { params: Promise<Params> };

const STATUS_OF_KIND: Record<UserFacingError["kind"], number> = {
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  invalid: 400,
  conflict: 409,
};

export function apiRoute<Params extends Record<string, string> = Record<string, never>>(
  name: string,
  permission: Permission,
  handler: (request: Request, context: ApiContext<Params>) => Promise<Response>,
) {
  return async function route(request: Request, segment?: RouteSegment<Params>): Promise<Response> {
    let user: SessionUser | null;
    try {
      user = await resolveApiCaller(request);
    } catch (error) {
      if (databaseUnavailable(error)) return unavailableJson();
      throw error;
    }
    if (!user) return apiError(401, "unauthenticated", "未登录或登录已失效，请先登录");
    if (!can(user.role, permission)) return apiError(403, "forbidden", "您没有调用此接口的权限");
    try {
      const params = ((await segment?.params) ?? {}) as Params;
      return await handler(request, { user, params, url: new URL(request.url) });
    } catch (error) {
      if (error instanceof UserFacingError) {
        return apiError(STATUS_OF_KIND[error.kind], error.kind, error.message, error.fieldErrors);
      }
      if (databaseUnavailable(error)) return unavailableJson();
      console.error(`[api ${name}] failed for user ${user.id}`, error);
      return apiError(500, "internal", "服务器内部错误，请稍后重试");
    }
  };
}
