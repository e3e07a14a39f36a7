import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { checkUpload } from "@/lib/files/check-upload";
import { DOCX_TYPE, sniffContent, XLSX_TYPE, zipEntryNames } from "@/lib/files/office";
import { DOCX_BYTES, XLSX_BYTES, zipWithEntries } from "@/tests/support/zip";

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
const EXE = new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00]);

describe("office documents by content", () => {
  it("reads the entry names of a zip's central directory", () => {
    expect(zipEntryNames(zipWithEntries(["a.txt", "b/c.xml"]))).toEqual(["a.txt", "b/c.xml"]);
    expect(zipEntryNames(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toBeNull();
  });

  it("tells a Word document from a workbook from any other zip", () => {
    expect(sniffContent(DOCX_BYTES())).toBe(DOCX_TYPE);
    expect(sniffContent(XLSX_BYTES())).toBe(XLSX_TYPE);
    expect(sniffContent(zipWithEntries(["[Content_Types].xml", "ppt/presentation.xml"]))).toBe("application/zip");
    expect(sniffContent(zipWithEntries(["word/document.xml"]))).toBe("application/zip");
  });

  it("recognises a real workbook written by exceljs", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("整改台账").addRow(["问题", "状态"]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    expect(sniffContent(bytes)).toBe(XLSX_TYPE);
  });

  it("accepts jpg, png, pdf, docx and xlsx as rectification evidence, and nothing else", () => {
    expect(checkUpload("problemEvidence", "台账.docx", DOCX_BYTES())).toMatchObject({
      ok: true,
      file: { mimeType: DOCX_TYPE },
    });
    expect(checkUpload("problemEvidence", "台账.xlsx", XLSX_BYTES())).toMatchObject({ ok: true });
    expect(checkUpload("problemEvidence", "现场.png", PNG)).toMatchObject({ ok: true });
    expect(checkUpload("problemEvidence", "整改报告.pdf", EXE)).toMatchObject({ ok: false });
    expect(checkUpload("problemEvidence", "压缩包.docx", zipWithEntries(["a.txt"]))).toMatchObject({ ok: false });
    // Site photos stay images only.
    expect(checkUpload("sitePhoto", "台账.docx", DOCX_BYTES())).toMatchObject({ ok: false });
  });

  it("refuses evidence over 20 MB", () => {
    const big = new Uint8Array(20 * 1024 * 1024 + 1);
    big.set(PNG);
    expect(checkUpload("problemEvidence", "大图.png", big)).toMatchObject({ ok: false });
  });
});
