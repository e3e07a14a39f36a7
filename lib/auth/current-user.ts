import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { decode } from "next-auth/jwt";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { can, type Permission } from "@/lib/auth/permissions";
import { resolveSessionUser, type SessionUser } from "@/lib/auth/session-user";
import { ACCOUNT_SETUP_PATHS, pendingAccountStep, type AccountSetupStep } from "@/lib/auth/account-setup";
import { rethrowUnavailable } from "@/lib/availability/unavailable";

// next-auth names the cookie with the __Secure- prefix when the site is served over HTTPS.
const SESSION_COOKIES = ["__Secure-next-auth.session-token", "next-auth.session-token"];

/**
 * The signed-in user for this request (one database read per request), or null. With the
 * database unreachable it throws DatabaseUnavailableError, which pages show as 服务暂时不可用,
 * actions and route handlers turn into their 503 answer.
 */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const store = await cookies();
  const token = SESSION_COOKIES.map((name) => store.get(name)?.value).find(Boolean);
  if (!token) return null;
  const claims = await decode({ token, secret: env().NEXTAUTH_SECRET }).catch(() => null);
  return resolveSessionUser(db(), claims).catch(rethrowUnavailable);
});

/** The account-setup step the user must finish first (forced password change, TOTP enrolment), if any. */
export function accountSetupStep(user: SessionUser): AccountSetupStep | null {
  return pendingAccountStep(user, { requireTotpForStaff: env().REQUIRE_TOTP_FOR_STAFF });
}

/**
 * For downloads and the API, which answer with data rather than a page: the signed-in user, or
 * null while the account still has a setup step to finish (a forced password change, TOTP
 * enrolment), so that nothing is served before it is done.
 */
export async function getUserReadyForData(): Promise<SessionUser | null> {
  const user = await getCurrentUser();
  return user && !accountSetupStep(user) ? user : null;
}

/**
 * For pages: the signed-in user, or a redirect to the sign-in page. An account with a pending
 * setup step is sent to that step's page, except from the pages named in `allowSetup` (the
 * step pages themselves, and the shell layout that frames them).
 */
export async function requireUser(options: { allowSetup?: AccountSetupStep[] | "any" } = {}): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  const step = accountSetupStep(user);
  if (step && options.allowSetup !== "any" && !options.allowSetup?.includes(step)) {
    redirect(ACCOUNT_SETUP_PATHS[step]);
  }
  return user;
}

/** For pages and route handlers: the signed-in user holding the permission, or a 403. */
export async function requirePermission(permission: Permission): Promise<SessionUser> {
  const user = await requireUser();
  if (!can(user.role, permission)) forbidden();
  return user;
}
