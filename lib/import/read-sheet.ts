import ExcelJS from "exceljs";
import { sniffType } from "@/lib/files/sniff";
import {
  IMPORT_COLUMNS,
  IMPORT_SHEET_NAME,
  MAX_IMPORT_BYTES,
  MAX_IMPORT_ROWS,
  type ImportColumnKey,
  type ImportRawRow,
} from "@/lib/import/columns";

export type SheetRead = { ok: true; rows: ImportRawRow[] } | { ok: false; error: string };

/** A cell as the text a person sees: numbers, rich text, formula results and links all become strings. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value.trim();
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "object") {
    if ("richText" in value)
      return value.richText
        .map((part) => part.text)
        .join("")
        .trim();
    if ("formula" in value || "sharedFormula" in value)
      return cellText((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
    if ("text" in value) return cellText((value as ExcelJS.CellHyperlinkValue).text);
    if ("error" in value) return "";
  }
  return String(value).trim();
}

/**
 * Reads the import sheet of an uploaded workbook. The file must be an .xlsx by its content: a zip
 * archive (checked by its first bytes) that exceljs can open as a workbook; its name is not
 * trusted. Rows that are entirely empty are skipped; row numbers are Excel's own (the header is 1).
 */
export async function readImportSheet(bytes: Uint8Array): Promise<SheetRead> {
  if (bytes.length === 0) return { ok: false, error: "文件是空的" };
  if (bytes.length > MAX_IMPORT_BYTES) return { ok: false, error: "文件超过 5 MB，请拆分后分批导入" };
  if (sniffType(bytes.subarray(0, 8)) !== "application/zip") {
    return { ok: false, error: "这不是 Excel 工作簿（.xlsx）文件，请使用下载的模板填写后上传" };
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  } catch {
    return { ok: false, error: "文件无法作为 Excel 工作簿（.xlsx）读取，请使用下载的模板填写后上传" };
  }
  const sheet = workbook.getWorksheet(IMPORT_SHEET_NAME) ?? workbook.worksheets[0];
  if (!sheet) return { ok: false, error: "工作簿中没有工作表" };

  const columnOf = new Map<ImportColumnKey, number>();
  sheet.getRow(1).eachCell((cell, column) => {
    const header = cellText(cell.value);
    const match = IMPORT_COLUMNS.find((candidate) => candidate.header === header);
    if (match && !columnOf.has(match.key)) columnOf.set(match.key, column);
  });
  const missing = IMPORT_COLUMNS.filter((column) => !columnOf.has(column.key)).map((column) => column.header);
  if (missing.length > 0) {
    return { ok: false, error: `第 1 行缺少列：${missing.join("、")}。请使用下载的模板，不要改动表头` };
  }

  const rows: ImportRawRow[] = [];
  for (let rowNumber = 2; rowNumber <= sheet.rowCount; rowNumber++) {
    const row = sheet.getRow(rowNumber);
    const values = Object.fromEntries(
      IMPORT_COLUMNS.map((column) => [column.key, cellText(row.getCell(columnOf.get(column.key)!).value)]),
    ) as Record<ImportColumnKey, string>;
    if (Object.values(values).every((value) => value === "")) continue;
    rows.push({ rowNumber, values });
    if (rows.length > MAX_IMPORT_ROWS) {
      return { ok: false, error: `一次最多导入 ${MAX_IMPORT_ROWS} 行，请拆分后分批导入` };
    }
  }
  if (rows.length === 0) return { ok: false, error: "表中没有数据行：请从第 2 行起填写" };
  return { ok: true, rows };
}
