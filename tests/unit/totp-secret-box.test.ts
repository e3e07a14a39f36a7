import { describe, expect, it } from "vitest";
import { newTotpSecret } from "@/lib/auth/totp";
import { openTotpSecret, sealTotpSecret } from "@/lib/auth/totp-secret-box";

const KEY = "a-session-secret-of-at-least-32-characters";

describe("sealed TOTP secrets", () => {
  it("open to the secret sealed, with a new nonce every time", () => {
    const secret = newTotpSecret();
    const first = sealTotpSecret(secret, KEY);
    const second = sealTotpSecret(secret, KEY);
    expect(first).toMatch(/^v1:/);
    expect(first).not.toBe(second);
    expect(first).not.toContain(secret);
    expect(openTotpSecret(first, KEY)).toBe(secret);
    expect(openTotpSecret(second, KEY)).toBe(secret);
  });

  it("refuse a changed value or another key", () => {
    const sealed = sealTotpSecret(newTotpSecret(), KEY);
    const last = sealed.at(-1) === "A" ? "B" : "A";
    expect(() => openTotpSecret(sealed.slice(0, -1) + last, KEY)).toThrow();
    expect(() => openTotpSecret(sealed, `${KEY}-rotated`)).toThrow();
  });

  it("read a secret stored before sealing as it is", () => {
    expect(openTotpSecret("JBSWY3DPEHPK3PXP", KEY)).toBe("JBSWY3DPEHPK3PXP");
  });
});
