import { z } from "zod";
import type { EnterpriseCategory, OrgLevel } from "@/lib/generated/prisma/enums";
import { enterpriseNameSchema, enterpriseShortNameSchema, orgNameSchema } from "@/lib/enterprises/schemas";
import { levelFitsUnder, levelMessage } from "@/lib/enterprises/tree";
import { CATEGORY_WORDS, LEVEL_WORDS, YES_NO_WORDS, type ImportRawRow } from "@/lib/import/columns";

/** What the database already holds for the enterprises the file names (read under their locks). */
export type ExistingEnterprise = {
  id: number;
  name: string;
  shortName: string;
  category: EnterpriseCategory;
  countsTowardAssetTarget: boolean;
  isActive: boolean;
};
export type ExistingOrg = { id: number; enterpriseId: number; name: string; level: OrgLevel; isActive: boolean };
export type ExistingData = { enterprises: readonly ExistingEnterprise[]; orgs: readonly ExistingOrg[] };

export type PlannedEnterprise = {
  name: string;
  shortName: string;
  category: EnterpriseCategory;
  countsTowardAssetTarget: boolean;
  rowNumber: number;
};
export type PlannedOrg = {
  rowNumber: number;
  enterpriseName: string;
  /** Set for an enterprise already in the database. */
  enterpriseId: number | null;
  name: string;
  level: OrgLevel;
  memberCount: number;
  parent: { id: number } | { name: string } | null;
};
export type ImportPlan = { enterprises: PlannedEnterprise[]; orgs: PlannedOrg[] };
export type RowError = { rowNumber: number; messages: string[] };
export type Validation = { ok: true; plan: ImportPlan } | { ok: false; rowErrors: RowError[] };

const optional = <T extends z.ZodType>(schema: T) => z.union([z.literal(""), schema]);
const word = <W extends Record<string, unknown>>(words: W, message: string) =>
  z.string().refine((value): value is Extract<keyof W, string> => Object.hasOwn(words, value), { message });

const rowSchema = z.object({
  enterpriseName: enterpriseNameSchema,
  enterpriseShortName: optional(enterpriseShortNameSchema),
  category: optional(word(CATEGORY_WORDS, "类别须为“市属企业”“驻惠央企”或“其他单位”")),
  countsTowardAssetTarget: optional(word(YES_NO_WORDS, "计入资产目标须填“是”或“否”")),
  orgName: orgNameSchema,
  level: z.string().min(1, "请填写层级").pipe(word(LEVEL_WORDS, "层级须为“党委”“党组”“党总支”或“党支部”")),
  parentName: optional(z.string().max(80, "上级党组织名称最多 80 个字")),
  memberCount: z
    .string()
    .regex(/^\d*$/, "党员人数须为不小于 0 的整数")
    .transform((value) => (value === "" ? 0 : Number(value)))
    .pipe(z.number().max(100000, "党员人数不能超过 100000")),
});
type ParsedRow = z.output<typeof rowSchema> & { rowNumber: number };

/**
 * Checks every row of an import before anything is written: each row on its own (zod), then the
 * rows together and against the database (enterprise details agree, names are unique within an
 * enterprise, each parent exists in the same enterprise and is of a higher level). Answers either
 * a plan to write or every row's errors, in Chinese, by Excel row number.
 */
export function validateImportRows(rows: readonly ImportRawRow[], existing: ExistingData): Validation {
  const errors = new Map<number, string[]>();
  const fail = (rowNumber: number, message: string) =>
    errors.set(rowNumber, [...(errors.get(rowNumber) ?? []), message]);

  const parsed: ParsedRow[] = [];
  for (const row of rows) {
    const result = rowSchema.safeParse(row.values);
    if (result.success) parsed.push({ ...result.data, rowNumber: row.rowNumber });
    else for (const issue of result.error.issues) fail(row.rowNumber, issue.message);
  }

  const byEnterprise = new Map<string, ParsedRow[]>();
  for (const row of parsed)
    byEnterprise.set(row.enterpriseName, [...(byEnterprise.get(row.enterpriseName) ?? []), row]);
  const existingByName = new Map(existing.enterprises.map((enterprise) => [enterprise.name, enterprise]));

  const plan: ImportPlan = { enterprises: [], orgs: [] };
  for (const [enterpriseName, group] of byEnterprise) {
    const known = existingByName.get(enterpriseName);
    if (known) checkKnownEnterprise(known, group, fail);
    else {
      const planned = planNewEnterprise(enterpriseName, group, fail);
      if (planned) plan.enterprises.push(planned);
    }
    plan.orgs.push(...planOrgs(group, known ?? null, existing, byEnterprise, fail));
  }

  if (errors.size > 0) {
    const rowErrors = [...errors]
      .map(([rowNumber, messages]) => ({ rowNumber, messages }))
      .sort((a, b) => a.rowNumber - b.rowNumber);
    return { ok: false, rowErrors };
  }
  return { ok: true, plan };
}

