/**
 * The columns of the enterprise and party organisation import sheet, in template order. One row
 * is one party organisation; the enterprise columns repeat on each row of that enterprise.
 */
export const IMPORT_COLUMNS = [
  { key: "enterpriseName", header: "企业全称", width: 38, note: "必填。系统中已有的企业按全称匹配，新企业将被创建" },
  {
    key: "enterpriseShortName",
    header: "企业简称",
    width: 14,
    note: "新企业必填（同一企业填一次即可）；已有企业可不填",
  },
  { key: "category", header: "类别", width: 12, note: "市属企业 / 驻惠央企 / 其他单位；新企业必填" },
  {
    key: "countsTowardAssetTarget",
    header: "计入资产目标",
    width: 14,
    note: "是 / 否；不填时市属企业为“是”，其他为“否”",
  },
  { key: "orgName", header: "党组织名称", width: 38, note: "必填，同一企业内不能重名" },
  { key: "level", header: "层级", width: 10, note: "必填：党委 / 党组 / 党总支 / 党支部" },
  {
    key: "parentName",
    header: "上级党组织",
    width: 38,
    note: "同一企业内的党组织全称（本表中或系统中已有）；顶层党组织不填",
  },
  { key: "memberCount", header: "党员人数", width: 10, note: "不小于 0 的整数；不填为 0" },
] as const;

export type ImportColumnKey = (typeof IMPORT_COLUMNS)[number]["key"];
export type ImportRawRow = { rowNumber: number; values: Record<ImportColumnKey, string> };

export const IMPORT_SHEET_NAME = "导入数据";
export const CATEGORY_WORDS = { 市属企业: "MUNICIPAL", 驻惠央企: "CENTRAL", 其他单位: "OTHER" } as const;
export const LEVEL_WORDS = {
  党委: "COMMITTEE",
  党组: "COMMITTEE",
  "党委/党组": "COMMITTEE",
  党总支: "GENERAL_BRANCH",
  党支部: "BRANCH",
} as const;
export const YES_NO_WORDS = { 是: true, 否: false } as const;

/** Uploads larger than this are refused before they are read. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
/** More rows than this belong in several files (one transaction stays short). */
export const MAX_IMPORT_ROWS = 2000;
