import { z } from "zod";

const id = z.coerce.number({ error: "编号无效" }).int("编号无效").positive("编号无效");
/** Empty select → null (no parent). */
const optionalId = z.preprocess(
  (value) => (value === "" || value === null || value === undefined ? null : value),
  id.nullable(),
);
/** A checkbox: "on" when ticked, absent when not; objects may pass booleans. */
export const checkbox = z.preprocess((value) => value === true || value === "on" || value === "true", z.boolean());
const sortOrder = z.coerce
  .number({ error: "请填写数字" })
  .int("请填写整数")
  .min(0, "不能小于 0")
  .max(9999, "不能大于 9999")
  .default(0);
const active = z.enum(["true", "false"], { error: "状态无效" }).transform((value) => value === "true");

export const ENTERPRISE_CATEGORIES = ["MUNICIPAL", "CENTRAL", "OTHER"] as const;
export const ORG_LEVELS = ["COMMITTEE", "GENERAL_BRANCH", "BRANCH"] as const;

export const enterpriseNameSchema = z.string().trim().min(2, "企业全称至少 2 个字").max(80, "企业全称最多 80 个字");
export const enterpriseShortNameSchema = z.string().trim().min(1, "请填写企业简称").max(20, "企业简称最多 20 个字");
export const orgNameSchema = z.string().trim().min(2, "党组织名称至少 2 个字").max(80, "党组织名称最多 80 个字");
export const memberCountSchema = z.coerce
  .number({ error: "党员人数须为数字" })
  .int("党员人数须为整数")
  .min(0, "党员人数不能为负数")
  .max(100000, "党员人数不能超过 100000");

const enterpriseFields = {
  name: enterpriseNameSchema,
  shortName: enterpriseShortNameSchema,
  category: z.enum(ENTERPRISE_CATEGORIES, { error: "请选择类别" }),
  countsTowardAssetTarget: checkbox,
  sortOrder,
};

export const createEnterpriseSchema = z.object(enterpriseFields);
export const updateEnterpriseSchema = z.object({ enterpriseId: id, ...enterpriseFields });
export const setEnterpriseActiveSchema = z.object({ enterpriseId: id, active });

const orgFields = {
  name: orgNameSchema,
  level: z.enum(ORG_LEVELS, { error: "请选择层级" }),
  memberCount: memberCountSchema.default(0),
  sortOrder,
};

export const createOrgSchema = z.object({ enterpriseId: id, parentId: optionalId, ...orgFields });
export const updateOrgSchema = z.object({ orgId: id, ...orgFields });
export const moveOrgSchema = z.object({ orgId: id, parentId: optionalId });
export const setOrgActiveSchema = z.object({ orgId: id, active });