type Fail = (rowNumber: number, message: string) => void;

function checkKnownEnterprise(known: ExistingEnterprise, group: ParsedRow[], fail: Fail) {
  for (const row of group) {
    if (!known.isActive) fail(row.rowNumber, `企业「${known.name}」已停用，不能导入党组织`);
    if (row.enterpriseShortName && row.enterpriseShortName !== known.shortName) {
      fail(row.rowNumber, `企业简称与系统中已有的「${known.shortName}」不一致（已有企业可不填简称）`);
    }
    if (row.category && CATEGORY_WORDS[row.category] !== known.category) {
      fail(row.rowNumber, "类别与系统中该企业的类别不一致");
    }
    if (row.countsTowardAssetTarget && YES_NO_WORDS[row.countsTowardAssetTarget] !== known.countsTowardAssetTarget) {
      fail(row.rowNumber, "计入资产目标与系统中该企业的设置不一致");
    }
  }
}

/** The one value a column takes across an enterprise's rows; rows that differ from the first are errors. */
function agreed<T extends string>(group: ParsedRow[], pick: (row: ParsedRow) => T | "", label: string, fail: Fail) {
  const first = group.find((row) => pick(row) !== "");
  if (!first) return null;
  for (const row of group) {
    const value = pick(row);
    if (value !== "" && value !== pick(first))
      fail(row.rowNumber, `同一企业的${label}须一致（第 ${first.rowNumber} 行为「${pick(first)}」）`);
  }
  return pick(first) as T;
}

function planNewEnterprise(name: string, group: ParsedRow[], fail: Fail): PlannedEnterprise | null {
  const firstRow = group[0]!.rowNumber;
  const shortName = agreed(group, (row) => row.enterpriseShortName, "企业简称", fail);
  const category = agreed(group, (row) => row.category, "类别", fail);
  const counts = agreed(group, (row) => row.countsTowardAssetTarget, "计入资产目标", fail);
  if (!shortName) fail(firstRow, `新企业「${name}」须填写企业简称`);
  if (!category) fail(firstRow, `新企业「${name}」须填写类别`);
  if (!shortName || !category) return null;
  const categoryValue = CATEGORY_WORDS[category];
  return {
    name,
    shortName,
    category: categoryValue,
    countsTowardAssetTarget: counts ? YES_NO_WORDS[counts] : categoryValue === "MUNICIPAL",
    rowNumber: firstRow,
  };
}

function planOrgs(
  group: ParsedRow[],
  known: ExistingEnterprise | null,
  existing: ExistingData,
  byEnterprise: ReadonlyMap<string, ParsedRow[]>,
  fail: Fail,
): PlannedOrg[] {
  const inDatabase = new Map(
    existing.orgs.filter((org) => known && org.enterpriseId === known.id).map((org) => [org.name, org]),
  );
  const inFile = new Map<string, ParsedRow>();
  for (const row of group) {
    const earlier = inFile.get(row.orgName);
    if (earlier) fail(row.rowNumber, `党组织「${row.orgName}」与第 ${earlier.rowNumber} 行重名`);
    else inFile.set(row.orgName, row);
    if (inDatabase.has(row.orgName)) fail(row.rowNumber, `系统中该企业已有党组织「${row.orgName}」`);
  }

  return group.map((row) => {
    const level = LEVEL_WORDS[row.level];
    let parent: PlannedOrg["parent"] = null;
    if (row.parentName) {
      const parentName = row.parentName;
      const fromFile = inFile.get(parentName);
      const fromDatabase = inDatabase.get(parentName);
      if (parentName === row.orgName) fail(row.rowNumber, "上级党组织不能是它自己");
      else if (fromFile) {
        parent = { name: parentName };
        const parentLevel = LEVEL_WORDS[fromFile.level];
        if (!levelFitsUnder(parentLevel, level)) fail(row.rowNumber, levelMessage(parentName, parentLevel, level));
      } else if (fromDatabase) {
        parent = { id: fromDatabase.id };
        if (!fromDatabase.isActive) fail(row.rowNumber, `上级党组织「${parentName}」已停用`);
        if (!levelFitsUnder(fromDatabase.level, level))
          fail(row.rowNumber, levelMessage(parentName, fromDatabase.level, level));
      } else {
        const elsewhere = [...byEnterprise].find(
          ([name, rows]) => name !== row.enterpriseName && rows.some((other) => other.orgName === parentName),
        );
        fail(
          row.rowNumber,
          elsewhere
            ? `上级党组织「${parentName}」属于另一企业「${elsewhere[0]}」，上级须为同一企业的党组织`
            : `找不到上级党组织「${parentName}」：须为本表中或系统中同一企业的党组织`,
        );
      }
    }
    return {
      rowNumber: row.rowNumber,
      enterpriseName: row.enterpriseName,
      enterpriseId: known?.id ?? null,
      name: row.orgName,
      level,
      memberCount: row.memberCount,
      parent,
    };
  });
}
