import { z } from "zod";

const ROLES = ["ADMIN", "LEADER", "SECRETARY"] as const;

const id = z.coerce.number({ error: "编号无效" }).int("编号无效").positive("编号无效");
/** Empty select → no enterprise. */
const optionalEnterpriseId = z.preprocess(
  (value) => (value === "" || value === null || value === undefined ? null : value),
  id.nullable(),
);

export const usernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(3, "用户名至少 3 个字符")
  .max(32, "用户名最多 32 个字符")
  .regex(/^[a-z0-9][a-z0-9._-]*$/, "用户名只能使用小写字母、数字、点、下划线和连字符，并以字母或数字开头");

export const passwordSchema = z.string().min(10, "密码至少 10 个字符").max(128, "密码最多 128 个字符");

const profileFields = {
  displayName: z.string().trim().min(1, "请填写姓名").max(40, "姓名最多 40 个字"),
  title: z.string().trim().max(60, "职务最多 60 个字").default(""),
  role: z.enum(ROLES, { error: "请选择角色" }),
  enterpriseId: optionalEnterpriseId,
};

/** A secretary is bound to one enterprise; the database also holds this with a CHECK. */
function secretaryNeedsEnterprise<T extends { role: string; enterpriseId: number | null }>(
  value: T,
  ctx: z.RefinementCtx,
) {
  if (value.role === "SECRETARY" && value.enterpriseId === null) {
    ctx.addIssue({ code: "custom", path: ["enterpriseId"], message: "企业党委书记必须选择所属企业" });
  }
}

export const createUserSchema = z
  .object({ username: usernameSchema, password: passwordSchema, ...profileFields })
  .superRefine(secretaryNeedsEnterprise);

export const updateUserSchema = z.object({ userId: id, ...profileFields }).superRefine(secretaryNeedsEnterprise);

export const setUserActiveSchema = z.object({
  userId: id,
  active: z.enum(["true", "false"], { error: "状态无效" }).transform((value) => value === "true"),
});

export const resetPasswordSchema = z.object({ userId: id, password: passwordSchema });
