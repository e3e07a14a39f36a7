import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createPrismaClient } from "@/lib/prisma-client";
import { seedDemoData } from "@/prisma/seed";
import {
  activateRubricAction,
  copyRubricAction,
  createRubricAction,
  deleteRubricAction,
  updateRubricAction,
} from "@/lib/rubrics/actions";
import {
  addCategoryAction,
  addItemAction,
  deleteCategoryAction,
  deleteItemAction,
  moveCategoryAction,
  moveItemAction,
  renameCategoryAction,
  updateItemAction,
} from "@/lib/rubrics/content-actions";
import { submitScoreSheetAction } from "@/lib/scoring/actions";
import { actAs } from "@/tests/support/request-context";
import {
  createActiveRubric,
  createCampaign,
  createPhase,
  createTour,
  removeCampaign,
  siteId,
  userId,
} from "@/tests/support/scoring-fixtures";

vi.mock("next/headers", () => import("@/tests/support/request-context"));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

// Rubric rules through the real server actions as the demo ADMIN, on a campaign of this file's own.
const database = createPrismaClient(process.env.DATABASE_URL!, 2);
let admin: number;
let campaign: { id: number; year: number };

function unwrap<T>(result: { ok: true; data: T } | { ok: false; error: string }): T {
  if (!result.ok) throw new Error(`expected success, got: ${result.error}`);
  return result.data;
}

async function rubricItems(rubricId: number) {
  return database.rubricItem.findMany({
    where: { rubricId },
    orderBy: [{ category: { sequence: "asc" } }, { sequence: "asc" }],
    select: { id: true, title: true, maxPoints: true, category: { select: { name: true } } },
  });
}

beforeAll(async () => {
  await seedDemoData(database);
  admin = await userId(database, "admin");
  campaign = await createCampaign(database);
});

afterAll(async () => {
  await removeCampaign(database, campaign.id);
  await database.$disconnect();
});

let phaseId: number;
let activeId: number;

describe("activating a rubric", () => {
  it("activates only at exactly 100 points, retiring the phase's rubric before it", async () => {
    phaseId = (await createPhase(database, campaign, "DEMONSTRATION")).id;
    const previous = await createActiveRubric(database, phaseId);
    await actAs(admin);
    const { id } = unwrap(await createRubricAction(null, { phaseId: String(phaseId), title: "示范观摩评分细则" }));
    expect(await database.rubric.findUnique({ where: { id } })).toMatchObject({ version: 2, status: "DRAFT" });

    expect(await activateRubricAction(null, { rubricId: String(id) })).toMatchObject({
      ok: false,
      error: "细则还没有评分条目，不能启用",
    });
    const category = unwrap(await addCategoryAction(null, { rubricId: String(id), name: "阵地建设" }));
    const form = (title: string, maxPoints: string) => ({
      categoryId: String(category.id),
      title,
      guidance: "",
      maxPoints,
    });
    unwrap(await addItemAction(null, form("党建阵地建设", "60")));
    const second = unwrap(await addItemAction(null, form("阵地使用成效", "29.5")));
    expect(await activateRubricAction(null, { rubricId: String(id) })).toMatchObject({
      ok: false,
      error: "各条目满分合计须为 100 分才能启用，当前合计 89.5 分",
    });
    unwrap(await updateItemAction(null, { ...form("阵地使用成效", "40.5"), itemId: String(second.id) }));
    expect(await activateRubricAction(null, { rubricId: String(id) })).toMatchObject({
      ok: false,
      error: "各条目满分合计须为 100 分才能启用，当前合计 100.5 分",
    });
    unwrap(await updateItemAction(null, { ...form("阵地使用成效", "40"), itemId: String(second.id) }));
    const empty = unwrap(await addCategoryAction(null, { rubricId: String(id), name: "党建品牌" }));
    expect(await activateRubricAction(null, { rubricId: String(id) })).toMatchObject({
      ok: false,
      error: "类别“党建品牌”下没有评分条目，请添加条目或删除该类别后再启用",
    });
    unwrap(await deleteCategoryAction(null, { categoryId: String(empty.id) }));

    await actAs(await userId(database, "leader"));
    expect(await activateRubricAction(null, { rubricId: String(id) })).toMatchObject({
      ok: false,
      error: "您没有执行此操作的权限",
    });
    await actAs(admin);
    expect(await activateRubricAction(null, { rubricId: String(id) })).toMatchObject({
      ok: true,
      data: { id, retiredId: previous.id },
    });
    activeId = id;
    const rubrics = await database.rubric.findMany({ where: { phaseId }, orderBy: { version: "asc" } });
    expect(rubrics.map((rubric) => [rubric.version, rubric.status])).toEqual([
      [1, "RETIRED"],
      [2, "ACTIVE"],
    ]);
    expect(rubrics[1]!.activatedAt).not.toBeNull();
    expect(await activateRubricAction(null, { rubricId: String(previous.id) })).toMatchObject({ ok: false });
    // The database allows one ACTIVE rubric per phase whatever path writes it.
    await expect(
      database.$executeRawUnsafe(`UPDATE "Rubric" SET "status" = 'ACTIVE' WHERE "id" = ${previous.id}`),
    ).rejects.toThrow(/Rubric_one_active_per_phase/);
  });

  it("refuses bad maximums beside the field", async () => {
    await actAs(admin);
    const copy = unwrap(await copyRubricAction(null, { rubricId: String(activeId) }));
    const category = await database.rubricCategory.findFirstOrThrow({ where: { rubricId: copy.id } });
    for (const [maxPoints, message] of [
      ["7.3", "分值须为 0.5 的整数倍，如 7 或 7.5"],
      ["0", "满分须大于 0"],
      ["120", "满分不能超过 100 分"],
      ["十分", "请输入数字，如 7 或 7.5"],
    ] as const) {
      const result = await addItemAction(null, {
        categoryId: String(category.id),
        title: "新条目",
        guidance: "",
        maxPoints,
      });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.fieldErrors?.maxPoints).toEqual([message]);
    }
    unwrap(await deleteRubricAction(null, { rubricId: String(copy.id) }));
    expect(await database.rubric.findUnique({ where: { id: copy.id } })).toBeNull();
  });
});

