import { COMMON_PASSWORDS } from "@/lib/auth/common-passwords";

// ASVS 5.0 V6.2: at least 10 characters (we allow up to 128, any characters, no composition
// rules), not a commonly used password, and not built from the account's own name.

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;

let common: Set<string> | undefined;
function commonPasswords(): Set<string> {
  common ??= new Set(COMMON_PASSWORDS.split("\n").filter(Boolean));
  return common;
}

/** Whether the password (compared in lower case) is on the committed list of common passwords. */
export function isCommonPassword(password: string): boolean {
  return commonPasswords().has(password.normalize("NFKC").toLowerCase());
}

/** The Chinese reason a password is refused, or null when it passes. */
export function passwordProblem(password: string, account: { username?: string } = {}): string | null {
  // Counted in code points, so Chinese characters and emoji count one each.
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return `密码至少 ${PASSWORD_MIN_LENGTH} 个字符`;
  if (length > PASSWORD_MAX_LENGTH) return `密码最多 ${PASSWORD_MAX_LENGTH} 个字符`;
  if (isCommonPassword(password)) return "该密码过于常见，容易被猜中，请换一个";
  const username = account.username?.trim().toLowerCase();
  if (username && username.length >= 3 && password.toLowerCase().includes(username)) {
    return "密码不能包含用户名";
  }
  if (new Set(password).size < 4) return "密码过于简单，请使用更多不同的字符";
  return null;
}
