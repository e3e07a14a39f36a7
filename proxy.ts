import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/env";
import { contentSecurityPolicy, newNonce, staticSecurityHeaders } from "@/lib/security/headers";
import { databaseStillUnavailable } from "@/lib/availability/probe";
import { RETRY_AFTER_SECONDS, UNAVAILABLE_MESSAGE } from "@/lib/availability/constants";
import { unavailablePageHtml } from "@/lib/availability/unavailable-page";

/**
 * Two jobs. It sends anonymous visitors to the sign-in page: a convenience, not a security
 * boundary (it only looks for a session cookie; every page, route handler and action checks the
 * session and permission again on the server, lib/auth/current-user.ts). And it puts the security
 * headers on every answer, with a fresh CSP nonce that Next applies to its own scripts because
 * the policy is also set on the request (which is why pages render per request; they read the
 * session cookie anyway).
 * And while PostgreSQL is known to be down (a request hit a connection error), it answers 503
 * itself (a Chinese page, or JSON under /api/) until a probe finds the database back.
 */

// next-auth uses the __Secure- name when the site is served over HTTPS.
const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

/** Paths that answer for themselves: sign-in, next-auth, health checks, the token API (401). */
const OPEN_PREFIXES = ["/login", "/api/auth/", "/api/health", "/api/v1/"];

function isOpen(pathname: string): boolean {
  if (pathname === "/api/auth") return true;
  // Files from public/ and app/icon.svg etc. carry an extension; pages here never do.
  if (/\/[^/]+\.[a-z0-9]+$/i.test(pathname)) return true;
  return OPEN_PREFIXES.some((prefix) =>
    prefix.endsWith("/") ? pathname.startsWith(prefix) : pathname === prefix || pathname.startsWith(`${prefix}/`),
  );
}

function withSecurityHeaders(response: NextResponse, policy: string, https: boolean): NextResponse {
  response.headers.set("Content-Security-Policy", policy);
  for (const [name, value] of Object.entries(staticSecurityHeaders({ https }))) response.headers.set(name, value);
  return response;
}

/**
 * 503 for everything that needs the database, except the health check (it answers for itself)
 * and server actions, whose wrapper answers with the same message inside the page that sent it,
 * where the form and what was typed stay.
 */
function needsDatabaseCheck(request: NextRequest): boolean {
  const { pathname } = request.nextUrl;
  if (pathname === "/api/health" || request.headers.has("next-action")) return false;
  return !/\/[^/]+\.(svg|png|ico|txt|webmanifest)$/i.test(pathname);
}

function unavailableResponse(pathname: string): NextResponse {
  const headers = { "Cache-Control": "no-store", "Retry-After": String(RETRY_AFTER_SECONDS) };
  if (pathname.startsWith("/api/")) {
    return NextResponse.json({ error: UNAVAILABLE_MESSAGE, code: "unavailable" }, { status: 503, headers });
  }
  return new NextResponse(unavailablePageHtml(), {
    status: 503,
    headers: { ...headers, "Content-Type": "text/html; charset=utf-8" },
  });
}

export async function proxy(request: NextRequest) {
  const settings = env();
  const https = settings.NEXTAUTH_URL?.startsWith("https:") ?? false;
  const nonce = newNonce();
  const policy = contentSecurityPolicy({ nonce, development: settings.NODE_ENV === "development", https });

  const { pathname, search } = request.nextUrl;
  if (needsDatabaseCheck(request) && (await databaseStillUnavailable(settings.DATABASE_URL))) {
    return withSecurityHeaders(unavailableResponse(pathname), policy, https);
  }
  if (isOpen(pathname) || SESSION_COOKIES.some((name) => request.cookies.has(name))) {
    const requestHeaders = new Headers(request.headers);
    requestHeaders.set("x-nonce", nonce);
    requestHeaders.set("Content-Security-Policy", policy);
    return withSecurityHeaders(NextResponse.next({ request: { headers: requestHeaders } }), policy, https);
  }

  const login = new URL("/login", request.url);
  if (pathname !== "/") login.searchParams.set("callbackUrl", `${pathname}${search}`);
  return withSecurityHeaders(NextResponse.redirect(login), policy, https);
}

export const config = {
  // Build assets carry their own headers (next.config.ts); everything else goes through here.
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
