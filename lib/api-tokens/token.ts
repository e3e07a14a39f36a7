import { createHash, randomBytes } from "node:crypto";

/**
 * Personal API tokens: 32 random bytes written as base64url behind a recognisable prefix, so a
 * leaked token is easy to spot in logs and secret scanners. Only the SHA-256 of the whole token is
 * stored; a token of this strength needs no salt or slow hash, and looking it up by its hash (a
 * unique index) means no secret is ever compared byte by byte in our code.
 */
export const TOKEN_PREFIX = "dgm_";
const TOKEN_BYTES = 32;
/** base64url of 32 bytes is 43 characters without padding. */
const TOKEN_PATTERN = /^dgm_[A-Za-z0-9_-]{43}$/;

export function generateApiToken(): string {
  return TOKEN_PREFIX + randomBytes(TOKEN_BYTES).toString("base64url");
}

export function hashApiToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export function isWellFormedToken(token: string): boolean {
  return TOKEN_PATTERN.test(token);
}

/**
 * The token of an `Authorization: Bearer <token>` header: "absent" when the header is missing
 * (the caller may still have a session cookie), "malformed" for any other scheme or shape.
 */
export function parseBearer(
  header: string | null,
): { kind: "absent" } | { kind: "malformed" } | { kind: "token"; token: string } {
  if (header === null || header.trim() === "") return { kind: "absent" };
  const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header.trim());
  if (!match || !isWellFormedToken(match[1]!)) return { kind: "malformed" };
  return { kind: "token", token: match[1]! };
}
