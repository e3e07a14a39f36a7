import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createPrismaClient } from "@/lib/prisma-client";
import { seedDemoData } from "@/prisma/seed";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/prisma/seed/accounts";
import { authenticate, MAX_FAILED_SIGN_INS, THROTTLE_WINDOW_MINUTES } from "@/lib/auth/sign-in";
import { resolveSessionUser, SESSION_MAX_AGE_SECONDS } from "@/lib/auth/session-user";
import { createUserAction, setUserActiveAction } from "@/lib/users/actions";
import { actAs } from "@/tests/support/request-context";

vi.mock("next/headers", () => import("@/tests/support/request-context"));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const database = createPrismaClient(process.env.DATABASE_URL!, 2);
let addressCounter = 0;
/** Each test signs in from its own address so throttling in one cannot leak into another. */
const freshAddress = () => `198.51.100.${++addressCounter}`;

async function userId(username: string) {
  return (await database.user.findUniqueOrThrow({ where: { username }, select: { id: true } })).id;
}

beforeAll(async () => {
  await seedDemoData(database);
});

afterAll(async () => {
  await database.$disconnect();
});

describe("signing in", () => {
  it.each(DEMO_ACCOUNTS.map((account) => account.username))("succeeds for the demo account %s", async (username) => {
    const result = await authenticate(database, { username, password: DEMO_PASSWORD, ip: freshAddress() });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.user.id).toBe(await userId(username));
  });

  it("gives the demo accounts the roles and enterprises the README promises", async () => {
    const rows = await database.user.findMany({
      where: { username: { in: ["admin", "leader", "secretary", "observer"] } },
      select: { username: true, role: true, enterprise: { select: { name: true } } },
      orderBy: { username: "asc" },
    });
    expect(rows.map((row) => [row.username, row.role, row.enterprise?.name ?? null])).toEqual([
      ["admin", "ADMIN", null],
      ["leader", "LEADER", null],
      ["observer", "SECRETARY", "惠州市交通投资集团有限公司"],
      ["secretary", "SECRETARY", "惠州市水务集团有限公司"],
    ]);
  });

  it("fails alike for a wrong password and an unknown username", async () => {
    const wrongPassword = await authenticate(database, {
      username: "admin",
      password: "wrong-password",
      ip: freshAddress(),
    });
    const unknownUser = await authenticate(database, {
      username: "nobody",
      password: DEMO_PASSWORD,
      ip: freshAddress(),
    });
    expect(wrongPassword).toEqual({ ok: false, reason: "invalid" });
    expect(unknownUser).toEqual({ ok: false, reason: "invalid" });
  });

  it("accepts the username in any letter case and with surrounding spaces", async () => {
    const result = await authenticate(database, { username: "  Leader ", password: DEMO_PASSWORD, ip: freshAddress() });
    expect(result.ok).toBe(true);
  });

  it("makes one username from one address wait after ten failures, then lets it in again", async () => {
    const ip = freshAddress();
    const start = new Date();
    for (let attempt = 0; attempt < MAX_FAILED_SIGN_INS; attempt++) {
      const result = await authenticate(database, { username: "leader", password: `wrong-${attempt}`, ip }, start);
      expect(result).toEqual({ ok: false, reason: "invalid" });
    }

    const blocked = await authenticate(database, { username: "leader", password: DEMO_PASSWORD, ip }, start);
    expect(blocked.ok).toBe(false);
    if (!blocked.ok && blocked.reason === "throttled") {
      expect(blocked.retryAfterSeconds).toBeGreaterThan(0);
      expect(blocked.retryAfterSeconds).toBeLessThanOrEqual(THROTTLE_WINDOW_MINUTES * 60);
    } else {
      expect.fail(`expected a throttled answer, got ${JSON.stringify(blocked)}`);
    }

    // Another address, and the same address once the window has passed, are not held back.
    const elsewhere = await authenticate(
      database,
      { username: "leader", password: DEMO_PASSWORD, ip: freshAddress() },
      start,
    );
    expect(elsewhere.ok).toBe(true);
    const later = new Date(start.getTime() + (THROTTLE_WINDOW_MINUTES * 60 + 1) * 1000);
    const afterWaiting = await authenticate(database, { username: "leader", password: DEMO_PASSWORD, ip }, later);
    expect(afterWaiting.ok).toBe(true);
  });

  it("refuses a disabled account even with the right password", async () => {
    const created = await database.user.create({
      data: {
        username: "disabled-signin",
        displayName: "停用账号",
        role: "LEADER",
        passwordHash: "x",
        isActive: false,
      },
      select: { id: true },
    });
    const result = await authenticate(database, { username: "disabled-signin", password: "x", ip: freshAddress() });
    expect(result).toEqual({ ok: false, reason: "invalid" });
    await database.user.delete({ where: { id: created.id } });
  });
});

