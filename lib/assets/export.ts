import "server-only";
import ExcelJS from "exceljs";
import { formatDateTime, formatMonth } from "@/lib/format";
import { monthIndex } from "@/lib/assets/months";
import { ratePercent, type MonthTotal, type ProgressFigures } from "@/lib/assets/progress";
import type { FigureMatrix } from "@/lib/assets/queries";
import { FIGURES_HEADER_ROW, FIGURES_SHEET, TARGETS_SHEET, TOTAL_ROW_LABEL } from "@/lib/assets/export-layout";
import { spreadsheetText } from "@/lib/security/spreadsheet-text";

type Decimalish = { toFixed(digits: number): string };
const money = (value: Decimalish) => Number(value.toFixed(2));

/**
 * Enterprises × months with a totals row, and the target figures: the same SQL sums and the same
 * rounding as the asset progress page. A month not every counting enterprise filed has no total
 * (as on the page); its cell says how many filed.
 */
export async function assetWorkbook(
  matrix: FigureMatrix,
  monthTotals: readonly MonthTotal[],
  figures: ProgressFigures,
  now: Date = new Date(),
) {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "党建“大观摩”平台";
  workbook.created = now;
  const sheet = workbook.addWorksheet(FIGURES_SHEET, {
    views: [{ state: "frozen", xSplit: 1, ySplit: FIGURES_HEADER_ROW }],
    pageSetup: { orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, paperSize: 9 },
  });
  sheet.getColumn(1).width = 30;
  matrix.months.forEach((_, index) => (sheet.getColumn(index + 2).width = 12));

  sheet.getCell(1, 1).value = "计入目标企业月末资产总额（亿元）";
  sheet.getCell(1, 1).font = { bold: true, size: 14 };
  sheet.getCell(2, 1).value =
    `合计只计算全部 ${figures.countingEnterprises} 家计入目标企业均已填报的月份；未报齐的月份不合计、不补值。` +
    `导出时间 ${formatDateTime(now)}`;
  sheet.getCell(2, 1).font = { color: { argb: "FF5D6776" } };

  const header = sheet.getRow(FIGURES_HEADER_ROW);
  header.values = ["企业", ...matrix.months.map((month) => formatMonth(month))];
  header.font = { bold: true };

  matrix.enterprises.forEach((enterprise, index) => {
    const row = sheet.getRow(FIGURES_HEADER_ROW + 1 + index);
    row.getCell(1).value = spreadsheetText(enterprise.name);
    enterprise.values.forEach((value, column) => {
      const cell = row.getCell(column + 2);
      cell.value = value === null ? null : money(value);
      cell.numFmt = "#,##0.00";
    });
  });

  const totals = new Map(monthTotals.map((month) => [monthIndex(month.month), month]));
  const totalRow = sheet.getRow(FIGURES_HEADER_ROW + 1 + matrix.enterprises.length);
  totalRow.getCell(1).value = TOTAL_ROW_LABEL;
  totalRow.font = { bold: true };
  matrix.months.forEach((month, column) => {
    const cell = totalRow.getCell(column + 2);
    const total = totals.get(monthIndex(month));
    const complete = total !== undefined && total.filed >= figures.countingEnterprises && total.filed > 0;
    cell.value = complete ? money(total.total) : `未报齐（${total?.filed ?? 0}/${figures.countingEnterprises}）`;
    cell.numFmt = "#,##0.00";
    cell.border = { top: { style: "thin" } };
  });

  addTargetsSheet(workbook, figures);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function addTargetsSheet(workbook: ExcelJS.Workbook, figures: ProgressFigures) {
  const sheet = workbook.addWorksheet(TARGETS_SHEET);
  sheet.columns = [14, 14, 12, 14, 10, 16, 16, 10].map((width) => ({ width }));
  const asOf = figures.asOf;
  sheet.getCell(1, 1).value = asOf
    ? `截至${formatMonth(asOf.month)}末资产总额 ${asOf.total.toFixed(2)} 亿元`
    : "还没有全部企业报齐的月份";
  sheet.getCell(1, 1).font = { bold: true };
  sheet.getRow(2).values = [
    "目标年份",
    "目标（亿元）",
    "完成比例（%）",
    "差距（亿元）",
    "剩余月数",
    "所需年均增速（%）",
    "近12个月年化增速（%）",
    "进度",
  ];
  sheet.getRow(2).font = { bold: true };
  const achieved = ratePercent(figures.achieved?.rate ?? null);
  figures.targets.forEach((target, index) => {
    sheet.getRow(3 + index).values = [
      target.year,
      money(target.amount),
      Number(target.percent),
      money(target.gap),
      Math.max(0, target.monthsLeft),
      target.required === null ? "无法按期达成" : Number(ratePercent(target.required)),
      achieved === null ? "—" : Number(achieved),
      target.onTrack === null ? "无法判断" : target.onTrack ? "按期可达" : "落后",
    ];
  });
}
