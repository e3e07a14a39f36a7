import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { chinaDateKey } from "@/lib/format";
import { createPrismaClient } from "@/lib/prisma-client";
import {
  cancelVisitSignupAction,
  cancelVisitSlotAction,
  createVisitSlotAction,
  deleteVisitSlotAction,
  signUpForVisitAction,
  updateVisitSlotAction,
} from "@/lib/visits/actions";
import { seedDemoData } from "@/prisma/seed";
import { SITES, type SiteKey } from "@/prisma/seed/sites";
import { runAs } from "@/tests/support/per-call-session";
import { actAs } from "@/tests/support/request-context";

// Each action call carries its own user: concurrent calls through `runAs`, sequential ones through `actAs`.
vi.mock("next/headers", () => import("@/tests/support/per-call-session"));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const database = createPrismaClient(process.env.DATABASE_URL!, 4);

let adminId: number;
let secretaryId: number;
let demonstrationPhaseId: number;
/** Fresh SECRETARY accounts made for these tests, so no seeded sign-up gets in the way. */
const people: number[] = [];

async function userId(username: string) {
  return (await database.user.findUniqueOrThrow({ where: { username }, select: { id: true } })).id;
}

async function siteId(key: SiteKey) {
  const name = SITES.find((site) => site.key === key)!.name;
  return (await database.site.findFirstOrThrow({ where: { name }, select: { id: true } })).id;
}

/** A calendar day in China, `days` from today: every test gets days of its own, so slots never clash. */
function day(days: number) {
  return chinaDateKey(new Date(Date.now() + days * 86_400_000));
}

type SlotSpec = { site: SiteKey; days: number; start?: string; end?: string; capacity: number; note?: string };

async function openSlot(spec: SlotSpec) {
  await actAs(adminId);
  const result = await createVisitSlotAction(null, {
    phaseId: demonstrationPhaseId,
    siteId: await siteId(spec.site),
    date: day(spec.days),
    startTime: spec.start ?? "09:00",
    endTime: spec.end ?? "11:00",
    capacity: spec.capacity,
    note: spec.note ?? "",
  });
  if (!result.ok) throw new Error(`could not open the slot: ${result.error} ${JSON.stringify(result.fieldErrors)}`);
  return result.data.id;
}

async function signUpAs(user: number, slotId: number) {
  await actAs(user);
  return signUpForVisitAction(null, { slotId });
}

async function signupOf(slotId: number, user: number) {
  return database.visitSignup.findUniqueOrThrow({ where: { slotId_userId: { slotId, userId: user } } });
}

/** The invariant the whole feature stands on, read straight from the tables. */
async function expectCountsInStep(slotId: number) {
  const slot = await database.visitSlot.findUniqueOrThrow({ where: { id: slotId } });
  const confirmed = await database.visitSignup.count({ where: { slotId, status: "CONFIRMED" } });
  const waiting = await database.visitSignup.count({ where: { slotId, status: "WAITLISTED" } });
  expect(slot.confirmedCount).toBe(confirmed);
  expect(slot.confirmedCount).toBeLessThanOrEqual(slot.capacity);
  // Nobody waits while a place is free.
  if (waiting > 0) expect(slot.confirmedCount).toBe(slot.capacity);
  return { confirmed, waiting, capacity: slot.capacity };
}

beforeAll(async () => {
  await seedDemoData(database);
  adminId = await userId("admin");
  secretaryId = await userId("secretary");
  demonstrationPhaseId = (
    await database.phase.findFirstOrThrow({ where: { kind: "DEMONSTRATION", campaign: { year: 2022 } } })
  ).id;
  const enterprise = await database.enterprise.findFirstOrThrow({ where: { shortName: "城投集团" } });
  const created = await database.user.createManyAndReturn({
    data: Array.from({ length: 45 }, (_, index) => ({
      username: `visit-person-${index + 1}`,
      displayName: `报名测试人员${index + 1}`,
      role: "SECRETARY" as const,
      enterpriseId: enterprise.id,
      passwordHash: "not-used",
    })),
    select: { id: true, username: true },
  });
  people.push(...created.sort((a, b) => a.id - b.id).map((row) => row.id));
});

afterAll(async () => {
  await database.$disconnect();
});

