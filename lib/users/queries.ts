import "server-only";
import { openTotpSecret } from "@/lib/auth/totp-secret-box";
import { db } from "@/lib/db";

export async function listUsers() {
  return db().user.findMany({
    orderBy: [{ role: "asc" }, { username: "asc" }],
    select: {
      id: true,
      username: true,
      displayName: true,
      title: true,
      role: true,
      isActive: true,
      enterprise: { select: { shortName: true } },
    },
  });
}

export async function findUserForEditing(userId: number) {
  return db().user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      username: true,
      displayName: true,
      title: true,
      role: true,
      enterpriseId: true,
      isActive: true,
      mustChangePassword: true,
      createdAt: true,
    },
  });
}

export async function listEnterpriseOptions() {
  return db().enterprise.findMany({
    where: { isActive: true },
    orderBy: [{ category: "asc" }, { sortOrder: "asc" }, { id: "asc" }],
    select: { id: true, name: true },
  });
}

/** The caller's own second-factor state; the secret only while enrolment awaits its first code. */
export async function loadOwnTotpState(userId: number) {
  const user = await db().user.findUnique({
    where: { id: userId },
    select: { username: true, totpEnabled: true, totpSecret: true, mustChangePassword: true },
  });
  if (!user) return null;
  return {
    username: user.username,
    enabled: user.totpEnabled,
    pendingSecret: user.totpEnabled || !user.totpSecret ? null : openTotpSecret(user.totpSecret),
  };
}
