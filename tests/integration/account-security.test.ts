import { afterAll, describe, expect, it, vi } from "vitest";
import type { CredentialsConfig } from "next-auth/providers/credentials";
import { authOptions } from "@/lib/auth/options";
import { authenticate, MAX_FAILED_SIGN_INS } from "@/lib/auth/sign-in";
import { hashPassword } from "@/lib/auth/password";
import { totpCode } from "@/lib/auth/totp";
import { openTotpSecret } from "@/lib/auth/totp-secret-box";
import { createPrismaClient } from "@/lib/prisma-client";
import { DEMO_PASSWORD } from "@/prisma/seed/accounts";
import {
  changeOwnPasswordAction,
  confirmTotpAction,
  disableTotpAction,
  startTotpEnrolmentAction,
} from "@/lib/users/account-actions";
import { createUserAction, resetPasswordAction, updateUserAction } from "@/lib/users/actions";
import { actAs } from "@/tests/support/request-context";
import { GET as exportProblems } from "@/app/(app)/problems/export.xlsx/route";
import { GET as listPhases } from "@/app/api/v1/phases/route";

// This file runs with REQUIRE_TOTP_FOR_STAFF on and DEMO_MODE off (read once, on first use of env()).
process.env.REQUIRE_TOTP_FOR_STAFF = "1";
process.env.DEMO_MODE = "0";

vi.mock("next/headers", () => import("@/tests/support/request-context"));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const database = createPrismaClient(process.env.DATABASE_URL!, 2);
let addressCounter = 0;
const freshAddress = () => `192.0.2.${++addressCounter}`;

afterAll(async () => {
  await database.$disconnect();
});

async function makeUser(username: string, role: "ADMIN" | "LEADER" | "SECRETARY", extra: object = {}) {
  const enterprise = role === "SECRETARY" ? await database.enterprise.findFirstOrThrow({ select: { id: true } }) : null;
  return database.user.create({
    data: {
      username,
      displayName: username,
      role,
      enterpriseId: enterprise?.id ?? null,
      passwordHash: await hashPassword("Good-enough-pass-1"),
      ...extra,
    },
    select: { id: true },
  });
}

/** The base32 secret an authenticator holds (the column stores it sealed). */
async function secretOf(userId: number) {
  return openTotpSecret(
    (await database.user.findUniqueOrThrow({ where: { id: userId }, select: { totpSecret: true } })).totpSecret!,
  );
}

describe("the password policy in staff actions", () => {
  it("refuses a common password, or one containing the username, when staff create or reset an account", async () => {
    const admin = await makeUser("policy.admin", "ADMIN", { totpEnabled: true, totpSecret: "JBSWY3DPEHPK3PXP" });
    await actAs(admin.id);
    const common = await createUserAction(null, {
      username: "policy.new",
      password: "Password123",
      displayName: "新账号",
      role: "LEADER",
      enterpriseId: "",
    });
    expect(common).toMatchObject({ ok: false, fieldErrors: { password: ["该密码过于常见，容易被猜中，请换一个"] } });
    const ownName = await createUserAction(null, {
      username: "policy.new",
      password: "policy.new-2022-x",
      displayName: "新账号",
      role: "LEADER",
      enterpriseId: "",
    });
    expect(ownName).toMatchObject({ ok: false, fieldErrors: { password: ["密码不能包含用户名"] } });
    const reset = await resetPasswordAction(null, { userId: String(admin.id), password: "1234567890" });
    expect(reset).toMatchObject({ ok: false, fieldErrors: { password: ["该密码过于常见，容易被猜中，请换一个"] } });
    expect(await database.user.count({ where: { username: "policy.new" } })).toBe(0);
  });
});

