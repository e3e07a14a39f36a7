import { describe, expect, it } from "vitest";
import { checkUpload, cleanFileName } from "@/lib/files/check-upload";
import { contentDisposition } from "@/lib/files/content-disposition";
import { sniffType } from "@/lib/files/sniff";

const bytes = (...values: number[]) => new Uint8Array(values);
const JPEG = bytes(0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46);
const PNG = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d);
const PDF = new TextEncoder().encode("%PDF-1.7\n");
const ZIP = bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0x00);
/** A Windows executable ("MZ") and a Linux one (ELF). */
const EXE = bytes(0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00);
const ELF = bytes(0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00);
const TEXT = new TextEncoder().encode("这不是图片，只是一段文字。");

describe("sniffType", () => {
  it.each([
    ["JPEG", JPEG, "image/jpeg"],
    ["PNG", PNG, "image/png"],
    ["PDF", PDF, "application/pdf"],
    ["zip (xlsx)", ZIP, "application/zip"],
  ] as const)("recognises %s by its first bytes", (_name, head, type) => {
    expect(sniffType(head)).toBe(type);
  });

  it.each([
    ["a Windows executable", EXE],
    ["a Linux executable", ELF],
    ["text", TEXT],
    ["nothing", bytes()],
    ["half a PNG signature", PNG.subarray(0, 4)],
  ])("does not recognise %s", (_name, head) => {
    expect(sniffType(head)).toBeNull();
  });
});

describe("checkUpload for site photos", () => {
  it("accepts JPEG and PNG content and keeps the name", () => {
    expect(checkUpload("sitePhoto", "学习角.jpg", JPEG)).toMatchObject({
      ok: true,
      file: { name: "学习角.jpg", mimeType: "image/jpeg" },
    });
    expect(checkUpload("sitePhoto", "展厅.png", PNG)).toMatchObject({ ok: true, file: { mimeType: "image/png" } });
  });

  it("takes the type from the content, not the name: a PNG named .jpg is a PNG", () => {
    expect(checkUpload("sitePhoto", "photo.jpg", PNG)).toMatchObject({ ok: true, file: { mimeType: "image/png" } });
  });

  it.each([
    ["a renamed executable", "photo.jpg", EXE],
    ["a renamed ELF binary", "photo.png", ELF],
    ["a text file named .png", "photo.png", TEXT],
    ["a PDF", "photo.jpg", PDF],
  ])("refuses %s, naming the file", (_name, fileName, content) => {
    const result = checkUpload("sitePhoto", fileName, content);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toBe(`「${fileName}」不是JPG 或 PNG 图片（按文件内容判断，与扩展名无关）`);
  });

  it("refuses an empty file and one over 10 MB", () => {
    expect(checkUpload("sitePhoto", "空.jpg", bytes())).toEqual({ ok: false, message: "「空.jpg」是空文件" });
    const big = new Uint8Array(10 * 1024 * 1024 + 1);
    big.set(JPEG);
    expect(checkUpload("sitePhoto", "大.jpg", big)).toEqual({
      ok: false,
      message: "「大.jpg」有 10 MB，超过 10 MB 的上限",
    });
    const limit = new Uint8Array(10 * 1024 * 1024);
    limit.set(JPEG);
    expect(checkUpload("sitePhoto", "刚好.jpg", limit).ok).toBe(true);
  });
});

describe("file names", () => {
  it("drops folders and control characters", () => {
    expect(cleanFileName("C:\\Users\\a\\照片.jpg")).toBe("照片.jpg");
    expect(cleanFileName("../../etc/passwd")).toBe("passwd");
    expect(cleanFileName("a\u0000b\nc.png")).toBe("abc.png");
    expect(cleanFileName("   ")).toBe("未命名文件");
  });

  it("writes Content-Disposition with an ASCII fallback and the exact UTF-8 name", () => {
    expect(contentDisposition("学习角 1.jpg", "inline")).toBe(
      `inline; filename="___ 1.jpg"; filename*=UTF-8''%E5%AD%A6%E4%B9%A0%E8%A7%92%201.jpg`,
    );
    expect(contentDisposition('a"b.png', "attachment")).toBe(
      `attachment; filename="a_b.png"; filename*=UTF-8''a%22b.png`,
    );
  });
});
