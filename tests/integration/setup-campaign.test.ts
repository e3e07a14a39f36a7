import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createPrismaClient } from "@/lib/prisma-client";
import { seedDemoData } from "@/prisma/seed";
import { closePhaseAction, createCampaignAction, openPhaseAction, updatePhaseAction } from "@/lib/campaign/actions";
import { actAs } from "@/tests/support/request-context";
import { setupFingerprint, tourOn, userIdOf } from "@/tests/support/setup-fixtures";

vi.mock("next/headers", () => import("@/tests/support/request-context"));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const database = createPrismaClient(process.env.DATABASE_URL!, 2);
const YEAR = 2087;
let adminId: number;
let phaseIds: { internal: number; cross: number; demonstration: number };

async function phase(id: number) {
  return database.phase.findUniqueOrThrow({ where: { id } });
}

const edit = (phaseId: number, changes: Record<string, unknown> = {}) => ({
  phaseId,
  name: "示范观摩",
  startsOn: `${YEAR}-10-01`,
  endsOn: `${YEAR}-12-31`,
  selfReportDeadline: "",
  travelMinutes: "15",
  ...changes,
});

beforeAll(async () => {
  await seedDemoData(database);
  adminId = await userIdOf(database, "admin");
  await actAs(adminId);
  const created = await createCampaignAction(null, {
    year: String(YEAR),
    name: `${YEAR}年党建“大观摩”活动`,
    goals: "找差距补短板\n挖亮点推经验",
  });
  expect(created.ok).toBe(true);
  const phases = await database.phase.findMany({ where: { campaign: { year: YEAR } }, orderBy: { sequence: "asc" } });
  phaseIds = { internal: phases[0]!.id, cross: phases[1]!.id, demonstration: phases[2]!.id };
});

afterAll(async () => {
  await database.$disconnect();
});

describe("a new year's campaign", () => {
  it("starts with three planned phases in order, each with its tiers and 15 minutes of travel time", async () => {
    const phases = await database.phase.findMany({
      where: { campaign: { year: YEAR } },
      orderBy: { sequence: "asc" },
      include: { _count: { select: { tiers: true } } },
    });
    expect(phases.map((row) => [row.kind, row.sequence, row.status, row.travelMinutes, row._count.tiers])).toEqual([
      ["INTERNAL", 1, "PLANNED", 15, 4],
      ["CROSS", 2, "PLANNED", 15, 4],
      ["DEMONSTRATION", 3, "PLANNED", 15, 4],
    ]);
    const campaign = await database.campaign.findUniqueOrThrow({ where: { year: YEAR } });
    expect(campaign.goals).toEqual(["找差距补短板", "挖亮点推经验"]);
    expect(await database.auditLog.count({ where: { action: "campaign.create", entityId: String(campaign.id) } })).toBe(
      1,
    );
  });

  it("is one per year", async () => {
    const before = await setupFingerprint(database);
    const result = await createCampaignAction(null, { year: String(YEAR), name: "重复的活动", goals: "" });
    expect(result).toMatchObject({ ok: false, fieldErrors: { year: [`${YEAR} 年的活动已经存在`] } });
    expect(await setupFingerprint(database)).toEqual(before);
  });
});

describe("phase order and closing", () => {
  it("walks planned → active → closed in sequence, refusing every step out of order", async () => {
    await actAs(adminId);
    const { internal, cross, demonstration } = phaseIds;

    expect(await openPhaseAction(null, { phaseId: String(cross) })).toEqual({
      ok: false,
      error: "上一阶段「内部观摩」尚未开始，「交叉观摩」不能先开始",
    });
    expect(await closePhaseAction(null, { phaseId: String(internal) })).toEqual({
      ok: false,
      error: "「内部观摩」尚未开始，不能结束",
    });
    expect((await phase(cross)).status).toBe("PLANNED");

    expect(await openPhaseAction(null, { phaseId: String(internal) })).toEqual({ ok: true, data: { id: internal } });
    expect(await openPhaseAction(null, { phaseId: String(cross) })).toEqual({ ok: true, data: { id: cross } });
    expect(await closePhaseAction(null, { phaseId: String(cross) })).toEqual({
      ok: false,
      error: "上一阶段「内部观摩」尚未结束，请先结束上一阶段",
    });

    const beforeClose = new Date();
    expect(await closePhaseAction(null, { phaseId: String(internal) })).toEqual({ ok: true, data: { id: internal } });
    const closed = await phase(internal);
    expect(closed.status).toBe("CLOSED");
    expect(closed.closedAt!.getTime()).toBeGreaterThanOrEqual(beforeClose.getTime() - 1000);

    // Closed is final: it neither reopens nor closes again, and its settings are frozen.
    expect(await openPhaseAction(null, { phaseId: String(internal) })).toEqual({
      ok: false,
      error: "「内部观摩」已结束，不能重新开始",
    });
    expect(await closePhaseAction(null, { phaseId: String(internal) })).toEqual({
      ok: false,
      error: "「内部观摩」已经结束",
    });
    expect(
      await updatePhaseAction(
        null,
        edit(internal, { name: "内部观摩", startsOn: `${YEAR}-03-01`, endsOn: `${YEAR}-06-30` }),
      ),
    ).toEqual({
      ok: false,
      error: "「内部观摩」已结束，不能再修改",
    });
    expect((await phase(internal)).updatedAt).toEqual(closed.updatedAt);

    expect(await openPhaseAction(null, { phaseId: String(demonstration) })).toMatchObject({ ok: true });

    const audit = await database.auditLog.findMany({
      where: {
        entityType: "Phase",
        entityId: { in: [internal, cross, demonstration].map(String) },
        action: { in: ["phase.open", "phase.close"] },
      },
      orderBy: { id: "asc" },
      select: { action: true, entityId: true, before: true, after: true },
    });
    expect(audit.map((row) => [row.action, Number(row.entityId)])).toEqual([
      ["phase.open", internal],
      ["phase.open", cross],
      ["phase.close", internal],
      ["phase.open", demonstration],
    ]);
    expect(audit[2]).toMatchObject({ before: { status: "ACTIVE", closedAt: null }, after: { status: "CLOSED" } });
  });

  it("keeps a closed phase closed even against a direct write", async () => {
    await expect(
      database.phase.update({ where: { id: phaseIds.internal }, data: { status: "ACTIVE" } }),
    ).rejects.toThrow(/closed and cannot be reopened/);
  });
});

