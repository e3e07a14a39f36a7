import { Prisma } from "@/lib/generated/prisma/client";
import { formatYi } from "@/lib/format";
import { monthKey } from "@/lib/assets/months";
import { monthSchema, yiSchema } from "@/lib/assets/schemas";
import type { AssetImportRow } from "@/lib/assets/import/columns";

export type ImportEnterprise = { id: number; name: string; shortName: string };
export type PlannedFigure = {
  rowNumber: number;
  enterpriseId: number;
  month: Date;
  totalAssets: string;
  correct: boolean;
};

export type AssetValidation =
  { ok: true; figures: PlannedFigure[] } | { ok: false; rowErrors: { rowNumber: number; messages: string[] }[] };

const YES = new Set(["是", "Y", "y", "yes", "YES", "1", "true", "TRUE"]);
const NO = new Set(["", "否", "N", "n", "no", "NO", "0", "false", "FALSE"]);

/** "2022-12", "2022/12", "2022.12", "2022年12月", or a date cell (its month) → "2022-12". */
function normaliseMonth(text: string): string {
  const match = /^(\d{4})\s*[-/.年]\s*(\d{1,2})(?:\s*月)?(?:[-/.]\d{1,2}(?:T.*)?)?$/.exec(text.trim());
  return match ? `${match[1]}-${match[2]!.padStart(2, "0")}` : text;
}

/**
 * Checks every row before anything is written: the enterprise counts toward the target, the month
 * is a past or current month, the value is 亿元 with at most two decimals, no enterprise-month
 * appears twice, and a month already filed with another value is only overwritten when the row
 * says 更正. `existing` maps "enterpriseId:YYYY-MM" to the stored value.
 */
export function validateAssetRows(
  rows: readonly AssetImportRow[],
  enterprises: readonly ImportEnterprise[],
  existing: ReadonlyMap<string, Prisma.Decimal>,
  now: () => Date = () => new Date(),
): AssetValidation {
  const byName = new Map<string, ImportEnterprise>();
  for (const enterprise of enterprises) {
    byName.set(enterprise.name, enterprise);
    if (!byName.has(enterprise.shortName)) byName.set(enterprise.shortName, enterprise);
  }
  const month = monthSchema(now);
  const seen = new Map<string, number>();
  const figures: PlannedFigure[] = [];
  const rowErrors: { rowNumber: number; messages: string[] }[] = [];

  for (const row of rows) {
    const messages: string[] = [];
    const enterprise = byName.get(row.values.enterprise.trim());
    if (!row.values.enterprise.trim()) messages.push("请填写企业");
    else if (!enterprise) messages.push(`“${row.values.enterprise}”不是计入资产目标的企业`);

    const parsedMonth = month.safeParse(normaliseMonth(row.values.month));
    if (!parsedMonth.success) messages.push(`月份：${parsedMonth.error.issues[0]?.message ?? "无效"}`);
    const value = yiSchema.safeParse(row.values.totalAssets);
    if (!value.success) messages.push(`资产总额：${value.error.issues[0]?.message ?? "无效"}`);

    const correctText = row.values.correct.trim();
    const correct = YES.has(correctText);
    if (!correct && !NO.has(correctText)) messages.push("更正：请填“是”或留空");

    if (enterprise && parsedMonth.success) {
      const key = `${enterprise.id}:${monthKey(parsedMonth.data)}`;
      const earlier = seen.get(key);
      if (earlier !== undefined) messages.push(`与第 ${earlier} 行重复（同一企业同一月份）`);
      else seen.set(key, row.rowNumber);
      const stored = existing.get(key);
      if (stored && value.success && !correct && !stored.equals(value.data)) {
        messages.push(`该月已填报 ${formatYi(stored)}；如需改为本行数值，请在“更正”列填“是”`);
      }
    }

    if (messages.length > 0) rowErrors.push({ rowNumber: row.rowNumber, messages });
    else if (enterprise && parsedMonth.success && value.success) {
      figures.push({
        rowNumber: row.rowNumber,
        enterpriseId: enterprise.id,
        month: parsedMonth.data,
        totalAssets: value.data,
        // A row equal to the stored value changes nothing; a different one is a correction.
        correct: true,
      });
    }
  }
  return rowErrors.length > 0 ? { ok: false, rowErrors } : { ok: true, figures };
}
