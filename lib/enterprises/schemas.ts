import { z } from "zod";
import { idField, optionalIdField, wholeNumberField } from "@/lib/actions/number-fields";

const id = idField();
/** Empty select → null (no parent). */
const optionalId = optionalIdField();
/** A checkbox: "on" when ticked, absent when not; objects may pass booleans. */
export const checkbox = z.preprocess((value) => value === true || value === "on" || value === "true", z.boolean());
const sortOrder = wholeNumberField({
  message: "请填写数字",
  wholeMessage: "请填写整数",
  min: 0,
  minMessage: "不能小于 0",
  max: 9999,
  maxMessage: "不能大于 9999",
  default: 0,
});
const active = z.enum(["true", "false"], { error: "状态无效" }).transform((value) => value === "true");

export const ENTERPRISE_CATEGORIES = ["MUNICIPAL", "CENTRAL", "OTHER"] as const;
export const ORG_LEVELS = ["COMMITTEE", "GENERAL_BRANCH", "BRANCH"] as const;

export const enterpriseNameSchema = z.string().trim().min(2, "企业全称至少 2 个字").max(80, "企业全称最多 80 个字");
export const enterpriseShortNameSchema = z.string().trim().min(1, "请填写企业简称").max(20, "企业简称最多 20 个字");
export const orgNameSchema = z.string().trim().min(2, "党组织名称至少 2 个字").max(80, "党组织名称最多 80 个字");
const MEMBER_COUNT = {
  message: "党员人数须为数字",
  wholeMessage: "党员人数须为整数",
  min: 0,
  minMessage: "党员人数不能为负数",
  max: 100000,
  maxMessage: "党员人数不能超过 100000",
};
export const memberCountSchema = wholeNumberField(MEMBER_COUNT);

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
  memberCount: wholeNumberField({ ...MEMBER_COUNT, default: 0 }),
  sortOrder,
};

export const createOrgSchema = z.object({ enterpriseId: id, parentId: optionalId, ...orgFields });
export const updateOrgSchema = z.object({ orgId: id, ...orgFields });
export const moveOrgSchema = z.object({ orgId: id, parentId: optionalId });
export const setOrgActiveSchema = z.object({ orgId: id, active });
