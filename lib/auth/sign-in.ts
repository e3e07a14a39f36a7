import type { Database } from "@/lib/prisma-client";
import type { Role } from "@/lib/generated/prisma/enums";
import { dummyPasswordHash, verifyPassword } from "@/lib/auth/password";
import { verifyTotp } from "@/lib/auth/totp";
import { openTotpSecret } from "@/lib/auth/totp-secret-box";

/** Ten failures for one username from one address within the window make it wait. */
export const MAX_FAILED_SIGN_INS = 10;
export const THROTTLE_WINDOW_MINUTES = 15;

export type AuthenticatedUser = {
  id: number;
  name: string;
  role: Role;
  enterpriseId: number | null;
};

export type SignInResult =
  | { ok: true; user: AuthenticatedUser }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "throttled"; retryAfterSeconds: number };

/** The one message for an unknown username and a wrong password, so neither is revealed. */
export const INVALID_CREDENTIALS_MESSAGE = "用户名或密码错误";

export function throttledMessage(retryAfterSeconds: number): string {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  return `登录失败次数过多，请 ${minutes} 分钟后再试`;
}

/**
 * Checks a username and password (and the TOTP code of an account that has one), records the
 * attempt, and refuses for a while after too many failures for this username from this address
 * (counted since its last success). A missing or wrong code is the same generic failure as a
 * wrong password, counted alike, so the answer never tells whether the password was right.
 */
export async function authenticate(
  database: Database,
  input: { username: string; password: string; code?: string; ip: string },
  now: Date = new Date(),
): Promise<SignInResult> {
  const username = input.username.trim().toLowerCase();
  const retryAfterSeconds = await secondsUntilUnthrottled(database, username, input.ip, now);
  if (retryAfterSeconds > 0) {
    return { ok: false, reason: "throttled", retryAfterSeconds };
  }

  const user = await database.user.findUnique({
    where: { username },
    select: {
      id: true,
      displayName: true,
      role: true,
      enterpriseId: true,
      isActive: true,
      passwordHash: true,
      totpEnabled: true,
      totpSecret: true,
    },
  });
  const passwordMatches = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), input.password);
  const firstFactorOk = Boolean(user && user.isActive && passwordMatches);
  const secondFactorOk =
    firstFactorOk && (!user?.totpEnabled || (await claimTotpCode(database, user, input.code, now)));
  const succeeded = firstFactorOk && secondFactorOk;

  await database.loginAttempt.create({ data: { username, ip: input.ip, succeeded, createdAt: now } });
  if (!succeeded || !user) return { ok: false, reason: "invalid" };
  return {
    ok: true,
    user: { id: user.id, name: user.displayName, role: user.role, enterpriseId: user.enterpriseId },
  };
}

async function secondsUntilUnthrottled(database: Database, username: string, ip: string, now: Date) {
  const windowStart = new Date(now.getTime() - THROTTLE_WINDOW_MINUTES * 60_000);
  const lastSuccess = await database.loginAttempt.findFirst({
    where: { username, ip, succeeded: true, createdAt: { gte: windowStart } },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true },
  });
  const recentFailures = await database.loginAttempt.findMany({
    where: { username, ip, succeeded: false, createdAt: { gt: lastSuccess?.createdAt ?? windowStart } },
    orderBy: { createdAt: "desc" },
    take: MAX_FAILED_SIGN_INS,
    select: { createdAt: true },
  });
  if (recentFailures.length < MAX_FAILED_SIGN_INS) return 0;
  // The wait ends when the oldest of the last ten failures leaves the window.
  const oldest = recentFailures[recentFailures.length - 1]!.createdAt;
  const unlocksAt = oldest.getTime() + THROTTLE_WINDOW_MINUTES * 60_000;
  return Math.max(0, Math.ceil((unlocksAt - now.getTime()) / 1000));
}

/** The stored secret opened; one sealed under another key (NEXTAUTH_SECRET rotated) matches no code. */
function readableSecret(user: { id: number; totpSecret: string | null }): string | null {
  if (!user.totpSecret) return null;
  try {
    return openTotpSecret(user.totpSecret);
  } catch (error) {
    console.error(`[sign-in] the TOTP secret of user ${user.id} cannot be opened; a staff reset re-enrols it`, error);
    return null;
  }
}

/**
 * A TOTP code counts once: its step must be later than the last one accepted, and is recorded in
 * the same statement, so two sign-ins racing with one code cannot both pass.
 */
async function claimTotpCode(
  database: Database,
  user: { id: number; totpSecret: string | null },
  code: string | undefined,
  now: Date,
): Promise<boolean> {
  const secret = readableSecret(user);
  const step = secret ? verifyTotp(secret, code ?? "", now) : null;
  if (step === null) return false;
  const claimed = await database.user.updateMany({
    where: { id: user.id, OR: [{ totpLastStep: null }, { totpLastStep: { lt: step } }] },
    data: { totpLastStep: step },
  });
  return claimed.count === 1;
}
