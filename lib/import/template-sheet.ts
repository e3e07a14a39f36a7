import ExcelJS from "exceljs";
import { sniffType } from "@/lib/files/sniff";
import { cellText } from "@/lib/import/cell-text";

export type TemplateColumn<Key extends string> = { key: Key; header: string };

export type TemplateRow<Key extends string> = { rowNumber: number; values: Record<Key, string> };

export type TemplateSheetRead<Key extends string> =
  { ok: true; rows: TemplateRow<Key>[] } | { ok: false; error: string };

type TemplateSheet<Key extends string> = {
  /** The sheet the template names; the first sheet when a person renamed it. */
  sheetName: string;
  columns: readonly TemplateColumn<Key>[];
  /** Columns a sheet may leave out (read as empty). */
  optional?: readonly Key[];
  maxBytes: number;
  maxRows: number;
};

/**
 * Reads a sheet filled in from one of our downloadable templates. The file must be an .xlsx by
 * its content: a zip archive (checked by its first bytes) that exceljs can open; its name is not
 * trusted. Headers are matched by text, entirely empty rows are skipped, and row numbers are
 * Excel's own (the header is row 1), so error messages point at what the person sees.
 */
export async function readTemplateSheet<Key extends string>(
  bytes: Uint8Array,
  template: TemplateSheet<Key>,
): Promise<TemplateSheetRead<Key>> {
  const megabytes = Math.round(template.maxBytes / (1024 * 1024));
  if (bytes.length === 0) return { ok: false, error: "文件是空的" };
  if (bytes.length > template.maxBytes) return { ok: false, error: `文件超过 ${megabytes} MB，请拆分后分批导入` };
  if (sniffType(bytes.subarray(0, 8)) !== "application/zip") {
    return { ok: false, error: "这不是 Excel 工作簿（.xlsx）文件，请使用下载的模板填写后上传" };
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  } catch {
    return { ok: false, error: "文件无法作为 Excel 工作簿（.xlsx）读取，请使用下载的模板填写后上传" };
  }
  const sheet = workbook.getWorksheet(template.sheetName) ?? workbook.worksheets[0];
  if (!sheet) return { ok: false, error: "工作簿中没有工作表" };

  const columnOf = new Map<Key, number>();
  sheet.getRow(1).eachCell((cell, column) => {
    const header = cellText(cell.value);
    const match = template.columns.find((candidate) => candidate.header === header);
    if (match && !columnOf.has(match.key)) columnOf.set(match.key, column);
  });
  const missing = template.columns.filter(
    (column) => !columnOf.has(column.key) && !template.optional?.includes(column.key),
  );
  if (missing.length > 0) {
    const headers = missing.map((column) => column.header).join("、");
    return { ok: false, error: `第 1 行缺少列：${headers}。请使用下载的模板，不要改动表头` };
  }

  const rows: TemplateRow<Key>[] = [];
  for (let rowNumber = 2; rowNumber <= sheet.rowCount; rowNumber++) {
    const row = sheet.getRow(rowNumber);
    const values = Object.fromEntries(
      template.columns.map((column) => {
        const index = columnOf.get(column.key);
        return [column.key, index ? cellText(row.getCell(index).value) : ""];
      }),
    ) as Record<Key, string>;
    if (Object.values<string>(values).every((value) => value === "")) continue;
    rows.push({ rowNumber, values });
    if (rows.length > template.maxRows) {
      return { ok: false, error: `一次最多导入 ${template.maxRows} 行，请拆分后分批导入` };
    }
  }
  if (rows.length === 0) return { ok: false, error: "表中没有数据行：请从第 2 行起填写" };
  return { ok: true, rows };
}