describe("signing up", () => {
  it("confirms while places are left, then puts people on the waiting list in order", async () => {
    const slotId = await openSlot({ site: "shuiwu-jiangbei", days: 40, capacity: 2 });
    const [a, b, c, d] = people as [number, number, number, number];

    expect(await signUpAs(a, slotId)).toMatchObject({ ok: true, data: { status: "CONFIRMED", position: null } });
    expect(await signUpAs(b, slotId)).toMatchObject({ ok: true, data: { status: "CONFIRMED", position: null } });
    expect(await signUpAs(c, slotId)).toMatchObject({ ok: true, data: { status: "WAITLISTED", position: 1 } });
    expect(await signUpAs(d, slotId)).toMatchObject({ ok: true, data: { status: "WAITLISTED", position: 2 } });
    expect(await expectCountsInStep(slotId)).toEqual({ confirmed: 2, waiting: 2, capacity: 2 });

    const audits = await database.auditLog.findMany({
      where: { action: "visitSignup.signup", actorId: { in: [a, b, c, d] } },
    });
    expect(audits).toHaveLength(4);
  });

  it("refuses a second sign-up for the same slot and one overlapping another slot, naming it", async () => {
    const morning = await openSlot({ site: "shuiwu-quality", days: 41, start: "09:00", end: "11:00", capacity: 5 });
    const overlapping = await openSlot({
      site: "chengtou-office",
      days: 41,
      start: "10:30",
      end: "12:00",
      capacity: 5,
    });
    const afterwards = await openSlot({ site: "guotou-office", days: 41, start: "11:00", end: "12:00", capacity: 5 });
    const person = people[4]!;

    expect((await signUpAs(person, morning)).ok).toBe(true);
    expect(await signUpAs(person, morning)).toEqual({ ok: false, error: "您已报名该时段" });

    const clash = await signUpAs(person, overlapping);
    expect(clash.ok).toBe(false);
    if (!clash.ok) {
      expect(clash.error).toContain("水质检测中心“清源”党建阵地");
      expect(clash.error).toContain("时间重叠");
    }
    // Back to back is not overlapping.
    expect((await signUpAs(person, afterwards)).ok).toBe(true);
    expect(await database.visitSignup.count({ where: { slotId: overlapping } })).toBe(0);
  });

  it("refuses sign-ups for a slot that does not exist or has been cancelled", async () => {
    expect(await signUpAs(people[5]!, 987_654)).toEqual({ ok: false, error: "示范观摩时段不存在或您无权查看" });
    const slotId = await openSlot({ site: "gangtou-port", days: 42, capacity: 3 });
    await actAs(adminId);
    expect((await cancelVisitSlotAction(null, { slotId, reason: "场地检修" })).ok).toBe(true);
    expect(await signUpAs(people[5]!, slotId)).toEqual({ ok: false, error: "该时段已取消" });
  });
});

