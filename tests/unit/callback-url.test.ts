import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "@/lib/auth/callback-url";

describe("safeCallbackUrl", () => {
  it("keeps same-origin relative paths with their query", () => {
    expect(safeCallbackUrl("/admin/audit?page=2")).toBe("/admin/audit?page=2");
    expect(safeCallbackUrl("/")).toBe("/");
  });

  it("falls back to / when there is nothing", () => {
    expect(safeCallbackUrl(null)).toBe("/");
    expect(safeCallbackUrl("")).toBe("/");
    expect(safeCallbackUrl(undefined, "/tours")).toBe("/tours");
  });

  it("refuses other sites however they are spelled", () => {
    for (const raw of [
      "https://evil.example/",
      "//evil.example/x",
      "/\\evil.example",
      "\\\\evil.example",
      "/\t/evil.example",
      "javascript:alert(1)",
      "evil.example",
    ]) {
      expect(safeCallbackUrl(raw), raw).toBe("/");
    }
  });

  it("never sends the user back to the sign-in page", () => {
    expect(safeCallbackUrl("/login")).toBe("/");
    expect(safeCallbackUrl("/login?callbackUrl=/x")).toBe("/");
    expect(safeCallbackUrl("/api/auth/signout")).toBe("/");
  });
});
