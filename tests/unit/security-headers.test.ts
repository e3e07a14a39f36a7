import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, newNonce, staticSecurityHeaders } from "@/lib/security/headers";
import { pendingAccountStep } from "@/lib/auth/account-setup";
import nextConfig from "@/next.config";

describe("security headers", () => {
  it("allows scripts only by nonce in production, with no eval or inline script", () => {
    const policy = contentSecurityPolicy({ nonce: "abc", development: false, https: false });
    const scriptSrc = policy.split("; ").find((directive) => directive.startsWith("script-src"));
    expect(scriptSrc).toBe("script-src 'self' 'nonce-abc' 'strict-dynamic'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("base-uri 'none'");
    expect(policy).not.toContain("upgrade-insecure-requests");
  });

  it("adds eval and websockets only for next dev, and HSTS only over https", () => {
    expect(contentSecurityPolicy({ nonce: "n", development: true, https: false })).toContain("'unsafe-eval'");
    expect(contentSecurityPolicy({ nonce: "n", development: false, https: true })).toContain(
      "upgrade-insecure-requests",
    );
    expect(staticSecurityHeaders({ https: false })["Strict-Transport-Security"]).toBeUndefined();
    expect(staticSecurityHeaders({ https: true })["Strict-Transport-Security"]).toMatch(/^max-age=\d{8,}/);
  });

  it("makes a fresh 128-bit nonce each time", () => {
    const nonces = new Set(Array.from({ length: 50 }, newNonce));
    expect(nonces.size).toBe(50);
    for (const nonce of nonces) expect(Buffer.from(nonce, "base64")).toHaveLength(16);
  });

  it("keeps server-action origin checks on (no allowedOrigins wildcard)", () => {
    const allowed = (nextConfig.experimental?.serverActions as { allowedOrigins?: string[] } | undefined)
      ?.allowedOrigins;
    expect(allowed ?? []).not.toContain("*");
  });
});

describe("account setup steps", () => {
  const off = { requireTotpForStaff: false };
  const on = { requireTotpForStaff: true };
  it("asks for the password change first, then TOTP for staff when required", () => {
    expect(pendingAccountStep({ role: "SECRETARY", mustChangePassword: true }, on)).toBe("changePassword");
    expect(pendingAccountStep({ role: "ADMIN", mustChangePassword: true, totpEnabled: false }, on)).toBe(
      "changePassword",
    );
    expect(pendingAccountStep({ role: "ADMIN", mustChangePassword: false, totpEnabled: false }, on)).toBe("enrolTotp");
    expect(pendingAccountStep({ role: "LEADER", mustChangePassword: false }, on)).toBe("enrolTotp");
    expect(pendingAccountStep({ role: "LEADER", mustChangePassword: false, totpEnabled: true }, on)).toBeNull();
    expect(pendingAccountStep({ role: "SECRETARY", mustChangePassword: false }, on)).toBeNull();
    expect(pendingAccountStep({ role: "ADMIN", mustChangePassword: false }, off)).toBeNull();
  });
});
