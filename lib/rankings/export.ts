import "server-only";
import ExcelJS from "exceljs";
import { formatDateTime } from "@/lib/format";
import { ENTERPRISE_CATEGORY_LABELS, SCORE_METHOD_LABELS } from "@/lib/labels";
import type { RankingPhase, RankingRow } from "@/lib/rankings/queries";
import { tierRuleText } from "@/lib/rankings/tier-text";
import { spreadsheetText } from "@/lib/security/spreadsheet-text";

/** The columns of the export: Chinese headers; decimals are written as numbers shown with 2 decimals. */
export const EXPORT_COLUMNS = [
  { header: "排名", width: 6, value: (row: RankingRow) => row.rank },
  { header: "党组织", width: 34, value: (row: RankingRow) => row.organizationName },
  { header: "所属企业", width: 30, value: (row: RankingRow) => row.enterpriseName },
  { header: "企业类别", width: 10, value: (row: RankingRow) => ENTERPRISE_CATEGORY_LABELS[row.enterpriseCategory] },
  { header: "得分", width: 9, decimals: true, value: (row: RankingRow) => row.score },
  { header: "平均分", width: 9, decimals: true, value: (row: RankingRow) => row.mean },
  { header: "去最高最低分平均", width: 10, decimals: true, value: (row: RankingRow) => row.trimmedMean },
  { header: "中位数", width: 9, decimals: true, value: (row: RankingRow) => row.median },
  { header: "标准差", width: 9, decimals: true, value: (row: RankingRow) => row.standardDeviation },
  { header: "最低分", width: 9, decimals: true, value: (row: RankingRow) => row.min },
  { header: "最高分", width: 9, decimals: true, value: (row: RankingRow) => row.max },
  { header: "评分表份数", width: 8, value: (row: RankingRow) => row.scorerCount },
  { header: "档次", width: 8, value: (row: RankingRow) => row.tier ?? "未分类" },
] as const;

/** Where the table starts: a title row and a line of rules come first. */
export const EXPORT_HEADER_ROW = 3;

type Cell = ReturnType<(typeof EXPORT_COLUMNS)[number]["value"]>;

function cellValue(value: Cell, decimals: boolean): string | number | null {
  if (value === null) return null;
  if (typeof value === "string") return spreadsheetText(value);
  if (typeof value === "number") return value;
  // The value the page shows (rounded half away from zero to 2 decimals), as an Excel number.
  return decimals ? Number(value.toFixed(2)) : Number(value.toString());
}

/** The ranking rows as an .xlsx workbook, the same rows and rounding as the rankings page. */
export async function rankingWorkbook(phase: RankingPhase, rows: readonly RankingRow[], now: Date = new Date()) {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "党建“大观摩”平台";
  workbook.created = now;
  const sheet = workbook.addWorksheet("排名", {
    views: [{ state: "frozen", ySplit: EXPORT_HEADER_ROW }],
    pageSetup: { orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, paperSize: 9 },
  });
  sheet.columns = EXPORT_COLUMNS.map((column) => ({ width: column.width }));

  sheet.getCell(1, 1).value = `${phase.campaign.name} · ${phase.name}排名`;
  sheet.getCell(1, 1).font = { bold: true, size: 14 };
  sheet.getCell(2, 1).value =
    `得分：${SCORE_METHOD_LABELS[phase.scoreMethod]}` +
    (phase.scoreMethod === "TRIMMED_MEAN" ? `（不少于 ${phase.trimMinScorers} 份时）` : "") +
    `；分类：${tierRuleText(phase) || "未设置"}；同分并列；导出时间 ${formatDateTime(now)}`;
  sheet.getCell(2, 1).font = { color: { argb: "FF5D6776" } };

  const header = sheet.getRow(EXPORT_HEADER_ROW);
  header.values = EXPORT_COLUMNS.map((column) => column.header);
  header.font = { bold: true };
  header.alignment = { vertical: "middle", wrapText: true };
  header.eachCell((cell) => {
    cell.border = { bottom: { style: "thin" } };
  });

  rows.forEach((row, index) => {
    const excelRow = sheet.getRow(EXPORT_HEADER_ROW + 1 + index);
    EXPORT_COLUMNS.forEach((column, columnIndex) => {
      const cell = excelRow.getCell(columnIndex + 1);
      const decimals = "decimals" in column && column.decimals;
      cell.value = cellValue(column.value(row), decimals);
      if (decimals) cell.numFmt = "0.00";
    });
  });

  return Buffer.from(await workbook.xlsx.writeBuffer());
}