describe("cancelling", () => {
  it("gives a confirmed place to the first in line at once, with a notification", async () => {
    const slotId = await openSlot({ site: "gangtou-logistics", days: 43, capacity: 2 });
    const [a, b, c, d, e] = people.slice(6, 11) as [number, number, number, number, number];
    for (const person of [a, b, c, d, e]) expect((await signUpAs(person, slotId)).ok).toBe(true);

    await actAs(a);
    const cancelled = await cancelVisitSignupAction(null, { signupId: (await signupOf(slotId, a)).id });
    expect(cancelled).toMatchObject({ ok: true, data: { promoted: [{ userId: c }] } });
    expect((await signupOf(slotId, a)).status).toBe("CANCELLED");
    expect((await signupOf(slotId, c)).status).toBe("CONFIRMED");
    expect((await signupOf(slotId, d)).status).toBe("WAITLISTED");
    expect(await expectCountsInStep(slotId)).toEqual({ confirmed: 2, waiting: 2, capacity: 2 });

    const notification = await database.notification.findFirstOrThrow({ where: { userId: c } });
    expect(notification).toMatchObject({ kind: "VISIT_PROMOTED", link: "/visits" });
    expect(notification.title).toContain("港务物流");
    expect(
      await database.auditLog.count({
        where: { action: "visitSignup.fillFromWaitlist", entityId: String((await signupOf(slotId, c)).id) },
      }),
    ).toBe(1);

    // A waiting-list cancellation frees no place and promotes nobody.
    await actAs(d);
    expect(await cancelVisitSignupAction(null, { signupId: (await signupOf(slotId, d)).id })).toMatchObject({
      ok: true,
      data: { promoted: [] },
    });
    expect((await signupOf(slotId, e)).status).toBe("WAITLISTED");
    expect(await expectCountsInStep(slotId)).toEqual({ confirmed: 2, waiting: 1, capacity: 2 });
  });

  it("reuses the row when a person signs up again, at the end of the queue", async () => {
    const slotId = await openSlot({ site: "chantou-park", days: 44, capacity: 1 });
    const [a, b, c] = people.slice(11, 14) as [number, number, number];
    for (const person of [a, b, c]) expect((await signUpAs(person, slotId)).ok).toBe(true);
    const first = await signupOf(slotId, b);

    await actAs(b);
    expect((await cancelVisitSignupAction(null, { signupId: first.id })).ok).toBe(true);
    expect(await cancelVisitSignupAction(null, { signupId: first.id })).toEqual({ ok: false, error: "该报名已取消" });
    expect(await signUpAs(b, slotId)).toMatchObject({
      ok: true,
      data: { signupId: first.id, status: "WAITLISTED", position: 2 },
    });
    const again = await signupOf(slotId, b);
    expect(again.id).toBe(first.id);
    expect(again.queuedAt.getTime()).toBeGreaterThan(first.queuedAt.getTime());
    expect(again.createdAt).toEqual(first.createdAt);
  });

  it("answers 'not found' for somebody else's sign-up and leaves it alone", async () => {
    const slotId = await openSlot({ site: "desay-research", days: 45, capacity: 3 });
    const [owner, other] = people.slice(14, 16) as [number, number];
    expect((await signUpAs(owner, slotId)).ok).toBe(true);
    await actAs(other);
    expect(await cancelVisitSignupAction(null, { signupId: (await signupOf(slotId, owner)).id })).toEqual({
      ok: false,
      error: "报名记录不存在或您无权查看",
    });
    expect((await signupOf(slotId, owner)).status).toBe("CONFIRMED");
  });
});

describe("a full slot under load", () => {
  let slotId: number;

  it("takes exactly its capacity when 30 people sign up at once", async () => {
    // Each call goes through the real server action with its own session (runAs), in its own
    // transaction on the app's own connection pool, all started together.
    slotId = await openSlot({ site: "desay-plant1", days: 50, capacity: 5 });
    const crowd = people.slice(0, 30);
    const results = await Promise.all(
      crowd.map((person) => runAs(person, () => signUpForVisitAction(null, { slotId }))),
    );

    expect(results.every((result) => result.ok)).toBe(true);
    const data = results.flatMap((result) => (result.ok ? [result.data] : []));
    expect(data.filter((entry) => entry.status === "CONFIRMED")).toHaveLength(5);
    const waiting = data.filter((entry) => entry.status === "WAITLISTED");
    expect(waiting).toHaveLength(25);
    expect(waiting.map((entry) => entry.position).sort((x, y) => x! - y!)).toEqual(
      Array.from({ length: 25 }, (_, index) => index + 1),
    );
    expect(await expectCountsInStep(slotId)).toEqual({ confirmed: 5, waiting: 25, capacity: 5 });

    // The order people were told is the order the database serves.
    const queue = await database.visitSignup.findMany({
      where: { slotId, status: "WAITLISTED" },
      orderBy: [{ queuedAt: "asc" }, { id: "asc" }],
      select: { id: true },
    });
    const told = [...waiting].sort((x, y) => x.position! - y.position!).map((entry) => entry.signupId);
    expect(queue.map((row) => row.id)).toEqual(told);
  });

  it("keeps confirmedCount equal to the confirmed rows under concurrent cancellations and sign-ups", async () => {
    const rows = await database.visitSignup.findMany({
      where: { slotId },
      orderBy: [{ queuedAt: "asc" }, { id: "asc" }],
      select: { id: true, userId: true, status: true },
    });
    const confirmed = rows.filter((row) => row.status === "CONFIRMED").slice(0, 4);
    const waiting = rows.filter((row) => row.status === "WAITLISTED").slice(10, 16);
    const newcomers = people.slice(30, 45);

    const results = await Promise.all([
      ...confirmed.map((row) => runAs(row.userId, () => cancelVisitSignupAction(null, { signupId: row.id }))),
      ...waiting.map((row) => runAs(row.userId, () => cancelVisitSignupAction(null, { signupId: row.id }))),
      ...newcomers.map((person) => runAs(person, () => signUpForVisitAction(null, { slotId }))),
    ]);
    expect(results.filter((result) => !result.ok)).toEqual([]);

    const counts = await expectCountsInStep(slotId);
    expect(counts.confirmed).toBe(5);
    expect(counts.waiting).toBe(25 - 4 - waiting.length + newcomers.length);
    // The four places went to the first four in line, none of whom had cancelled.
    const promotedIds = results.flatMap((result) =>
      result.ok && "promoted" in result.data ? result.data.promoted.map((entry) => entry.userId) : [],
    );
    expect(promotedIds).toHaveLength(4);
  });

  it("has the database refuse an over-full slot even if the application tried", async () => {
    await expect(
      database.$executeRaw`UPDATE "VisitSlot" SET "confirmedCount" = "capacity" + 1 WHERE "id" = ${slotId}`,
    ).rejects.toThrow(/VisitSlot_confirmed_within_capacity/);
    await expect(
      database.$executeRaw`UPDATE "VisitSlot" SET "capacity" = 0, "confirmedCount" = 0 WHERE "id" = ${slotId}`,
    ).rejects.toThrow(/VisitSlot_capacity_positive/);
    await expect(
      database.$executeRaw`UPDATE "VisitSlot" SET "endsAt" = "startsAt" WHERE "id" = ${slotId}`,
    ).rejects.toThrow(/VisitSlot_ends_after_start/);
  });
});

