import ExcelJS from "exceljs";
import { ASSET_IMPORT_COLUMNS, ASSET_IMPORT_SHEET, MAX_ASSET_IMPORT_ROWS } from "@/lib/assets/import/columns";

const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFEE2E2" } };

/** The asset import template: the sheet with noted headers, the enterprises as examples, and the rules. */
export async function buildAssetTemplate(enterprises: readonly { name: string }[], exampleMonth: string) {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "党建“大观摩”平台";
  const sheet = workbook.addWorksheet(ASSET_IMPORT_SHEET, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = ASSET_IMPORT_COLUMNS.map((column) => ({
    header: column.header,
    key: column.key,
    width: column.width,
  }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.fill = HEADER_FILL;
  ASSET_IMPORT_COLUMNS.forEach((column, index) => (header.getCell(index + 1).note = column.note));
  // One row per enterprise with the month filled in: staff only type the figures. Text cells, so
  // Excel does not turn 2022-12 into a date or drop a trailing zero.
  enterprises.forEach((enterprise, index) => {
    const row = sheet.getRow(index + 2);
    row.getCell(1).value = enterprise.name;
    row.getCell(2).value = exampleMonth;
    row.getCell(2).numFmt = "@";
    row.getCell(3).numFmt = "@";
  });

  const help = workbook.addWorksheet("填写说明");
  help.getColumn(1).width = 100;
  [
    "资产数据导入模板 · 填写说明",
    "",
    "1. 每行一个企业一个月份的月末资产总额，单位亿元，最多两位小数。",
    "2. 企业填全称或简称，须为计入资产目标的企业；月份如 2022-12，不能是未来月份。",
    "3. 该月已填报时，数值相同的行不作改动；数值不同须在“更正”列填“是”，原数值保留在更正记录中。",
    `4. 系统先逐行检查：只要有一行不符合要求，就不导入任何数据，并按行号列出每行的问题。一次最多 ${MAX_ASSET_IMPORT_ROWS} 行。`,
    "5. 不要修改第 1 行的表头。",
  ].forEach((line, index) => (help.getCell(index + 1, 1).value = line));
  help.getCell(1, 1).font = { bold: true, size: 13 };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
