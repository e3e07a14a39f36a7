import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { chinaToday } from "@/lib/format";
import { createPrismaClient } from "@/lib/prisma-client";
import { markAllNotificationsReadAction, markNotificationReadAction } from "@/lib/notifications/actions";
import { syncOverdueNotifications } from "@/lib/notifications/overdue";
import { listNotifications, unreadCount } from "@/lib/notifications/queries";
import { actAs } from "@/tests/support/request-context";
import { userIdOf } from "@/tests/support/setup-fixtures";

vi.mock("next/headers", () => import("@/tests/support/request-context"));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const database = createPrismaClient(process.env.DATABASE_URL!, 4);
let secretary: { id: number; role: "SECRETARY"; enterpriseId: number };
let leaderId: number;
let adminId: number;

beforeAll(async () => {
  const row = await database.user.findUniqueOrThrow({
    where: { username: "secretary" },
    select: { id: true, enterpriseId: true },
  });
  secretary = { id: row.id, role: "SECRETARY", enterpriseId: row.enterpriseId! };
  leaderId = await userIdOf(database, "leader");
  adminId = await userIdOf(database, "admin");
});

afterAll(async () => {
  await database.$disconnect();
});

describe("PROBLEM_OVERDUE notices, produced on page load", () => {
  it("gives a secretary one notice per overdue problem of their enterprise, once, even when pages load at once", async () => {
    const now = new Date();
    const overdue = await database.problem.findMany({
      where: {
        enterpriseId: secretary.enterpriseId,
        status: { not: "CLOSED" },
        deadline: { lt: chinaToday(now) },
      },
      select: { id: true },
    });
    expect(overdue.length).toBeGreaterThan(0);
    const written = await Promise.all([1, 2, 3].map(() => syncOverdueNotifications(secretary, now, database)));
    expect(written.reduce((sum, count) => sum + count, 0)).toBe(overdue.length);
    expect(await syncOverdueNotifications(secretary, now, database)).toBe(0);
    const notices = await database.notification.findMany({
      where: { userId: secretary.id, kind: "PROBLEM_OVERDUE" },
      select: { link: true, title: true, body: true },
    });
    expect(notices.map((notice) => notice.link).sort()).toEqual(
      overdue.map((problem) => `/problems/${problem.id}`).sort(),
    );
    expect(notices[0]?.title).toMatch(/^问题已逾期：/);
    expect(notices[0]?.body).toMatch(/^整改期限：\d{4}年\d{1,2}月\d{1,2}日/);
  });

  it("gives none to staff and leaders, and none for a problem not yet due", async () => {
    expect(
      await syncOverdueNotifications({ id: adminId, role: "ADMIN", enterpriseId: null }, new Date(), database),
    ).toBe(0);
    expect(
      await syncOverdueNotifications({ id: leaderId, role: "LEADER", enterpriseId: null }, new Date(), database),
    ).toBe(0);
    // On 2022-06-01 none of the demo's problems had passed its deadline.
    const early = await database.notification.count({ where: { userId: secretary.id, kind: "PROBLEM_OVERDUE" } });
    expect(await syncOverdueNotifications(secretary, new Date("2022-06-01T00:00:00Z"), database)).toBe(0);
    expect(await database.notification.count({ where: { userId: secretary.id, kind: "PROBLEM_OVERDUE" } })).toBe(early);
  });
});

describe("reading notifications", () => {
  it("marks one's own notice read, refuses another user's, and marks all read", async () => {
    const unread = await unreadCount(secretary.id, database);
    expect(unread).toBeGreaterThan(1);
    const [first] = (await listNotifications(secretary.id, 1, database)).rows.filter((row) => row.readAt === null);

    await actAs(leaderId);
    expect(await markNotificationReadAction(null, { notificationId: first!.id })).toEqual({
      ok: false,
      error: "消息不存在或您无权查看",
    });
    expect(await unreadCount(secretary.id, database)).toBe(unread);

    await actAs(secretary.id);
    expect(await markNotificationReadAction(null, { notificationId: first!.id })).toMatchObject({ ok: true });
    expect(await unreadCount(secretary.id, database)).toBe(unread - 1);
    expect(
      await database.auditLog.count({
        where: { action: "notification.read", entityId: String(first!.id), actorId: secretary.id },
      }),
    ).toBe(1);

    expect(await markAllNotificationsReadAction(null, {})).toMatchObject({ ok: true, data: { count: unread - 1 } });
    expect(await unreadCount(secretary.id, database)).toBe(0);
    // Other users' notices are untouched.
    expect(
      await database.notification.count({ where: { userId: { not: secretary.id }, readAt: null } }),
    ).toBeGreaterThan(0);
  });
});
