/** The asset import sheet: one row per enterprise and month. */
export const ASSET_IMPORT_SHEET = "资产数据";
export const MAX_ASSET_IMPORT_ROWS = 2000;
export const MAX_ASSET_IMPORT_BYTES = 5 * 1024 * 1024;

export const ASSET_IMPORT_COLUMNS = [
  { key: "enterprise", header: "企业", width: 34, note: "企业全称或简称，须为计入资产目标的企业" },
  { key: "month", header: "月份", width: 12, note: "如 2022-12（填该月末的资产总额）；不能是未来月份" },
  { key: "totalAssets", header: "资产总额（亿元）", width: 18, note: "单位亿元，最多两位小数，如 2512.36" },
  { key: "correct", header: "更正", width: 8, note: "该月已填报且要改为本行数值时填“是”；其余留空" },
] as const;

export type AssetImportKey = (typeof ASSET_IMPORT_COLUMNS)[number]["key"];
export type AssetImportRow = { rowNumber: number; values: Record<AssetImportKey, string> };
