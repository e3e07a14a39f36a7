import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import type { Database } from "@/lib/prisma-client";
import { hashApiToken } from "@/lib/api-tokens/token";

/** lastUsedAt is written at most once a minute per token, so a busy screen does not write on every call. */
export const LAST_USED_RESOLUTION_MS = 60_000;

/** The user's tokens, newest first, revoked ones included (their history stays visible); 1 statement. */
export async function listApiTokens(userId: number, database: Database = db()) {
  return database.apiToken.findMany({
    where: { userId },
    orderBy: [{ revokedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }, { id: "desc" }],
    select: { id: true, name: true, createdAt: true, lastUsedAt: true, revokedAt: true },
  });
}

/**
 * The user a bearer token stands for, read fresh like a session user, or null when the token is
 * unknown or revoked or its owner is disabled. The lookup is by the token's SHA-256 through a
 * unique index, so the secret itself is never compared in our code. Role changes need no special
 * case: the caller gets the user's current role and the permission table decides (a former
 * leader who is now a secretary gets 403).
 */
export async function resolveTokenUser(
  token: string,
  now: Date = new Date(),
  database: Database = db(),
): Promise<SessionUser | null> {
  const row = await database.apiToken.findUnique({
    where: { tokenHash: hashApiToken(token) },
    select: {
      id: true,
      revokedAt: true,
      lastUsedAt: true,
      user: {
        select: {
          id: true,
          displayName: true,
          title: true,
          role: true,
          enterpriseId: true,
          isActive: true,
          mustChangePassword: true,
          enterprise: { select: { shortName: true } },
        },
      },
    },
  });
  if (!row || row.revokedAt || !row.user.isActive) return null;

  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() >= LAST_USED_RESOLUTION_MS) {
    // Conditional, so concurrent calls within the minute write once; a failure here must not fail the call.
    const threshold = new Date(now.getTime() - LAST_USED_RESOLUTION_MS);
    await database.apiToken
      .updateMany({
        where: { id: row.id, revokedAt: null, OR: [{ lastUsedAt: null }, { lastUsedAt: { lte: threshold } }] },
        data: { lastUsedAt: now },
      })
      .catch((error: unknown) => console.error(`[api-token] could not record use of token ${row.id}`, error));
  }

  const { user } = row;
  return {
    id: user.id,
    name: user.displayName,
    title: user.title,
    role: user.role,
    enterpriseId: user.enterpriseId,
    enterpriseName: user.enterprise?.shortName ?? null,
    mustChangePassword: user.mustChangePassword,
  };
}

/** What the account page shows about its owner; 1 statement. */
export async function accountProfile(userId: number, database: Database = db()) {
  return database.user.findUnique({
    where: { id: userId },
    select: {
      username: true,
      displayName: true,
      title: true,
      role: true,
      createdAt: true,
      enterprise: { select: { name: true } },
    },
  });
}
