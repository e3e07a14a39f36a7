import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { checkUpload, cleanFileName } from "@/lib/files/check-upload";
import { DOCX_TYPE, XLSX_TYPE, sniffContent } from "@/lib/files/office";
import { canSeeFile } from "@/lib/files/access";
import type { SessionUser } from "@/lib/auth/session-user";
import { DOCX_BYTES, zipWithEntries } from "@/tests/support/zip";

const PDF = new TextEncoder().encode("%PDF-1.7\n%âãÏÓ\n1 0 obj\n");
const EXE = new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00]);
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46]);

describe("office documents by content", () => {
  // The zip-directory reading itself is covered in office-sniffing.test.ts.
  it("recognises a workbook written by a real spreadsheet library", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("自评").addRow(["条目", "分值"]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    expect(sniffContent(bytes)).toBe(XLSX_TYPE);
    expect(checkUpload("reportAttachment", "自评表.xlsx", bytes)).toMatchObject({
      ok: true,
      file: { mimeType: XLSX_TYPE },
    });
  });

  it("refuses a plain zip named .docx", () => {
    expect(checkUpload("reportAttachment", "材料.docx", zipWithEntries(["readme.txt"])).ok).toBe(false);
  });
});

describe("checkUpload for report attachments", () => {
  it("accepts images, PDF, docx and xlsx by content", () => {
    expect(checkUpload("reportAttachment", "photo.jpg", JPEG)).toMatchObject({
      ok: true,
      file: { mimeType: "image/jpeg" },
    });
    expect(checkUpload("reportAttachment", "报告.pdf", PDF)).toMatchObject({
      ok: true,
      file: { mimeType: "application/pdf" },
    });
    expect(checkUpload("reportAttachment", "报告.docx", DOCX_BYTES())).toMatchObject({
      ok: true,
      file: { mimeType: DOCX_TYPE },
    });
  });

  it("refuses an executable renamed .pdf, naming the file", () => {
    const result = checkUpload("reportAttachment", "报告.pdf", EXE);
    expect(result).toEqual({ ok: false, message: expect.stringContaining("「报告.pdf」不是") });
  });

  it("refuses a file over 20 MB and an empty one", () => {
    expect(checkUpload("reportAttachment", "big.pdf", new Uint8Array(20 * 1024 * 1024 + 1)).ok).toBe(false);
    expect(checkUpload("reportAttachment", "empty.pdf", new Uint8Array()).ok).toBe(false);
  });

  it("keeps only the last part of a path-like name", () => {
    expect(cleanFileName("../../x.pdf")).toBe("x.pdf");
    expect(checkUpload("reportAttachment", "..\\..\\x.pdf", PDF)).toMatchObject({ ok: true, file: { name: "x.pdf" } });
  });
});

describe("who may read a report attachment", () => {
  const user = (role: SessionUser["role"], enterpriseId: number | null = null): SessionUser => ({
    id: 1,
    name: "测试",
    title: "",
    role,
    enterpriseId,
    enterpriseName: null,
    mustChangePassword: false,
  });
  const file = (status: "DRAFT" | "SUBMITTED" | "RETURNED" | "ACCEPTED") => ({
    siteId: null,
    selfReportId: 9,
    problemEventId: null,
    experienceEntryId: null,
    selfReport: { enterpriseId: 5, status },
  });

  it("lets the enterprise's secretaries and staff read it in any state", () => {
    expect(canSeeFile(user("SECRETARY", 5), file("DRAFT"))).toBe(true);
    expect(canSeeFile(user("ADMIN"), file("SUBMITTED"))).toBe(true);
  });

  it("refuses secretaries of other enterprises", () => {
    expect(canSeeFile(user("SECRETARY", 6), file("ACCEPTED"))).toBe(false);
    expect(canSeeFile(user("SECRETARY", null), file("ACCEPTED"))).toBe(false);
  });

  it("lets leaders read it only once the report is accepted", () => {
    expect(canSeeFile(user("LEADER"), file("SUBMITTED"))).toBe(false);
    expect(canSeeFile(user("LEADER"), file("ACCEPTED"))).toBe(true);
  });

  it("refuses when the report's scope was not loaded", () => {
    expect(canSeeFile(user("ADMIN"), { ...file("ACCEPTED"), selfReport: undefined })).toBe(false);
  });
});
