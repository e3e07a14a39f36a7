import ExcelJS from "exceljs";
import { sniffType } from "@/lib/files/sniff";
import { cellText } from "@/lib/import/read-sheet";
import {
  ASSET_IMPORT_COLUMNS,
  ASSET_IMPORT_SHEET,
  MAX_ASSET_IMPORT_BYTES,
  MAX_ASSET_IMPORT_ROWS,
  type AssetImportKey,
  type AssetImportRow,
} from "@/lib/assets/import/columns";

export type AssetSheetRead = { ok: true; rows: AssetImportRow[] } | { ok: false; error: string };

/**
 * Reads the asset import sheet: an .xlsx by its content (not its name), headers matched by text,
 * empty rows skipped, row numbers as Excel shows them (the header is row 1).
 */
export async function readAssetSheet(bytes: Uint8Array): Promise<AssetSheetRead> {
  if (bytes.length === 0) return { ok: false, error: "文件是空的" };
  if (bytes.length > MAX_ASSET_IMPORT_BYTES) return { ok: false, error: "文件超过 5 MB，请拆分后分批导入" };
  if (sniffType(bytes.subarray(0, 8)) !== "application/zip") {
    return { ok: false, error: "这不是 Excel 工作簿（.xlsx）文件，请使用下载的模板填写后上传" };
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  } catch {
    return { ok: false, error: "文件无法作为 Excel 工作簿（.xlsx）读取，请使用下载的模板填写后上传" };
  }
  const sheet = workbook.getWorksheet(ASSET_IMPORT_SHEET) ?? workbook.worksheets[0];
  if (!sheet) return { ok: false, error: "工作簿中没有工作表" };

  const columnOf = new Map<AssetImportKey, number>();
  sheet.getRow(1).eachCell((cell, column) => {
    const match = ASSET_IMPORT_COLUMNS.find((candidate) => candidate.header === cellText(cell.value));
    if (match && !columnOf.has(match.key)) columnOf.set(match.key, column);
  });
  const missing = ASSET_IMPORT_COLUMNS.filter((column) => column.key !== "correct" && !columnOf.has(column.key));
  if (missing.length > 0) {
    return { ok: false, error: `第 1 行缺少列：${missing.map((c) => c.header).join("、")}。请使用下载的模板` };
  }

  const rows: AssetImportRow[] = [];
  for (let rowNumber = 2; rowNumber <= sheet.rowCount; rowNumber++) {
    const row = sheet.getRow(rowNumber);
    const values = Object.fromEntries(
      ASSET_IMPORT_COLUMNS.map((column) => {
        const index = columnOf.get(column.key);
        return [column.key, index ? cellText(row.getCell(index).value) : ""];
      }),
    ) as Record<AssetImportKey, string>;
    if (Object.values(values).every((value) => value === "")) continue;
    rows.push({ rowNumber, values });
    if (rows.length > MAX_ASSET_IMPORT_ROWS) {
      return { ok: false, error: `一次最多导入 ${MAX_ASSET_IMPORT_ROWS} 行，请拆分后分批导入` };
    }
  }
  if (rows.length === 0) return { ok: false, error: "表中没有数据行：请从第 2 行起填写" };
  return { ok: true, rows };
}
