import { describe, expect, it } from "vitest";
import { cleanFileName } from "@/lib/files/check-upload";
import { contentDisposition } from "@/lib/files/content-disposition";

describe("cleanFileName with hostile names", () => {
  it("never leaves half an emoji at the 200-character cut, so the download header can be written", () => {
    const name = cleanFileName(`${"文".repeat(199)}😀😀.png`);
    expect(Array.from(name)).toHaveLength(200);
    expect(name.isWellFormed()).toBe(true);
    expect(() => contentDisposition(name, "attachment")).not.toThrow();
  });

  it("replaces a lone surrogate and keeps markup as plain text", () => {
    expect(cleanFileName("a\uD800b.png")).toBe("a\uFFFDb.png");
    expect(cleanFileName('<img src=x onerror="alert(1)">.png')).toBe('<img src=x onerror="alert(1)">.png');
    expect(contentDisposition(cleanFileName('"; filename="evil.exe.png'), "inline")).toMatch(
      /^inline; filename="_; filename=_evil\.exe\.png"; filename\*=UTF-8''/,
    );
  });
});
