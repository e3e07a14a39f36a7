import type ExcelJS from "exceljs";

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
