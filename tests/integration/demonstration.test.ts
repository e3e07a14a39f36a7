import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { GET as demonstrationRoute } from "@/app/api/v1/demonstration/route";
import { removeSelectionAction, selectCandidateAction } from "@/lib/demonstration/actions";
import { loadSelectionBoard } from "@/lib/demonstration/queries";
import { createPrismaClient } from "@/lib/prisma-client";
import { phaseRankings } from "@/lib/rankings/queries";
import { runAs } from "@/tests/support/per-call-session";
import { actAnonymously, actAs } from "@/tests/support/request-context";
import { userIdOf } from "@/tests/support/setup-fixtures";

// Concurrent calls carry their own user through `runAs`; sequential ones use `actAs`.
vi.mock("next/headers", () => import("@/tests/support/per-call-session"));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

// The file's database is a copy of the seeded template (tests/support/file-database.ts).
const database = createPrismaClient(process.env.DATABASE_URL!, 2);
let adminId: number;
let secretaryId: number;
let phaseId: number;
let siteIds: number[];
let staffIds: number[];

const choose = (category: string, targetId: number, reason = "综合表现突出，示范作用明显。") =>
  selectCandidateAction(null, { phaseId: String(phaseId), category, targetId: String(targetId), reason });

beforeAll(async () => {
  adminId = await userIdOf(database, "admin");
  secretaryId = await userIdOf(database, "secretary");
  phaseId = (await database.phase.findFirstOrThrow({ where: { kind: "DEMONSTRATION" } })).id;
  siteIds = (
    await database.site.findMany({ where: { isActive: true }, orderBy: { id: "asc" }, select: { id: true } })
  ).map((site) => site.id);
  // Ten members of staff, each with an account of their own.
  // The tests call actions with a session token; the hash is never checked.
  const hash = "not-a-password-hash";
  staffIds = [];
  for (let index = 1; index <= 10; index += 1) {
    const user = await database.user.create({
      data: { username: `staff${index}`, displayName: `工作人员${index}`, role: "ADMIN", passwordHash: hash },
    });
    staffIds.push(user.id);
  }
});

beforeEach(async () => {
  // Each test starts from an empty list (the seed makes two early choices).
  await database.demonstrationSelection.deleteMany({});
});

afterAll(async () => {
  await database.$disconnect();
});

describe("the candidates", () => {
  it("rank organisations by the mean of their earlier official scores, with each phase's score beside it", async () => {
    const board = await loadSelectionBoard(database);
    if (!board) throw new Error("no demonstration phase");
    expect(board.earlierPhases.map((phase) => phase.name)).toEqual(["内部观摩", "交叉观摩"]);
    const [internal, cross] = await Promise.all(board.earlierPhases.map((phase) => phaseRankings(phase.id, database)));
    const units = board.candidates.UNIT;
    expect(units.length).toBeGreaterThan(3);
    for (const unit of units) {
      const scores = [internal, cross]
        .map((ranking) => ranking!.items.find((item) => item.partyOrganization.id === unit.id)?.score)
        .filter((score): score is string => score !== undefined);
      expect(unit.results.map((result) => result.score.toString())).toEqual(
        scores.map((score) => String(Number(score))),
      );
      const mean = scores.reduce((sum, score) => sum + Number(score) * 100, 0) / scores.length / 100;
      expect(Number(unit.combined)).toBeCloseTo(mean, 2);
    }
    const combined = units.map((unit) => Number(unit.combined));
    expect(combined).toEqual([...combined].sort((a, b) => b - a));
    // Sites and entries carry their organisation's figure.
    const site = board.candidates.SITE.find((candidate) => candidate.name === "惠州烟草物流配送中心")!;
    const org = units.find((unit) => unit.id === site.organization.id)!;
    expect(site.combined?.toString()).toBe(org.combined?.toString());
  });
});

