"use server";

import { defineAction } from "@/lib/actions/define-action";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { passwordProblem } from "@/lib/auth/password-policy";
import { STAFF_ROLES } from "@/lib/auth/account-setup";
import { newTotpSecret, verifyTotp } from "@/lib/auth/totp";
import { openTotpSecret, sealTotpSecret } from "@/lib/auth/totp-secret-box";
import { env } from "@/lib/env";
import { conflict, invalid, notFound } from "@/lib/errors";
import type { Transaction } from "@/lib/prisma-client";
import { changeOwnPasswordSchema, totpCodeSchema } from "@/lib/users/schemas";
import { z } from "zod";

// Self-service account security: the signed-in user's own password and TOTP second factor. The
// account is always the caller's (never an id from the form). These actions stay open while an
// account-setup step is pending, as they are how the step is finished.

async function loadOwnCredentials(tx: Transaction, userId: number) {
  const user = await tx.user.findUnique({
    where: { id: userId },
    select: { id: true, username: true, passwordHash: true, totpEnabled: true, totpSecret: true, role: true },
  });
  if (!user) throw notFound("用户");
  return user;
}

export const changeOwnPasswordAction = defineAction({
  name: "changeOwnPassword",
  schema: changeOwnPasswordSchema,
  permission: "account.securityOwn",
  allowDuringAccountSetup: true,
  async run({ input, user: actor, tx, audit }) {
    const user = await loadOwnCredentials(tx, actor.id);
    if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
      throw invalid("请检查填写的内容", { currentPassword: ["当前密码不正确"] });
    }
    if (input.newPassword === input.currentPassword) {
      throw invalid("请检查填写的内容", { newPassword: ["新密码不能与当前密码相同"] });
    }
    const problem = passwordProblem(input.newPassword, { username: user.username });
    if (problem) throw invalid("请检查填写的内容", { newPassword: [problem] });
    await tx.user.update({
      where: { id: user.id },
      // Every session, this one included, ends: the user signs in again with the new password.
      data: {
        passwordHash: await hashPassword(input.newPassword),
        mustChangePassword: false,
        sessionsValidFrom: new Date(),
      },
    });
    await audit({ action: "user.changeOwnPassword", entityType: "User", entityId: user.id });
    return { id: user.id };
  },
});

export const startTotpEnrolmentAction = defineAction({
  name: "startTotpEnrolment",
  schema: z.object({}),
  permission: "account.securityOwn",
  allowDuringAccountSetup: true,
  async run({ user: actor, tx, audit }) {
    const user = await loadOwnCredentials(tx, actor.id);
    if (user.totpEnabled) throw conflict("两步验证已启用；如需更换认证器，请先停用");
    // A new secret each time: one shown earlier may have been seen by someone else.
    await tx.user.update({ where: { id: user.id }, data: { totpSecret: sealTotpSecret(newTotpSecret()) } });
    await audit({ action: "user.totpEnrolmentStart", entityType: "User", entityId: user.id });
    return { id: user.id };
  },
  revalidate: () => ["/account/security"],
});

export const confirmTotpAction = defineAction({
  name: "confirmTotp",
  schema: totpCodeSchema,
  permission: "account.securityOwn",
  allowDuringAccountSetup: true,
  async run({ input, user: actor, tx, audit }) {
    const user = await loadOwnCredentials(tx, actor.id);
    if (user.totpEnabled) throw conflict("两步验证已启用");
    if (!user.totpSecret) throw conflict("请先生成密钥并添加到认证器");
    const step = verifyTotp(openTotpSecret(user.totpSecret), input.code);
    if (step === null) {
      throw invalid("验证码不正确", { code: ["验证码不正确，请核对认证器上当前显示的数字和手机时间"] });
    }
    // The confirming code is spent: it cannot also open a sign-in.
    await tx.user.update({ where: { id: user.id }, data: { totpEnabled: true, totpLastStep: step } });
    await audit({ action: "user.totpEnable", entityType: "User", entityId: user.id });
    return { id: user.id };
  },
  revalidate: () => ["/account/security"],
});

export const disableTotpAction = defineAction({
  name: "disableTotp",
  schema: totpCodeSchema,
  permission: "account.securityOwn",
  async run({ input, user: actor, tx, audit }) {
    const user = await loadOwnCredentials(tx, actor.id);
    if (!user.totpEnabled || !user.totpSecret) throw conflict("两步验证尚未启用");
    if (env().REQUIRE_TOTP_FOR_STAFF && STAFF_ROLES.includes(user.role)) {
      throw conflict("按平台设置，管理员和领导账号必须使用两步验证，不能停用");
    }
    // Proof of the second factor, so a borrowed open session cannot switch it off.
    if (verifyTotp(openTotpSecret(user.totpSecret), input.code) === null) {
      throw invalid("验证码不正确", { code: ["验证码不正确"] });
    }
    await tx.user.update({
      where: { id: user.id },
      data: { totpEnabled: false, totpSecret: null, totpLastStep: null },
    });
    await audit({ action: "user.totpDisable", entityType: "User", entityId: user.id });
    return { id: user.id };
  },
  revalidate: () => ["/account/security"],
});