describe("changing a rubric in use", () => {
  it("lets an active rubric change only in words and order while nothing is submitted", async () => {
    await actAs(admin);
    const [first, second] = await rubricItems(activeId);
    const category = await database.rubricCategory.findFirstOrThrow({ where: { rubricId: activeId } });
    unwrap(await renameCategoryAction(null, { categoryId: String(category.id), name: "阵地建设与使用" }));
    const edit = {
      itemId: String(first!.id),
      categoryId: String(category.id),
      title: "阵地建设标准化",
      guidance: "看标准化水平",
    };
    unwrap(await updateItemAction(null, { ...edit, maxPoints: "60" }));
    unwrap(await moveItemAction(null, { itemId: String(second!.id), direction: "up" }));
    expect((await rubricItems(activeId)).map((item) => item.title)).toEqual(["阵地使用成效", "阵地建设标准化"]);

    const structural = "已启用的细则只能修改文字和顺序；调整分值或增删条目、类别，请“复制为新版本”后修改并启用";
    expect(await updateItemAction(null, { ...edit, maxPoints: "50" })).toMatchObject({ ok: false, error: structural });
    expect(
      await addItemAction(null, { categoryId: String(category.id), title: "新条目", guidance: "", maxPoints: "5" }),
    ).toMatchObject({ ok: false, error: structural });
    expect(await deleteItemAction(null, { itemId: String(first!.id) })).toMatchObject({ ok: false, error: structural });
  });

  it("freezes a rubric once a sheet is submitted against it; a copy becomes the next version", async () => {
    const leader = await userId(database, "leader");
    const tour = await createTour(database, {
      phaseId,
      year: campaign.year,
      sites: [await siteId(database, "德赛研发中心党员创新工作室")],
      scorers: [leader],
    });
    const items = await rubricItems(activeId);
    await actAs(leader);
    unwrap(
      await submitScoreSheetAction(null, {
        stopId: tour.stops[0]!,
        baseVersion: 0,
        scores: Object.fromEntries(items.map((item) => [String(item.id), 30])),
        comment: "",
      }),
    );

    await actAs(admin);
    const category = await database.rubricCategory.findFirstOrThrow({ where: { rubricId: activeId } });
    const [first] = items;
    const frozen = "已有评分表按此细则提交，细则不能再修改；请“复制为新版本”，在新版本中修改后启用";
    const attempts = [
      updateRubricAction(null, { rubricId: String(activeId), title: "改标题" }),
      addCategoryAction(null, { rubricId: String(activeId), name: "新类别" }),
      renameCategoryAction(null, { categoryId: String(category.id), name: "改名" }),
      moveCategoryAction(null, { categoryId: String(category.id), direction: "down" }),
      deleteCategoryAction(null, { categoryId: String(category.id) }),
      addItemAction(null, { categoryId: String(category.id), title: "新条目", guidance: "", maxPoints: "5" }),
      updateItemAction(null, {
        itemId: String(first!.id),
        categoryId: String(category.id),
        title: "只改标题",
        guidance: "",
        maxPoints: first!.maxPoints.toString(),
      }),
      moveItemAction(null, { itemId: String(first!.id), direction: "down" }),
      deleteItemAction(null, { itemId: String(first!.id) }),
    ];
    for (const result of await Promise.all(attempts)) expect(result).toMatchObject({ ok: false, error: frozen });
    expect(await rubricItems(activeId)).toEqual(items);
    // The database holds the rule for any other path too.
    await expect(
      database.$executeRawUnsafe(`UPDATE "RubricItem" SET "title" = '绕过' WHERE "id" = ${first!.id}`),
    ).rejects.toThrow(/cannot change/);

    const copy = unwrap(await copyRubricAction(null, { rubricId: String(activeId) }));
    const copied = await database.rubric.findUniqueOrThrow({ where: { id: copy.id } });
    expect(copied).toMatchObject({ phaseId, status: "DRAFT", title: "示范观摩评分细则" });
    expect(copied.version).toBeGreaterThan(2);
    const strip = (rows: Awaited<ReturnType<typeof rubricItems>>) =>
      rows.map(({ title, maxPoints, category }) => [category.name, title, maxPoints.toString()]);
    expect(strip(await rubricItems(copy.id))).toEqual(strip(items));
    unwrap(await updateRubricAction(null, { rubricId: String(copy.id), title: "示范观摩评分细则（修订）" }));
    const audit = await database.auditLog.findFirst({ where: { action: "rubric.copy", entityId: String(copy.id) } });
    expect(audit?.after).toMatchObject({ copiedFrom: activeId });
  });
});

describe("the database", () => {
  it.each([
    ["Rubric_activated_has_time", `UPDATE "Rubric" SET "activatedAt" = NULL WHERE "status" = 'ACTIVE'`],
    ["Rubric_version_positive", `UPDATE "Rubric" SET "version" = 0 WHERE "status" = 'DRAFT'`],
    ["ScoreSheet_version_positive", `UPDATE "ScoreSheet" SET "version" = 0`],
    ["ScoreSheetRevision_reason_not_blank", `UPDATE "ScoreSheetRevision" SET "reason" = '  '`],
  ])("refuses rows breaking %s", async (constraint, statement) => {
    await expect(database.$executeRawUnsafe(statement)).rejects.toThrow(new RegExp(constraint));
  });
});