describe("a forced password change", () => {
  it("blocks every other action until the password is changed, then lets them through", async () => {
    const admin = await makeUser("forced.admin", "ADMIN", { mustChangePassword: true });
    await database.user.update({
      where: { id: admin.id },
      data: { totpEnabled: true, totpSecret: "JBSWY3DPEHPK3PXP" },
    });
    const target = await makeUser("forced.target", "LEADER");
    await actAs(admin.id);
    const auditBefore = await database.auditLog.count();

    const blocked = await updateUserAction(null, {
      userId: String(target.id),
      displayName: "改名",
      title: "",
      role: "LEADER",
      enterpriseId: "",
    });
    expect(blocked).toEqual({ ok: false, error: "请先修改初始密码，再进行其他操作" });
    expect((await database.user.findUniqueOrThrow({ where: { id: target.id } })).displayName).toBe("forced.target");
    expect(await database.auditLog.count()).toBe(auditBefore);

    const wrongCurrent = await changeOwnPasswordAction(null, {
      currentPassword: "not-it",
      newPassword: "A brand new passphrase",
      confirmPassword: "A brand new passphrase",
    });
    expect(wrongCurrent).toMatchObject({ ok: false, fieldErrors: { currentPassword: ["当前密码不正确"] } });
    const mismatch = await changeOwnPasswordAction(null, {
      currentPassword: "Good-enough-pass-1",
      newPassword: "A brand new passphrase",
      confirmPassword: "A brand new passphrase!",
    });
    expect(mismatch).toMatchObject({ ok: false, fieldErrors: { confirmPassword: ["两次输入的新密码不一致"] } });
    const same = await changeOwnPasswordAction(null, {
      currentPassword: "Good-enough-pass-1",
      newPassword: "Good-enough-pass-1",
      confirmPassword: "Good-enough-pass-1",
    });
    expect(same).toMatchObject({ ok: false, fieldErrors: { newPassword: ["新密码不能与当前密码相同"] } });

    const changed = await changeOwnPasswordAction(null, {
      currentPassword: "Good-enough-pass-1",
      newPassword: "A brand new passphrase",
      confirmPassword: "A brand new passphrase",
    });
    expect(changed).toEqual({ ok: true, data: { id: admin.id } });
    const after = await database.user.findUniqueOrThrow({ where: { id: admin.id } });
    expect(after.mustChangePassword).toBe(false);
    expect(
      await database.auditLog.count({ where: { action: "user.changeOwnPassword", entityId: String(admin.id) } }),
    ).toBe(1);

    // The change ended the old session; a new one may act.
    await actAs(admin.id, Date.now() + 1000);
    const allowed = await updateUserAction(null, {
      userId: String(target.id),
      displayName: "改名",
      title: "",
      role: "LEADER",
      enterpriseId: "",
    });
    expect(allowed).toMatchObject({ ok: true });
  });

  it("is required, outside demo mode, of an account signing in with the demo password", async () => {
    const provider = authOptions().providers[0] as unknown as { options: CredentialsConfig };
    const user = await provider.options.authorize!({ username: "secretary", password: DEMO_PASSWORD, code: "" }, {
      headers: { "x-forwarded-for": freshAddress() },
    } as never);
    expect(user).toMatchObject({ name: expect.any(String) });
    const row = await database.user.findUniqueOrThrow({ where: { username: "secretary" } });
    expect(row.mustChangePassword).toBe(true);
  });
});

