import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { env } from "@/lib/env";

// TOTP secrets are stored sealed with AES-256-GCM, so a database dump or backup alone does not
// give anyone the second factor. The key is derived from NEXTAUTH_SECRET (HKDF-SHA-256 with its own
// label), which lives in the environment, never in the database. Rotating NEXTAUTH_SECRET makes
// the sealed secrets unreadable: the people concerned enrol again after a staff reset.

const PREFIX = "v1:";
const IV_BYTES = 12;
const TAG_BYTES = 16;

function key(secret: string): Buffer {
  return Buffer.from(hkdfSync("sha256", secret, "daguanmo", "totp-secret/v1", 32));
}

export function sealTotpSecret(plain: string, secret = env().NEXTAUTH_SECRET): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", key(secret), iv);
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return PREFIX + Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64url");
}

/**
 * The base32 secret of a stored value. A value without the prefix is a secret stored before
 * sealing (kept readable so those enrolments keep working); a sealed value that was altered or
 * sealed under another key throws.
 */
export function openTotpSecret(stored: string, secret = env().NEXTAUTH_SECRET): string {
  if (!stored.startsWith(PREFIX)) return stored;
  const raw = Buffer.from(stored.slice(PREFIX.length), "base64url");
  const decipher = createDecipheriv("aes-256-gcm", key(secret), raw.subarray(0, IV_BYTES));
  decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
  return Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString("utf8");
}