describe("choosing", () => {
  it("records who, when and why in a slot, with an audit row, and refuses without a reason", async () => {
    await actAs(adminId);
    const missing = await choose("SITE", siteIds[0]!, " ");
    expect(missing).toMatchObject({ ok: false, fieldErrors: { reason: ["入选理由至少 5 个字"] } });
    const result = await choose("SITE", siteIds[0]!);
    expect(result).toMatchObject({ ok: true, data: { slot: 1 } });
    const row = await database.demonstrationSelection.findFirstOrThrow({ where: { phaseId } });
    expect(row).toMatchObject({ category: "SITE", slot: 1, siteId: siteIds[0], selectedById: adminId });
    expect(row.reason).toBe("综合表现突出，示范作用明显。");
    const audit = await database.auditLog.findFirstOrThrow({
      where: { entityType: "DemonstrationSelection", entityId: String(row.id) },
    });
    expect(audit).toMatchObject({
      action: "demonstration.select",
      actorId: adminId,
      after: { slot: 1, siteId: siteIds[0] },
    });

    expect(await choose("SITE", siteIds[0]!)).toMatchObject({ ok: false, error: expect.stringContaining("已入选") });

    const removed = await removeSelectionAction(null, { selectionId: String(row.id) });
    expect(removed.ok).toBe(true);
    expect(await database.demonstrationSelection.count()).toBe(0);
    expect(await database.auditLog.count({ where: { action: "demonstration.remove", entityId: String(row.id) } })).toBe(
      1,
    );
  });

  it("answers 名额已满 once the quota is taken, and frees the slot on removal", async () => {
    await actAs(adminId);
    const entries = await database.experienceEntry.findMany({ orderBy: { id: "asc" }, take: 4, select: { id: true } });
    for (const entry of entries.slice(0, 3)) expect((await choose("PROJECT", entry.id)).ok).toBe(true);
    const fourth = await choose("PROJECT", entries[3]!.id);
    expect(fourth).toMatchObject({ ok: false, error: expect.stringContaining("名额已满") });
    const second = await database.demonstrationSelection.findFirstOrThrow({ where: { category: "PROJECT", slot: 2 } });
    await removeSelectionAction(null, { selectionId: String(second.id) });
    expect(await choose("PROJECT", entries[3]!.id)).toMatchObject({ ok: true, data: { slot: 2 } });
  });

  it("refuses a unit that no earlier phase ranked, and a phase other than the demonstration phase", async () => {
    await actAs(adminId);
    const unranked = await database.partyOrganization.findFirstOrThrow({
      where: { isActive: true, scoreSheets: { none: { status: "SUBMITTED" } } },
    });
    expect(await choose("UNIT", unranked.id)).toMatchObject({
      ok: false,
      fieldErrors: { targetId: ["该党组织在此前阶段没有评分结果，不在候选范围内"] },
    });
    const cross = await database.phase.findFirstOrThrow({ where: { kind: "CROSS" } });
    expect(
      await selectCandidateAction(null, {
        phaseId: String(cross.id),
        category: "SITE",
        targetId: String(siteIds[0]),
        reason: "理由写得很充分",
      }),
    ).toMatchObject({ ok: false, error: "示范评选只在示范观摩阶段进行" });
    expect(await database.demonstrationSelection.count()).toBe(0);
  });

  it("refuses a secretary, changing nothing", async () => {
    await actAs(secretaryId);
    expect(await choose("SITE", siteIds[0]!)).toEqual({ ok: false, error: "您没有执行此操作的权限" });
    await actAs(adminId);
    await choose("SITE", siteIds[0]!);
    const row = await database.demonstrationSelection.findFirstOrThrow();
    await actAs(secretaryId);
    expect(await removeSelectionAction(null, { selectionId: String(row.id) })).toEqual({
      ok: false,
      error: "您没有执行此操作的权限",
    });
    expect(await database.demonstrationSelection.count()).toBe(1);
  });
});

describe("the quotas under concurrent choices", () => {
  it("lets exactly 6 of 10 staff choosing different sites at once in, and tells the rest 名额已满", async () => {
    const results = await Promise.all(
      staffIds.map((staffId, index) => runAs(staffId, () => choose("SITE", siteIds[index]!))),
    );
    const accepted = results.filter((result) => result.ok);
    const refused = results.filter((result) => !result.ok);
    expect(accepted).toHaveLength(6);
    expect(refused).toHaveLength(4);
    for (const result of refused) expect(result).toMatchObject({ error: expect.stringContaining("名额已满") });
    const rows = await database.demonstrationSelection.findMany({
      where: { category: "SITE" },
      orderBy: { slot: "asc" },
    });
    expect(rows.map((row) => row.slot)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(new Set(rows.map((row) => row.selectedById)).size).toBe(6);
  });

  it("lets one of two staff choosing the same candidate at once win; the other is told it is already chosen", async () => {
    const results = await Promise.all(
      staffIds.slice(0, 2).map((staffId) => runAs(staffId, () => choose("SITE", siteIds[0]!))),
    );
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.find((result) => !result.ok)).toMatchObject({ error: expect.stringContaining("已入选") });
    expect(await database.demonstrationSelection.count({ where: { siteId: siteIds[0] } })).toBe(1);
  });
});

describe("GET /api/v1/demonstration", () => {
  const call = () => demonstrationRoute(new Request("http://localhost/api/v1/demonstration"));

  it("answers 401 without a session and 403 for a secretary", async () => {
    actAnonymously();
    expect((await call()).status).toBe(401);
    await actAs(secretaryId);
    const response = await call();
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ code: "forbidden" });
  });

  it("lists units, projects and sites with slot, names, reason and time", async () => {
    await actAs(adminId);
    const site = await database.site.findFirstOrThrow({
      where: { name: "惠州烟草物流配送中心" },
      include: { partyOrganization: { include: { enterprise: true } } },
    });
    await choose("SITE", site.id, "学习角做法值得全系统学习。");
    await actAs(await userIdOf(database, "leader"));
    const response = await call();
    expect(response.status).toBe(200);
    expect(response.headers.get("Cache-Control")).toBe("no-store");
    const body = await response.json();
    expect(body).toEqual({
      units: [],
      projects: [],
      sites: [
        {
          id: site.id,
          slot: 1,
          name: "惠州烟草物流配送中心",
          partyOrganization: { id: site.partyOrganizationId, name: site.partyOrganization.name },
          enterprise: { id: site.partyOrganization.enterprise.id, name: site.partyOrganization.enterprise.name },
          reason: "学习角做法值得全系统学习。",
          selectedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/),
        },
      ],
    });
  });
});

// Last: a closed phase cannot be reopened (a trigger holds it), so this leaves the phase closed.
describe("a closed demonstration phase", () => {
  it("keeps its list: choosing and removing are refused", async () => {
    await actAs(adminId);
    expect((await choose("SITE", siteIds[0]!)).ok).toBe(true);
    const row = await database.demonstrationSelection.findFirstOrThrow();
    await database.phase.update({ where: { id: phaseId }, data: { status: "CLOSED", closedAt: new Date() } });
    expect(await choose("SITE", siteIds[1]!)).toEqual({ ok: false, error: "示范观摩阶段已结束，评选结果不能再更改" });
    expect(await removeSelectionAction(null, { selectionId: String(row.id) })).toEqual({
      ok: false,
      error: "示范观摩阶段已结束，评选结果不能再更改",
    });
    expect(await database.demonstrationSelection.count()).toBe(1);
  });
});
