"use server";

import { defineAction } from "@/lib/actions/define-action";
import { hashPassword } from "@/lib/auth/password";
import { conflict, invalid, notFound } from "@/lib/errors";
import type { Transaction } from "@/lib/prisma-client";
import { createUserSchema, resetPasswordSchema, setUserActiveSchema, updateUserSchema } from "@/lib/users/schemas";

const USER_AUDIT_FIELDS = {
  id: true,
  username: true,
  displayName: true,
  title: true,
  role: true,
  enterpriseId: true,
  isActive: true,
} as const;

async function loadUser(tx: Transaction, userId: number) {
  const user = await tx.user.findUnique({ where: { id: userId }, select: USER_AUDIT_FIELDS });
  if (!user) throw notFound("用户");
  return user;
}

async function assertEnterpriseExists(tx: Transaction, enterpriseId: number | null) {
  if (enterpriseId === null) return;
  const found = await tx.enterprise.count({ where: { id: enterpriseId } });
  if (!found) throw invalid("请检查填写的内容", { enterpriseId: ["所选企业不存在"] });
}

export const createUserAction = defineAction({
  name: "createUser",
  schema: createUserSchema,
  permission: "user.manage",
  async run({ input, tx, audit }) {
    await assertEnterpriseExists(tx, input.enterpriseId);
    if (await tx.user.count({ where: { username: input.username } })) {
      throw invalid("请检查填写的内容", { username: ["该用户名已被使用"] });
    }
    const { password, ...profile } = input;
    const user = await tx.user.create({
      data: { ...profile, passwordHash: await hashPassword(password), mustChangePassword: true },
      select: USER_AUDIT_FIELDS,
    });
    await audit({ action: "user.create", entityType: "User", entityId: user.id, after: user });
    return { id: user.id };
  },
  revalidate: () => ["/admin/users"],
});

export const updateUserAction = defineAction({
  name: "updateUser",
  schema: updateUserSchema,
  permission: "user.manage",
  async run({ input, user: actor, tx, audit }) {
    const before = await loadUser(tx, input.userId);
    await assertEnterpriseExists(tx, input.enterpriseId);
    if (before.id === actor.id && input.role !== before.role) {
      throw conflict("不能修改自己的角色，请由其他管理员操作");
    }
    const { userId, ...profile } = input;
    const accessChanged = profile.role !== before.role || profile.enterpriseId !== before.enterpriseId;
    const after = await tx.user.update({
      where: { id: userId },
      // A new role or enterprise changes what the user may see: end their sessions now.
      data: { ...profile, ...(accessChanged ? { sessionsValidFrom: new Date() } : {}) },
      select: USER_AUDIT_FIELDS,
    });
    await audit({ action: "user.update", entityType: "User", entityId: userId, before, after });
    return { id: userId };
  },
  revalidate: (output) => ["/admin/users", `/admin/users/${output.id}`],
});

export const setUserActiveAction = defineAction({
  name: "setUserActive",
  schema: setUserActiveSchema,
  permission: "user.manage",
  async run({ input, user: actor, tx, audit }) {
    const before = await loadUser(tx, input.userId);
    if (before.id === actor.id && !input.active) throw conflict("不能停用自己的账号");
    const after = await tx.user.update({
      where: { id: input.userId },
      data: { isActive: input.active, ...(input.active ? {} : { sessionsValidFrom: new Date() }) },
      select: USER_AUDIT_FIELDS,
    });
    await audit({
      action: input.active ? "user.enable" : "user.disable",
      entityType: "User",
      entityId: input.userId,
      before,
      after,
    });
    return { id: input.userId, active: after.isActive };
  },
  revalidate: (output) => ["/admin/users", `/admin/users/${output.id}`],
});

export const resetPasswordAction = defineAction({
  name: "resetPassword",
  schema: resetPasswordSchema,
  permission: "user.manage",
  async run({ input, tx, audit }) {
    await loadUser(tx, input.userId);
    await tx.user.update({
      where: { id: input.userId },
      data: {
        passwordHash: await hashPassword(input.password),
        mustChangePassword: true,
        sessionsValidFrom: new Date(),
        // A reset is how a person who lost their authenticator gets back in: they enrol again.
        totpEnabled: false,
        totpSecret: null,
        totpLastStep: null,
      },
    });
    // The audit row records that the password changed, never the password or its hash.
    await audit({ action: "user.resetPassword", entityType: "User", entityId: input.userId });
    return { id: input.userId };
  },
  revalidate: (output) => [`/admin/users/${output.id}`],
});