describe("phase windows", () => {
  it("saves a valid window, deadline and travel time with an audit row", async () => {
    await actAs(adminId);
    const result = await updatePhaseAction(
      null,
      edit(phaseIds.demonstration, {
        name: "示范观摩（全市）",
        startsOn: `${YEAR}-10-08`,
        selfReportDeadline: `${YEAR}-12-09T18:00`,
        travelMinutes: "20",
      }),
    );
    expect(result).toEqual({ ok: true, data: { id: phaseIds.demonstration } });
    const saved = await phase(phaseIds.demonstration);
    expect(saved).toMatchObject({ name: "示范观摩（全市）", travelMinutes: 20 });
    expect(saved.startsOn.toISOString()).toBe(`${YEAR}-10-08T00:00:00.000Z`);
    expect(saved.selfReportDeadline!.toISOString()).toBe(`${YEAR}-12-09T10:00:00.000Z`);
    const audit = await database.auditLog.findFirstOrThrow({
      where: { action: "phase.update", entityId: String(phaseIds.demonstration) },
      orderBy: { id: "desc" },
    });
    expect(audit).toMatchObject({
      before: { travelMinutes: 15 },
      after: { travelMinutes: 20, name: "示范观摩（全市）" },
    });
  });

  it.each([
    [
      "an end before the start",
      { startsOn: `${YEAR}-11-10`, endsOn: `${YEAR}-11-01` },
      { endsOn: ["结束日期不能早于开始日期"] },
    ],
    ["days outside the campaign year", { endsOn: `${YEAR + 1}-01-10` }, { endsOn: [`结束日期须在 ${YEAR} 年内`] }],
    [
      "an overlap with the phase before",
      { startsOn: `${YEAR}-09-30` },
      { startsOn: [`须晚于上一阶段「交叉观摩」的结束日期（${YEAR}-09-30）`] },
    ],
    [
      "a deadline outside the window",
      { selfReportDeadline: `${YEAR}-09-01T18:00` },
      { selfReportDeadline: ["自查报告截止时间须在本阶段时间范围内"] },
    ],
    ["a negative travel time", { travelMinutes: "-5" }, { travelMinutes: ["不能少于 0 分钟"] }],
    ["a missing start", { startsOn: "" }, { startsOn: ["请填写开始日期"] }],
  ])("refuses %s and changes nothing", async (_name, changes, fieldErrors) => {
    await actAs(adminId);
    const before = await setupFingerprint(database);
    const result = await updatePhaseAction(null, edit(phaseIds.demonstration, changes));
    expect(result).toMatchObject({ ok: false, fieldErrors });
    expect(await setupFingerprint(database)).toEqual(before);
  });

  it("refuses to shrink a window so that a tour falls outside it, naming the tour", async () => {
    await actAs(adminId);
    await tourOn(database, {
      phaseId: phaseIds.demonstration,
      createdById: adminId,
      day: `${YEAR}-12-20`,
      title: "示范观摩第一场",
    });
    await tourOn(database, {
      phaseId: phaseIds.demonstration,
      createdById: adminId,
      day: `${YEAR}-12-28`,
      title: "已取消的一场",
      status: "CANCELLED",
    });
    const before = await setupFingerprint(database);
    const message = `观摩活动「示范观摩第一场」（${YEAR}年12月20日）将落在新的时间范围之外，请先调整或取消这些活动`;
    expect(
      await updatePhaseAction(
        null,
        edit(phaseIds.demonstration, { startsOn: `${YEAR}-10-08`, endsOn: `${YEAR}-12-15` }),
      ),
    ).toEqual({
      ok: false,
      error: message,
      fieldErrors: { endsOn: [message] },
    });
    expect(await setupFingerprint(database)).toEqual(before);
    // Ending on the tour's own day keeps it inside; the cancelled tour does not count.
    expect(
      await updatePhaseAction(
        null,
        edit(phaseIds.demonstration, { startsOn: `${YEAR}-10-08`, endsOn: `${YEAR}-12-20` }),
      ),
    ).toMatchObject({
      ok: true,
    });
  });

  it("holds non-overlapping windows in the database too", async () => {
    await expect(
      database.phase.update({ where: { id: phaseIds.cross }, data: { endsOn: new Date(`${YEAR}-10-15T00:00:00Z`) } }),
    ).rejects.toThrow(/Phase_windows_do_not_overlap|exclusion/i);
  });
});
