import { describe, expect, it } from "vitest";
import { generateApiToken, hashApiToken, isWellFormedToken, parseBearer } from "@/lib/api-tokens/token";

describe("personal API tokens", () => {
  it("are 32 random bytes in base64url behind the dgm_ prefix, different every time", () => {
    const tokens = new Set(Array.from({ length: 50 }, () => generateApiToken()));
    expect(tokens.size).toBe(50);
    for (const token of tokens) {
      expect(token).toMatch(/^dgm_[A-Za-z0-9_-]{43}$/);
      expect(Buffer.from(token.slice(4), "base64url")).toHaveLength(32);
      expect(isWellFormedToken(token)).toBe(true);
    }
  });

  it("are stored as the SHA-256 of the whole token in hex", () => {
    // sha256("dgm_" + 43 × "A"), worked out with `printf dgm_AAAA… | sha256sum`.
    const token = `dgm_${"A".repeat(43)}`;
    expect(hashApiToken(token)).toBe("403adc362d057abf0e337263a7bc834ef857f0d178ea08f2e47cf8d952669d18");
    expect(hashApiToken(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashApiToken(token)).not.toBe(hashApiToken(`dgm_${"A".repeat(42)}B`));
  });

  it("read from a Bearer header in any letter case of the scheme, with surrounding spaces", () => {
    const token = generateApiToken();
    expect(parseBearer(`Bearer ${token}`)).toEqual({ kind: "token", token });
    expect(parseBearer(`bearer   ${token}  `)).toEqual({ kind: "token", token });
  });

  it("tell an absent header from a malformed one", () => {
    const token = generateApiToken();
    expect(parseBearer(null)).toEqual({ kind: "absent" });
    expect(parseBearer("  ")).toEqual({ kind: "absent" });
    for (const header of [
      `Basic ${token}`,
      token,
      "Bearer",
      `Bearer ${token} extra`,
      `Bearer ${token.slice(0, -1)}`,
      `Bearer ${token}x`,
      `Bearer xyz_${token.slice(4)}`,
      `Bearer ${token.slice(0, -1)}=`,
    ]) {
      expect(parseBearer(header), header).toEqual({ kind: "malformed" });
    }
  });
});
