import ExcelJS from "exceljs";
import { IMPORT_COLUMNS, IMPORT_SHEET_NAME } from "@/lib/import/columns";

export type ImportRowValues = {
  enterprise: string;
  shortName?: string;
  category?: string;
  counts?: string;
  org: string;
  level: string;
  parent?: string;
  members?: string | number;
};

/**
 * An import workbook as staff would fill it: the template's headers on the import sheet and one
 * row per party organisation. `headers` replaces the header row (to test a damaged template).
 */
export async function importWorkbook(rows: readonly ImportRowValues[], headers?: readonly string[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(IMPORT_SHEET_NAME);
  sheet.addRow(headers ?? IMPORT_COLUMNS.map((column) => column.header));
  for (const row of rows) {
    sheet.addRow([
      row.enterprise,
      row.shortName ?? "",
      row.category ?? "",
      row.counts ?? "",
      row.org,
      row.level,
      row.parent ?? "",
      row.members ?? "",
    ]);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
