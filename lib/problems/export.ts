import "server-only";
import ExcelJS from "exceljs";
import { formatDate, formatDateTime } from "@/lib/format";
import { PROBLEM_SEVERITY_LABELS, PROBLEM_SOURCE_LABELS, PROBLEM_STATUS_LABELS } from "@/lib/labels";
import type { ProblemRow } from "@/lib/problems/queries";
import { spreadsheetText } from "@/lib/security/spreadsheet-text";

/** The columns of the export, in Chinese, each computed from the same row the page shows. */
export const EXPORT_COLUMNS = [
  { header: "编号", width: 7, value: (row: ProblemRow) => row.id },
  { header: "企业", width: 16, value: (row: ProblemRow) => row.enterprise.shortName },
  { header: "党组织", width: 30, value: (row: ProblemRow) => row.partyOrganization.name },
  { header: "阶段", width: 10, value: (row: ProblemRow) => row.phase.name },
  { header: "来源", width: 9, value: (row: ProblemRow) => PROBLEM_SOURCE_LABELS[row.source] },
  { header: "评分条目", width: 20, value: (row: ProblemRow) => row.rubricItem?.title ?? "" },
  { header: "问题描述", width: 50, value: (row: ProblemRow) => row.description },
  { header: "严重程度", width: 8, value: (row: ProblemRow) => PROBLEM_SEVERITY_LABELS[row.severity] },
  { header: "责任人", width: 24, value: (row: ProblemRow) => row.owner },
  { header: "整改期限", width: 14, value: (row: ProblemRow) => formatDate(row.deadline) },
  { header: "状态", width: 9, value: (row: ProblemRow) => PROBLEM_STATUS_LABELS[row.status] },
  { header: "是否逾期", width: 8, value: (row: ProblemRow) => (row.overdue ? "已逾期" : "") },
  { header: "销号时间", width: 18, value: (row: ProblemRow) => (row.closedAt ? formatDateTime(row.closedAt) : "") },
  { header: "反复出现（关联问题编号）", width: 12, value: (row: ProblemRow) => row.recurrenceOfId ?? "" },
] as const;

/** Where the table starts: a title row and a line saying which filters apply come first. */
export const EXPORT_HEADER_ROW = 3;

/** The filtered ledger as an .xlsx workbook: the page's rows, in the page's order. */
export async function problemWorkbook(rows: readonly ProblemRow[], filterText: string, now: Date = new Date()) {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "党建“大观摩”平台";
  workbook.created = now;
  const sheet = workbook.addWorksheet("问题清单", {
    views: [{ state: "frozen", ySplit: EXPORT_HEADER_ROW }],
    pageSetup: { orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, paperSize: 9 },
  });
  sheet.columns = EXPORT_COLUMNS.map((column) => ({ width: column.width }));
  sheet.getCell(1, 1).value = "问题清单（整改台账）";
  sheet.getCell(1, 1).font = { bold: true, size: 14 };
  const overdue = rows.filter((row) => row.overdue).length;
  sheet.getCell(2, 1).value =
    `筛选：${filterText || "全部"}；共 ${rows.length} 个问题，其中逾期 ${overdue} 个；导出时间 ${formatDateTime(now)}`;
  sheet.getCell(2, 1).font = { color: { argb: "FF5D6776" } };

  const header = sheet.getRow(EXPORT_HEADER_ROW);
  header.values = EXPORT_COLUMNS.map((column) => column.header);
  header.font = { bold: true };
  header.alignment = { vertical: "middle", wrapText: true };
  rows.forEach((row, index) => {
    const excelRow = sheet.getRow(EXPORT_HEADER_ROW + 1 + index);
    EXPORT_COLUMNS.forEach((column, columnIndex) => {
      const value = column.value(row);
      excelRow.getCell(columnIndex + 1).value = typeof value === "string" ? spreadsheetText(value) : value;
    });
    excelRow.alignment = { vertical: "top", wrapText: true };
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
