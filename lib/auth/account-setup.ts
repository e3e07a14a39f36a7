import type { Role } from "@/lib/generated/prisma/enums";

// What an account must finish before it may do anything else: change a password set by staff
// (or a weak one, outside demo mode; see lib/auth/options.ts), then, where the setting asks for
// it, enrol a second factor. Pages redirect there (requireUser), every action but the setup
// ones refuses (defineAction).

export type AccountSetupStep = "changePassword" | "enrolTotp";

export const ACCOUNT_SETUP_PATHS: Record<AccountSetupStep, string> = {
  changePassword: "/account/password",
  enrolTotp: "/account/security",
};

export const ACCOUNT_SETUP_MESSAGES: Record<AccountSetupStep, string> = {
  changePassword: "请先修改初始密码，再进行其他操作",
  enrolTotp: "请先启用两步验证，再进行其他操作",
};

/** Roles that must use TOTP when REQUIRE_TOTP_FOR_STAFF is on. */
export const STAFF_ROLES: readonly Role[] = ["ADMIN", "LEADER"];

export function pendingAccountStep(
  user: { role: Role; mustChangePassword: boolean; totpEnabled?: boolean },
  settings: { requireTotpForStaff: boolean },
): AccountSetupStep | null {
  if (user.mustChangePassword) return "changePassword";
  if (settings.requireTotpForStaff && STAFF_ROLES.includes(user.role) && !user.totpEnabled) return "enrolTotp";
  return null;
}
