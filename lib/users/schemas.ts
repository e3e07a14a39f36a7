import { z } from "zod";
import { idField, optionalIdField } from "@/lib/actions/number-fields";
import { passwordProblem } from "@/lib/auth/password-policy";

const ROLES = ["ADMIN", "LEADER", "SECRETARY"] as const;

const id = idField();
/** Empty select → no enterprise. */
const optionalEnterpriseId = optionalIdField();

export const usernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(3, "用户名至少 3 个字符")
  .max(32, "用户名最多 32 个字符")
  .regex(/^[a-z0-9][a-z0-9._-]*$/, "用户名只能使用小写字母、数字、点、下划线和连字符，并以字母或数字开头");

/** The password policy (lib/auth/password-policy.ts): length, common passwords, variety. */
export const passwordSchema = z.string({ error: "请填写密码" }).superRefine((value, ctx) => {
  const problem = passwordProblem(value);
  if (problem) ctx.addIssue({ code: "custom", message: problem });
});

/** The password must not contain the account's username. */
function passwordAvoidsUsername<T extends { username: string; password: string }>(value: T, ctx: z.RefinementCtx) {
  if (!passwordProblem(value.password)) {
    const problem = passwordProblem(value.password, { username: value.username });
    if (problem) ctx.addIssue({ code: "custom", path: ["password"], message: problem });
  }
}

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
  .superRefine(secretaryNeedsEnterprise)
  .superRefine(passwordAvoidsUsername);

export const updateUserSchema = z.object({ userId: id, ...profileFields }).superRefine(secretaryNeedsEnterprise);

export const setUserActiveSchema = z.object({
  userId: id,
  active: z.enum(["true", "false"], { error: "状态无效" }).transform((value) => value === "true"),
});

export const resetPasswordSchema = z.object({ userId: id, password: passwordSchema });

export const changeOwnPasswordSchema = z
  .object({
    currentPassword: z.string({ error: "请填写当前密码" }).min(1, "请填写当前密码").max(256, "当前密码不正确"),
    newPassword: passwordSchema,
    confirmPassword: z.string().max(256).default(""),
  })
  .superRefine((value, ctx) => {
    if (value.confirmPassword !== value.newPassword) {
      ctx.addIssue({ code: "custom", path: ["confirmPassword"], message: "两次输入的新密码不一致" });
    }
  });

const totpCodeField = z
  .string({ error: "请输入 6 位动态验证码" })
  .transform((value) => value.replace(/\s/g, ""))
  .pipe(z.string().regex(/^\d{6}$/, "请输入认证器上显示的 6 位数字"));

export const totpCodeSchema = z.object({ code: totpCodeField });
