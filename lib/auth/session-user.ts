import type { Database } from "@/lib/prisma-client";
import type { Role } from "@/lib/generated/prisma/enums";

/** The signed-in user as every page and action sees it, always read fresh from the database. */
export type SessionUser = {
  id: number;
  name: string;
  title: string;
  role: Role;
  enterpriseId: number | null;
  enterpriseName: string | null;
  mustChangePassword: boolean;
  /** Whether the account signs in with a TOTP code (left out by hand-made test users). */
  totpEnabled?: boolean;
};

/** Claims carried in the session token (see lib/auth/options.ts). */
export type SessionClaims = { sub?: string; signedInAt?: unknown };

/** A session ends this long after sign-in, however active it was. */
export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;

/**
 * Turns token claims into the current user, or null when the token no longer counts: the
 * account is gone or disabled, or the token was issued before the account's
 * `sessionsValidFrom` (bumped when it is disabled or its password or role changes).
 */
export async function resolveSessionUser(
  database: Database,
  claims: SessionClaims | null,
  now: Date = new Date(),
): Promise<SessionUser | null> {
  const id = Number(claims?.sub);
  const signedInAt = claims?.signedInAt;
  if (!Number.isInteger(id) || id <= 0 || typeof signedInAt !== "number") return null;
  // next-auth re-issues the token (and its iat) as it is used, so the absolute limit counts
  // from the sign-in instant we stamp ourselves.
  if (now.getTime() - signedInAt > SESSION_MAX_AGE_SECONDS * 1000) return null;

  const user = await database.user.findUnique({
    where: { id },
    select: {
      id: true,
      displayName: true,
      title: true,
      role: true,
      enterpriseId: true,
      isActive: true,
      sessionsValidFrom: true,
      mustChangePassword: true,
      totpEnabled: true,
      enterprise: { select: { shortName: true } },
    },
  });
  if (!user || !user.isActive) return null;
  if (signedInAt < user.sessionsValidFrom.getTime()) return null;

  return {
    id: user.id,
    name: user.displayName,
    title: user.title,
    role: user.role,
    enterpriseId: user.enterpriseId,
    enterpriseName: user.enterprise?.shortName ?? null,
    mustChangePassword: user.mustChangePassword,
    totpEnabled: user.totpEnabled,
  };
}
