import ExcelJS from "exceljs";
import {
  CATEGORY_WORDS,
  IMPORT_COLUMNS,
  IMPORT_SHEET_NAME,
  LEVEL_WORDS,
  MAX_IMPORT_ROWS,
  YES_NO_WORDS,
} from "@/lib/import/columns";

const EXAMPLE = [
  ["惠州市示例集团有限公司", "示例集团", "市属企业", "是", "惠州市示例集团有限公司党委", "党委", "", ""],
  ["惠州市示例集团有限公司", "", "", "", "示例集团生产板块党总支", "党总支", "惠州市示例集团有限公司党委", ""],
  ["惠州市示例集团有限公司", "", "", "", "示例集团第一车间党支部", "党支部", "示例集团生产板块党总支", "26"],
  ["惠州市示例集团有限公司", "", "", "", "示例集团机关党支部", "党支部", "惠州市示例集团有限公司党委", "31"],
];

const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFEE2E2" } };

/** Drop-down lists on the columns that take fixed words, so typing mistakes are caught in Excel already. */
function addChoices(sheet: ExcelJS.Worksheet, header: string, words: readonly string[], lastRow: number) {
  const index = IMPORT_COLUMNS.findIndex((column) => column.header === header) + 1;
  const letter = sheet.getColumn(index).letter;
  for (let row = 2; row <= lastRow; row++) {
    sheet.getCell(`${letter}${row}`).dataValidation = {
      type: "list",
      allowBlank: true,
      formulae: [`"${words.join(",")}"`],
      showErrorMessage: true,
      errorTitle: "请从列表中选择",
      error: `可填：${words.join("、")}`,
    };
  }
}

/**
 * The template to download: the import sheet with its headers (each with a note), drop-downs for
 * fixed words, and a second sheet with the rules and a worked example.
 */
export async function buildImportTemplate(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "党建“大观摩”平台";
  const sheet = workbook.addWorksheet(IMPORT_SHEET_NAME, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = IMPORT_COLUMNS.map((column) => ({ header: column.header, key: column.key, width: column.width }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.fill = HEADER_FILL;
  IMPORT_COLUMNS.forEach((column, index) => {
    header.getCell(index + 1).note = column.note;
  });
  const lastRow = Math.min(MAX_IMPORT_ROWS + 1, 501);
  addChoices(sheet, "类别", Object.keys(CATEGORY_WORDS), lastRow);
  addChoices(sheet, "计入资产目标", Object.keys(YES_NO_WORDS), lastRow);
  addChoices(
    sheet,
    "层级",
    Object.keys(LEVEL_WORDS).filter((word) => !word.includes("/")),
    lastRow,
  );

  const help = workbook.addWorksheet("填写说明");
  help.getColumn(1).width = 110;
  const lines = [
    "企业与党组织导入模板 · 填写说明",
    "",
    "1. 在“导入数据”表中从第 2 行起填写，每行一个党组织；同一企业的每一行都填写企业全称。",
    "2. 系统中已有的企业按“企业全称”匹配，其党组织会添加到该企业下；新企业须在某一行填写企业简称和类别。",
    "3. 层级：党委 / 党组 → 党总支 → 党支部。上级党组织须为同一企业的党组织，且层级高于本党组织；顶层党组织不填上级。",
    "4. 同一企业内党组织不能重名，也不能与系统中该企业已有的党组织重名。",
    `5. 上传前系统会逐行检查：只要有一行不符合要求，就不导入任何数据，并按行号列出每行的问题。一次最多 ${MAX_IMPORT_ROWS} 行，文件不超过 5 MB。`,
    "6. 不要修改第 1 行的表头。",
    "",
    "示例见“示例”工作表，可复制到“导入数据”表试用（导入只读取“导入数据”表）。",
  ];
  for (const line of lines) help.addRow([line]);
  help.getRow(1).font = { bold: true, size: 14 };
  const example = workbook.addWorksheet("示例", { views: [{ state: "frozen", ySplit: 1 }] });
  example.columns = IMPORT_COLUMNS.map((column) => ({ header: column.header, key: column.key, width: column.width }));
  example.getRow(1).font = { bold: true };
  for (const row of EXAMPLE) example.addRow(row);

  return Buffer.from(await workbook.xlsx.writeBuffer());
}