describe("staff managing slots", () => {
  it("refuse to lower capacity below the confirmed count, and raising it promotes the waiting list", async () => {
    const slotId = await openSlot({ site: "nengtou-gas", days: 46, capacity: 3, note: "原说明" });
    for (const person of people.slice(16, 21)) expect((await signUpAs(person, slotId)).ok).toBe(true);
    const fields = { slotId, siteId: await siteId("nengtou-gas"), date: day(46), startTime: "09:00", endTime: "11:00" };

    await actAs(adminId);
    const lowered = await updateVisitSlotAction(null, { ...fields, capacity: 2, note: "" });
    expect(lowered).toEqual({
      ok: false,
      error: "请检查填写的内容",
      fieldErrors: { capacity: ["已有 3 人确认报名，名额不能少于 3 人"] },
    });
    expect((await database.visitSlot.findUniqueOrThrow({ where: { id: slotId } })).capacity).toBe(3);

    const raised = await updateVisitSlotAction(null, { ...fields, capacity: 4, note: "增加一个名额" });
    expect(raised).toMatchObject({ ok: true, data: { promoted: 1 } });
    expect((await signupOf(slotId, people[19]!)).status).toBe("CONFIRMED");
    expect(await expectCountsInStep(slotId)).toEqual({ confirmed: 4, waiting: 1, capacity: 4 });

    // People signed up for this site and time: staff cannot move it from under them.
    const moved = await updateVisitSlotAction(null, {
      ...fields,
      startTime: "14:00",
      endTime: "16:00",
      capacity: 4,
      note: "",
    });
    expect(moved.ok).toBe(false);
    if (!moved.ok) expect(moved.error).toContain("不能更改观摩点和时间");

    const audit = await database.auditLog.findFirstOrThrow({
      where: { action: "visitSlot.update", entityId: String(slotId) },
    });
    expect(audit.before).toMatchObject({ capacity: 3, note: "原说明" });
    expect(audit.after).toMatchObject({ capacity: 4, note: "增加一个名额" });
  });

  it("refuse slots in the past, larger than the site, or overlapping another at the same site", async () => {
    await actAs(adminId);
    const base = { phaseId: demonstrationPhaseId, siteId: await siteId("liangshi-depot"), note: "" };
    const past = await createVisitSlotAction(null, {
      ...base,
      date: day(-1),
      startTime: "09:00",
      endTime: "10:00",
      capacity: 5,
    });
    expect(past).toMatchObject({ ok: false, fieldErrors: { startTime: ["开始时间已过，请选择以后的时间"] } });

    const tooBig = await createVisitSlotAction(null, {
      ...base,
      date: day(47),
      startTime: "09:00",
      endTime: "10:00",
      capacity: 21,
    });
    expect(tooBig).toMatchObject({ ok: false, fieldErrors: { capacity: ["名额不能超过观摩点可容纳人数（20 人）"] } });

    const backwards = await createVisitSlotAction(null, {
      ...base,
      date: day(47),
      startTime: "10:00",
      endTime: "09:00",
      capacity: 5,
    });
    expect(backwards).toMatchObject({ ok: false, fieldErrors: { endTime: ["结束时间须晚于开始时间"] } });

    expect(
      (await createVisitSlotAction(null, { ...base, date: day(47), startTime: "09:00", endTime: "10:00", capacity: 5 }))
        .ok,
    ).toBe(true);
    const clash = await createVisitSlotAction(null, {
      ...base,
      date: day(47),
      startTime: "09:30",
      endTime: "10:30",
      capacity: 5,
    });
    expect(clash.ok).toBe(false);
    if (!clash.ok) expect(clash.error).toContain("已有示范观摩时段");
  });

  it("cancel a slot: every sign-up ends and each person is told; a slot nobody signed up for may be deleted", async () => {
    const slotId = await openSlot({ site: "yidong-network", days: 48, capacity: 1 });
    const [a, b] = people.slice(21, 23) as [number, number];
    for (const person of [a, b]) expect((await signUpAs(person, slotId)).ok).toBe(true);

    await actAs(adminId);
    expect(await deleteVisitSlotAction(null, { slotId })).toMatchObject({ ok: false });
    expect(await cancelVisitSlotAction(null, { slotId, reason: "" })).toMatchObject({
      ok: false,
      fieldErrors: { reason: ["请填写取消原因"] },
    });
    expect(await cancelVisitSlotAction(null, { slotId, reason: "台风停课" })).toMatchObject({
      ok: true,
      data: { cancelledSignups: 2 },
    });
    const slot = await database.visitSlot.findUniqueOrThrow({ where: { id: slotId } });
    expect(slot).toMatchObject({ confirmedCount: 0, cancelReason: "台风停课" });
    expect(await database.visitSignup.count({ where: { slotId, status: { not: "CANCELLED" } } })).toBe(0);
    expect(await database.notification.count({ where: { userId: { in: [a, b] }, kind: "VISIT_SLOT_CANCELLED" } })).toBe(
      2,
    );

    const empty = await openSlot({ site: "yidong-government", days: 48, capacity: 5 });
    expect(await deleteVisitSlotAction(null, { slotId: empty })).toEqual({ ok: true, data: { id: empty } });
    expect(await database.visitSlot.count({ where: { id: empty } })).toBe(0);
    expect(await database.auditLog.count({ where: { action: "visitSlot.delete", entityId: String(empty) } })).toBe(1);
  });

  it("are not for a SECRETARY: every staff action is refused and nothing changes", async () => {
    const slotId = await openSlot({ site: "dianxin-cloud", days: 49, capacity: 5 });
    const before = await database.visitSlot.count();
    await actAs(secretaryId);
    const denied = { ok: false, error: "您没有执行此操作的权限" };
    expect(
      await createVisitSlotAction(null, {
        phaseId: demonstrationPhaseId,
        siteId: await siteId("dianxin-cloud"),
        date: day(49),
        startTime: "14:00",
        endTime: "15:00",
        capacity: 5,
        note: "",
      }),
    ).toEqual(denied);
    expect(
      await updateVisitSlotAction(null, {
        slotId,
        siteId: await siteId("dianxin-cloud"),
        date: day(49),
        startTime: "09:00",
        endTime: "11:00",
        capacity: 1,
        note: "",
      }),
    ).toEqual(denied);
    expect(await cancelVisitSlotAction(null, { slotId, reason: "不想办了" })).toEqual(denied);
    expect(await deleteVisitSlotAction(null, { slotId })).toEqual(denied);
    expect(await database.visitSlot.count()).toBe(before);
    expect((await database.visitSlot.findUniqueOrThrow({ where: { id: slotId } })).capacity).toBe(5);
  });
});

describe("the demo data", () => {
  it("has a full slot with a short waiting list, and every slot's counts in step", async () => {
    const slots = await database.visitSlot.findMany({
      where: { phaseId: demonstrationPhaseId, startsAt: { lt: new Date("2023-01-01") } },
    });
    expect(slots.length).toBeGreaterThanOrEqual(4);
    const full = [];
    for (const slot of slots) {
      const counts = await expectCountsInStep(slot.id);
      if (counts.confirmed === counts.capacity && counts.waiting > 0) full.push(counts);
    }
    expect(full).toEqual([{ confirmed: 6, waiting: 2, capacity: 6 }]);
  });
});
