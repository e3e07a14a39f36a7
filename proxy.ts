import { NextResponse, type NextRequest } from "next/server";

/**
 * Sends anonymous visitors to the sign-in page. This is a convenience, not a security boundary:
 * it only looks for a session cookie, and every page, route handler and action checks the
 * session and permission again on the server (lib/auth/current-user.ts).
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

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (isOpen(pathname)) return NextResponse.next();
  if (SESSION_COOKIES.some((name) => request.cookies.has(name))) return NextResponse.next();

  const login = new URL("/login", request.url);
  if (pathname !== "/") login.searchParams.set("callbackUrl", `${pathname}${search}`);
  return NextResponse.redirect(login);
}

export const config = {
  // Build assets never need the check; everything else goes through isOpen above.
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
