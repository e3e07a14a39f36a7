import { describe, expect, it } from "vitest";
import { base32Decode, base32Encode, hotp, otpauthUri, totpCode, totpStep, verifyTotp } from "@/lib/auth/totp";

// RFC 6238 Appendix B: the seed is the ASCII "12345678901234567890" (SHA-1), repeated to 32 and
// 64 bytes for SHA-256 and SHA-512; 8-digit codes at these Unix times.
const SEED_SHA1 = Buffer.from("12345678901234567890");
const SEED_SHA256 = Buffer.from("12345678901234567890123456789012");
const SEED_SHA512 = Buffer.from("1234567890123456789012345678901234567890123456789012345678901234");
const VECTORS: [number, string, string, string][] = [
  [59, "94287082", "46119246", "90693936"],
  [1111111109, "07081804", "68084774", "25091201"],
  [1111111111, "14050471", "67062674", "99943326"],
  [1234567890, "89005924", "91819424", "93441116"],
  [2000000000, "69279037", "90698825", "38618901"],
  [20000000000, "65353130", "77737706", "47863826"],
];

describe("TOTP (RFC 6238)", () => {
  it.each(VECTORS)("at %i s gives the RFC's codes for SHA-1, SHA-256 and SHA-512", (seconds, sha1, sha256, sha512) => {
    const step = totpStep(new Date(seconds * 1000));
    expect(hotp(SEED_SHA1, step, 8, "sha1")).toBe(sha1);
    expect(hotp(SEED_SHA256, step, 8, "sha256")).toBe(sha256);
    expect(hotp(SEED_SHA512, step, 8, "sha512")).toBe(sha512);
  });

  it("gives the 6-digit SHA-1 code apps show, from the base32 secret", () => {
    const secret = base32Encode(SEED_SHA1);
    expect(secret).toBe("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
    expect(totpCode(secret, new Date(59_000))).toBe("287082");
    expect(totpCode(secret, new Date(1111111109_000))).toBe("081804");
  });

  it("accepts the code of the step before and after, and nothing further", () => {
    const secret = base32Encode(SEED_SHA1);
    const at = new Date(1234567890_000);
    const step = totpStep(at);
    expect(verifyTotp(secret, totpCode(secret, at), at)).toBe(step);
    expect(verifyTotp(secret, totpCode(secret, new Date(at.getTime() - 30_000)), at)).toBe(step - 1);
    expect(verifyTotp(secret, totpCode(secret, new Date(at.getTime() + 30_000)), at)).toBe(step + 1);
    expect(verifyTotp(secret, totpCode(secret, new Date(at.getTime() - 60_000)), at)).toBeNull();
    expect(verifyTotp(secret, totpCode(secret, new Date(at.getTime() + 60_000)), at)).toBeNull();
  });

  it("refuses malformed codes without throwing", () => {
    const secret = base32Encode(SEED_SHA1);
    for (const code of ["", "12345", "1234567", "abcdef", "12 34 5x", "８９００５９"]) {
      expect(verifyTotp(secret, code, new Date(1234567890_000)), code).toBeNull();
    }
    expect(verifyTotp(secret, "005 924", new Date(1234567890_000))).not.toBeNull();
  });

  it("round-trips base32 ignoring case, spaces and padding", () => {
    const bytes = Buffer.from([0, 1, 2, 250, 251, 252, 253, 254, 255]);
    expect(
      base32Decode(
        base32Encode(bytes)
          .toLowerCase()
          .replace(/(.{4})/g, "$1 "),
      ),
    ).toEqual(bytes);
    expect(base32Decode("MZXW6YQ=")).toEqual(Buffer.from("foob"));
    expect(() => base32Decode("M1")).toThrow();
  });

  it("builds the otpauth URI with issuer, account and parameters", () => {
    const uri = otpauthUri("JBSWY3DPEHPK3PXP", "admin");
    expect(uri).toMatch(/^otpauth:\/\/totp\/.+:admin\?secret=JBSWY3DPEHPK3PXP&/);
    expect(new URL(uri).searchParams.get("digits")).toBe("6");
    expect(new URL(uri).searchParams.get("period")).toBe("30");
  });
});