describe("TOTP", () => {
  it("sends staff without TOTP to enrol first, then enrols with a confirming code", async () => {
    const admin = await makeUser("totp.admin", "ADMIN");
    const target = await makeUser("totp.target", "LEADER");
    const rename = { userId: String(target.id), displayName: "改名了", title: "", role: "LEADER", enterpriseId: "" };
    await actAs(admin.id);
    expect(await updateUserAction(null, rename)).toEqual({ ok: false, error: "请先启用两步验证，再进行其他操作" });
    expect(await confirmTotpAction(null, { code: "123456" })).toEqual({
      ok: false,
      error: "请先生成密钥并添加到认证器",
    });

    expect(await startTotpEnrolmentAction(null, {})).toMatchObject({ ok: true });
    const secret = await secretOf(admin.id);
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    // Stored sealed: the column alone (a dump, a backup) does not hold the secret.
    const stored = (await database.user.findUniqueOrThrow({ where: { id: admin.id }, select: { totpSecret: true } }))
      .totpSecret!;
    expect(stored).toMatch(/^v1:/);
    expect(stored).not.toContain(secret);
    expect(await confirmTotpAction(null, { code: "000000" === totpCode(secret) ? "111111" : "000000" })).toMatchObject({
      ok: false,
      fieldErrors: { code: [expect.stringContaining("验证码不正确")] },
    });
    expect(await updateUserAction(null, rename)).toMatchObject({ ok: false });
    expect(await confirmTotpAction(null, { code: totpCode(secret) })).toEqual({ ok: true, data: { id: admin.id } });
    expect(await updateUserAction(null, rename)).toMatchObject({ ok: true });
    expect(await database.auditLog.count({ where: { action: "user.totpEnable", entityId: String(admin.id) } })).toBe(1);
    // A staff reset (the way back after a lost phone) clears it along with the password.
    const resetBy = await makeUser("totp.resetter", "ADMIN", { totpEnabled: true, totpSecret: "JBSWY3DPEHPK3PXP" });
    await actAs(resetBy.id);
    await database.user.update({ where: { id: target.id }, data: { totpEnabled: true, totpSecret: secret } });
    expect(
      await resetPasswordAction(null, { userId: String(target.id), password: "Fresh start 2026 ok" }),
    ).toMatchObject({
      ok: true,
    });
    expect(
      await database.user.findUniqueOrThrow({
        where: { id: target.id },
        select: { totpEnabled: true, totpSecret: true },
      }),
    ).toEqual({ totpEnabled: false, totpSecret: null });
    await actAs(admin.id, Date.now() + 1000);
    // Required for staff: it cannot be switched off.
    expect(await disableTotpAction(null, { code: totpCode(secret) })).toEqual({
      ok: false,
      error: "按平台设置，管理员和领导账号必须使用两步验证，不能停用",
    });
  });

  it("signs in only with the right code; a missing or wrong one is the generic failure, throttled alike", async () => {
    const secretary = await makeUser("totp.secretary", "SECRETARY");
    await actAs(secretary.id);
    await startTotpEnrolmentAction(null, {});
    const secret = await secretOf(secretary.id);
    expect(await confirmTotpAction(null, { code: totpCode(secret) })).toMatchObject({ ok: true });

    const ip = freshAddress();
    const base = { username: "totp.secretary", password: "Good-enough-pass-1", ip };
    expect(await authenticate(database, base)).toEqual({ ok: false, reason: "invalid" });
    const wrong = totpCode(secret, new Date(Date.now() - 10 * 60_000));
    expect(await authenticate(database, { ...base, code: wrong })).toEqual({ ok: false, reason: "invalid" });
    // The confirming code was spent at enrolment; the next step's code opens, once.
    const { totpLastStep } = await database.user.findUniqueOrThrow({
      where: { id: secretary.id },
      select: { totpLastStep: true },
    });
    const spent = new Date(totpLastStep! * 30_000);
    const next = new Date(spent.getTime() + 30_000);
    expect(await authenticate(database, { ...base, code: totpCode(secret, spent) }, next)).toEqual({
      ok: false,
      reason: "invalid",
    });
    expect(await authenticate(database, { ...base, code: totpCode(secret, next) }, next)).toMatchObject({ ok: true });
    // Everything after the success happens a moment later, as the throttle counts from it.
    const later = new Date(next.getTime() + 1000);
    expect(await authenticate(database, { ...base, code: totpCode(secret, next) }, later)).toEqual({
      ok: false,
      reason: "invalid",
    });
    expect(
      await authenticate(database, { ...base, password: "wrong password", code: totpCode(secret, later) }, later),
    ).toEqual({ ok: false, reason: "invalid" });

    for (let attempt = 2; attempt < MAX_FAILED_SIGN_INS; attempt++) {
      expect(await authenticate(database, { ...base, code: "999999" }, later)).toMatchObject({ ok: false });
    }
    // Ten failures since the last success: even a fresh right code now waits.
    const fresh = new Date(later.getTime() + 30_000);
    expect(await authenticate(database, { ...base, code: totpCode(secret, fresh) }, fresh)).toMatchObject({
      ok: false,
      reason: "throttled",
    });

    // A secretary may switch it off, with a current code.
    await actAs(secretary.id);
    expect(await disableTotpAction(null, { code: "12345" })).toMatchObject({
      ok: false,
      fieldErrors: { code: expect.any(Array) },
    });
    expect(await disableTotpAction(null, { code: totpCode(secret) })).toMatchObject({ ok: true });
    expect(
      await database.user.findUniqueOrThrow({
        where: { id: secretary.id },
        select: { totpEnabled: true, totpSecret: true },
      }),
    ).toEqual({
      totpEnabled: false,
      totpSecret: null,
    });
  });
});

describe("downloads and the API during account setup", () => {
  it("serve nothing to an account that must still change its password, and serve it once changed", async () => {
    const secretary = await makeUser("forced.secretary", "SECRETARY", { mustChangePassword: true });
    const leader = await makeUser("forced.leader", "LEADER", { mustChangePassword: true });

    await actAs(secretary.id);
    expect((await exportProblems(new Request("http://localhost/problems/export.xlsx"))).status).toBe(401);
    await actAs(leader.id);
    expect((await listPhases(new Request("http://localhost/api/v1/phases"))).status).toBe(401);

    await database.user.update({ where: { id: secretary.id }, data: { mustChangePassword: false } });
    await actAs(secretary.id);
    expect((await exportProblems(new Request("http://localhost/problems/export.xlsx"))).status).toBe(200);
  });
});