describe("sessions", () => {
  beforeEach(async () => {
    await database.user.update({ where: { username: "secretary" }, data: { isActive: true } });
  });

  it("end when the account is disabled", async () => {
    const secretaryId = await userId("secretary");
    // Signed in now, after the seed stamped the account's sessionsValidFrom.
    const claims = { sub: String(secretaryId), signedInAt: Date.now() };
    expect(await resolveSessionUser(database, claims)).toMatchObject({ id: secretaryId, role: "SECRETARY" });

    await actAs(await userId("admin"));
    const result = await setUserActiveAction(null, { userId: String(secretaryId), active: "false" });
    expect(result).toMatchObject({ ok: true });

    expect(await resolveSessionUser(database, claims)).toBeNull();
    // Enabling the account again does not bring the old session back.
    await actAs(await userId("admin"));
    await setUserActiveAction(null, { userId: String(secretaryId), active: "true" });
    expect(await resolveSessionUser(database, claims)).toBeNull();
  });

  it("end twelve hours after sign-in however active they were", async () => {
    const leaderId = await userId("leader");
    const now = new Date();
    // The account must predate both tokens, or they would fail for that reason instead.
    await database.user.update({
      where: { id: leaderId },
      data: { sessionsValidFrom: new Date(now.getTime() - 86_400_000) },
    });
    const fresh = { sub: String(leaderId), signedInAt: now.getTime() - (SESSION_MAX_AGE_SECONDS - 60) * 1000 };
    const stale = { sub: String(leaderId), signedInAt: now.getTime() - (SESSION_MAX_AGE_SECONDS + 60) * 1000 };
    expect(await resolveSessionUser(database, fresh, now)).not.toBeNull();
    expect(await resolveSessionUser(database, stale, now)).toBeNull();
  });

  it("are refused when the token is malformed", async () => {
    expect(await resolveSessionUser(database, null)).toBeNull();
    expect(await resolveSessionUser(database, { sub: "abc", signedInAt: Date.now() })).toBeNull();
    expect(await resolveSessionUser(database, { sub: "1" })).toBeNull();
  });

  it("refuse a secretary calling an administrator's action, and nothing changes", async () => {
    const before = {
      users: await database.user.count(),
      audit: await database.auditLog.count(),
      admin: await database.user.findUniqueOrThrow({ where: { username: "admin" } }),
    };

    await actAs(await userId("secretary"));
    const disable = await setUserActiveAction(null, { userId: String(before.admin.id), active: "false" });
    const create = await createUserAction(null, {
      username: "intruder",
      password: "Intruder@2022x",
      displayName: "越权用户",
      role: "ADMIN",
      enterpriseId: "",
    });

    expect(disable).toEqual({ ok: false, error: "您没有执行此操作的权限" });
    expect(create).toEqual({ ok: false, error: "您没有执行此操作的权限" });
    expect(await database.user.count()).toBe(before.users);
    expect(await database.auditLog.count()).toBe(before.audit);
    expect(await database.user.findUniqueOrThrow({ where: { username: "admin" } })).toEqual(before.admin);
  });

  it("let an administrator create a user, with the password hashed and the change audited", async () => {
    await actAs(await userId("admin"));
    const result = await createUserAction(null, {
      username: "New.Staff",
      password: "Staff@2022-long",
      displayName: "新同事",
      title: "党建工作处干部",
      role: "ADMIN",
      enterpriseId: "",
    });
    expect(result).toMatchObject({ ok: true });
    const created = await database.user.findUniqueOrThrow({
      where: { username: "new.staff" },
      omit: { passwordHash: false },
    });
    expect(created.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await database.auditLog.count({ where: { action: "user.create", entityId: String(created.id) } })).toBe(1);
  });

  it("answer bad input with messages beside the fields", async () => {
    await actAs(await userId("admin"));
    const result = await createUserAction(null, {
      username: "x",
      password: "short",
      displayName: "",
      role: "SECRETARY",
      enterpriseId: "", // a secretary must belong to an enterprise
    });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(Object.keys(result.fieldErrors ?? {}).sort()).toEqual([
        "displayName",
        "enterpriseId",
        "password",
        "username",
      ]);
    }
  });
});
