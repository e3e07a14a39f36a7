import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createPrismaClient } from "@/lib/prisma-client";
import { seedDemoData } from "@/prisma/seed";
import { createCampaignAction } from "@/lib/campaign/actions";
import { createEnterpriseAction, setEnterpriseActiveAction, updateEnterpriseAction } from "@/lib/enterprises/actions";
import { createOrgAction, moveOrgAction, setOrgActiveAction, updateOrgAction } from "@/lib/enterprises/org-actions";
import { importOrganizationsAction } from "@/lib/import/actions";
import { actAs } from "@/tests/support/request-context";
import { importWorkbook } from "@/tests/support/import-workbook";
import { setupFingerprint, tourOn, userIdOf } from "@/tests/support/setup-fixtures";

vi.mock("next/headers", () => import("@/tests/support/request-context"));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const database = createPrismaClient(process.env.DATABASE_URL!, 2);
let adminId: number;

/** A fresh enterprise for one test, with a 党委 → 党总支 → two 党支部 tree and a site on one branch. */
async function enterpriseWithTree(key: string) {
  const enterprise = await database.enterprise.create({
    data: {
      name: `测试${key}集团有限公司`,
      shortName: `${key}集团`,
      category: "MUNICIPAL",
      countsTowardAssetTarget: true,
    },
  });
  const org = (name: string, level: "COMMITTEE" | "GENERAL_BRANCH" | "BRANCH", parentId: number | null) =>
    database.partyOrganization.create({
      data: { enterpriseId: enterprise.id, name: `${key}${name}`, level, parentId, memberCount: 10 },
    });
  const committee = await org("党委", "COMMITTEE", null);
  const general = await org("生产党总支", "GENERAL_BRANCH", committee.id);
  const branchA = await org("甲党支部", "BRANCH", general.id);
  const branchB = await org("乙党支部", "BRANCH", general.id);
  const office = await org("机关党支部", "BRANCH", committee.id);
  const site = await database.site.create({
    data: {
      partyOrganizationId: branchA.id,
      name: `${key}甲车间`,
      theme: "党建进车间",
      address: "惠州市",
      capacity: 20,
    },
  });
  return { enterprise, committee, general, branchA, branchB, office, site };
}

async function org(id: number) {
  return database.partyOrganization.findUniqueOrThrow({ where: { id } });
}

beforeAll(async () => {
  await seedDemoData(database);
  adminId = await userIdOf(database, "admin");
});

afterAll(async () => {
  await database.$disconnect();
});

describe("enterprises", () => {
  it("are created and edited with an audit row, and names stay unique", async () => {
    await actAs(adminId);
    const created = await createEnterpriseAction(null, {
      name: "惠州市文旅投资集团有限公司",
      shortName: "文旅集团",
      category: "MUNICIPAL",
      countsTowardAssetTarget: "on",
      sortOrder: "12",
    });
    expect(created.ok).toBe(true);
    const id = created.ok ? created.data.id : 0;
    expect(await database.enterprise.findUniqueOrThrow({ where: { id } })).toMatchObject({
      shortName: "文旅集团",
      countsTowardAssetTarget: true,
      sortOrder: 12,
      isActive: true,
    });

    const before = await setupFingerprint(database);
    expect(
      await createEnterpriseAction(null, { name: "惠州市文旅投资集团有限公司", shortName: "重复", category: "OTHER" }),
    ).toMatchObject({ ok: false, fieldErrors: { name: ["已有同名企业"] } });
    expect(await createEnterpriseAction(null, { name: "惠", shortName: "", category: "NONE" })).toMatchObject({
      ok: false,
      fieldErrors: { name: ["企业全称至少 2 个字"], shortName: ["请填写企业简称"], category: ["请选择类别"] },
    });
    expect(await setupFingerprint(database)).toEqual(before);

    // An unticked checkbox is absent from the form: the enterprise stops counting toward the target.
    expect(
      await updateEnterpriseAction(null, {
        enterpriseId: String(id),
        name: "惠州市文旅投资集团有限公司",
        shortName: "文旅",
        category: "MUNICIPAL",
        sortOrder: "3",
      }),
    ).toEqual({ ok: true, data: { id } });
    expect(await database.enterprise.findUniqueOrThrow({ where: { id } })).toMatchObject({
      shortName: "文旅",
      countsTowardAssetTarget: false,
    });
    expect(
      await database.auditLog.findFirstOrThrow({ where: { action: "enterprise.update", entityId: String(id) } }),
    ).toMatchObject({
      before: { shortName: "文旅集团", countsTowardAssetTarget: true },
      after: { shortName: "文旅", countsTowardAssetTarget: false },
    });
  });

  it("take their organisations and sites with them when disabled; enabling brings back the enterprise only", async () => {
    await actAs(adminId);
    const tree = await enterpriseWithTree("停企");
    const result = await setEnterpriseActiveAction(null, { enterpriseId: String(tree.enterprise.id), active: "false" });
    expect(result).toMatchObject({ ok: true, data: { active: false, cascade: { organizations: 5, sites: 1 } } });
    expect(
      await database.partyOrganization.count({ where: { enterpriseId: tree.enterprise.id, isActive: true } }),
    ).toBe(0);
    expect((await database.site.findUniqueOrThrow({ where: { id: tree.site.id } })).isActive).toBe(false);

    expect(
      await setEnterpriseActiveAction(null, { enterpriseId: String(tree.enterprise.id), active: "true" }),
    ).toMatchObject({ ok: true });
    expect((await database.enterprise.findUniqueOrThrow({ where: { id: tree.enterprise.id } })).isActive).toBe(true);
    expect(
      await database.partyOrganization.count({ where: { enterpriseId: tree.enterprise.id, isActive: true } }),
    ).toBe(0);
  });
});

describe("party organisations", () => {
  it("are added under a parent of a higher level in the same enterprise only", async () => {
    await actAs(adminId);
    const tree = await enterpriseWithTree("建");
    const other = await enterpriseWithTree("他");
    const add = (changes: Record<string, unknown>) =>
      createOrgAction(null, {
        enterpriseId: String(tree.enterprise.id),
        name: "建新党支部",
        level: "BRANCH",
        memberCount: "8",
        ...changes,
      });

    const before = await setupFingerprint(database);
    expect(await add({ parentId: String(tree.branchA.id) })).toMatchObject({
      ok: false,
      fieldErrors: {
        level: ["党支部不能设在党支部「建甲党支部」之下：下级的层级须低于上级（党委/党组 → 党总支 → 党支部）"],
      },
    });
    expect(await add({ parentId: String(other.committee.id) })).toMatchObject({
      ok: false,
      fieldErrors: { parentId: ["上级党组织不存在或不属于本企业"] },
    });
    expect(await add({ parentId: String(tree.general.id), name: "建甲党支部" })).toMatchObject({
      ok: false,
      fieldErrors: { name: ["本企业已有同名党组织"] },
    });
    expect(await add({ parentId: String(tree.general.id), memberCount: "-1" })).toMatchObject({
      ok: false,
      fieldErrors: { memberCount: ["党员人数不能为负数"] },
    });
    expect(await setupFingerprint(database)).toEqual(before);

    const created = await add({ parentId: String(tree.general.id) });
    expect(created).toMatchObject({ ok: true, data: { enterpriseId: tree.enterprise.id } });
    const row = await org(created.ok ? created.data.id : 0);
    expect(row).toMatchObject({ parentId: tree.general.id, level: "BRANCH", memberCount: 8 });
    expect(
      await database.auditLog.count({ where: { action: "partyOrganization.create", entityId: String(row.id) } }),
    ).toBe(1);
  });

  it("move as a branch, but never under themselves, their own descendants, or another enterprise", async () => {
    await actAs(adminId);
    const tree = await enterpriseWithTree("移");
    const other = await enterpriseWithTree("异");
    const move = (orgId: number, parentId: number | "") =>
      moveOrgAction(null, { orgId: String(orgId), parentId: String(parentId) });
    const before = await setupFingerprint(database);

    expect(await move(tree.general.id, tree.general.id)).toMatchObject({
      ok: false,
      error: "不能把党组织移到它自己下面",
    });
    expect(await move(tree.committee.id, tree.general.id)).toMatchObject({
      ok: false,
      error: "「移生产党总支」是该党组织的下级，不能把党组织移到自己的下级下面",
    });
    expect(await move(tree.general.id, other.committee.id)).toMatchObject({
      ok: false,
      fieldErrors: { parentId: ["上级党组织不存在或不属于本企业"] },
    });
    expect(await move(tree.office.id, tree.branchA.id)).toMatchObject({
      ok: false,
      fieldErrors: { parentId: [expect.stringContaining("下级的层级须低于上级")] },
    });
    expect(await move(tree.branchA.id, tree.general.id)).toEqual({ ok: false, error: "上级党组织没有变化" });
    expect(await setupFingerprint(database)).toEqual(before);

    expect(await move(tree.office.id, tree.general.id)).toEqual({
      ok: true,
      data: { id: tree.office.id, enterpriseId: tree.enterprise.id },
    });
    expect((await org(tree.office.id)).parentId).toBe(tree.general.id);
    // The general branch moves to the top with its whole branch under it.
    expect(await move(tree.general.id, "")).toMatchObject({ ok: true });
    expect((await org(tree.general.id)).parentId).toBeNull();
    expect((await org(tree.branchA.id)).parentId).toBe(tree.general.id);
    const audit = await database.auditLog.findFirstOrThrow({
      where: { action: "partyOrganization.move", entityId: String(tree.office.id) },
    });
    expect(audit).toMatchObject({ before: { parentId: tree.committee.id }, after: { parentId: tree.general.id } });
  });

  it("keep the level order in the database as well: no cycle can ever be written", async () => {
    const tree = await enterpriseWithTree("库");
    const elsewhere = await enterpriseWithTree("库外");
    await expect(
      database.partyOrganization.update({ where: { id: tree.committee.id }, data: { parentId: tree.branchA.id } }),
    ).rejects.toThrow(/not below its parent/);
    await expect(
      database.partyOrganization.update({ where: { id: tree.general.id }, data: { level: "BRANCH" } }),
    ).rejects.toThrow(/has children at or above level/);
    // The parent must be in the same enterprise: the composite foreign key (parentId, enterpriseId).
    await expect(
      database.partyOrganization.update({ where: { id: tree.branchA.id }, data: { parentId: elsewhere.committee.id } }),
    ).rejects.toThrow(/PartyOrganization_parentId_enterpriseId_fkey/);
  });

  it("change level only where parent and children still fit", async () => {
    await actAs(adminId);
    const tree = await enterpriseWithTree("级");
    const update = (id: number, level: string, name: string) =>
      updateOrgAction(null, { orgId: String(id), name, level, memberCount: "10", sortOrder: "0" });
    expect(await update(tree.general.id, "BRANCH", "级生产党总支")).toMatchObject({
      ok: false,
      fieldErrors: { level: ["下级「级甲党支部」的层级不低于所选层级，请先调整下级"] },
    });
    expect(await update(tree.office.id, "COMMITTEE", "级机关党支部")).toMatchObject({
      ok: false,
      fieldErrors: { level: [expect.any(String)] },
    });
    expect(await update(tree.office.id, "GENERAL_BRANCH", "级机关党总支")).toMatchObject({ ok: true });
    expect(await org(tree.office.id)).toMatchObject({ level: "GENERAL_BRANCH", name: "级机关党总支" });
  });

  it("disable with their whole branch and its sites, refused while a site is on a tour still to come", async () => {
    await actAs(adminId);
    const tree = await enterpriseWithTree("停");
    const campaign = await createCampaignAction(null, { year: "2088", name: "2088年活动", goals: "" });
    expect(campaign.ok).toBe(true);
    const phase = await database.phase.findFirstOrThrow({ where: { campaign: { year: 2088 }, kind: "INTERNAL" } });
    const tour = await tourOn(database, {
      phaseId: phase.id,
      createdById: adminId,
      day: "2088-04-12",
      title: "2088年第一期观摩",
      siteId: tree.site.id,
    });

    const before = await setupFingerprint(database);
    expect(await setOrgActiveAction(null, { orgId: String(tree.general.id), active: "false" })).toEqual({
      ok: false,
      error:
        "不能停用：观摩点「停甲车间」已安排在观摩活动「2088年第一期观摩」（2088年4月12日）中，请先调整或取消该活动",
    });
    expect(await setupFingerprint(database)).toEqual(before);

    await database.tour.update({ where: { id: tour.id }, data: { status: "CANCELLED", cancelReason: "测试" } });
    expect(await setOrgActiveAction(null, { orgId: String(tree.general.id), active: "false" })).toMatchObject({
      ok: true,
      data: { active: false, cascade: { organizations: 3, sites: 1 } },
    });
    expect(
      (
        await database.partyOrganization.findMany({
          where: { enterpriseId: tree.enterprise.id },
          orderBy: { id: "asc" },
        })
      ).map((row) => [row.name, row.isActive]),
    ).toEqual([
      ["停党委", true],
      ["停生产党总支", false],
      ["停甲党支部", false],
      ["停乙党支部", false],
      ["停机关党支部", true],
    ]);
    expect((await database.site.findUniqueOrThrow({ where: { id: tree.site.id } })).isActive).toBe(false);
    expect(
      await database.auditLog.count({
        where: {
          action: "partyOrganization.disable",
          entityId: { in: [tree.general, tree.branchA, tree.branchB].map((row) => String(row.id)) },
        },
      }),
    ).toBe(3);
    expect(await database.auditLog.count({ where: { action: "site.disable", entityId: String(tree.site.id) } })).toBe(
      1,
    );

    // A branch under a disabled parent cannot come back on its own.
    expect(await setOrgActiveAction(null, { orgId: String(tree.branchA.id), active: "true" })).toEqual({
      ok: false,
      error: "上级「停生产党总支」已停用，请先启用上级",
    });
    expect(await setOrgActiveAction(null, { orgId: String(tree.general.id), active: "true" })).toMatchObject({
      ok: true,
      data: { cascade: { organizations: 3, sites: 0 } },
    });
    expect((await org(tree.branchB.id)).isActive).toBe(true);
    expect((await database.site.findUniqueOrThrow({ where: { id: tree.site.id } })).isActive).toBe(false);
  });
});

describe("importing from Excel", () => {
  const upload = async (content: Buffer | Uint8Array, name = "导入.xlsx") =>
    importOrganizationsAction(null, { file: new File([new Uint8Array(content)], name) });

  it("imports nothing when one row is bad, and returns every row's errors by row number", async () => {
    await actAs(adminId);
    const file = await importWorkbook([
      {
        enterprise: "惠州市海港集团有限公司",
        shortName: "海港集团",
        category: "市属企业",
        org: "海港集团党委",
        level: "党委",
      },
      {
        enterprise: "惠州市海港集团有限公司",
        org: "海港集团码头党支部",
        level: "党支部",
        parent: "海港集团党委",
        members: 20,
      },
      {
        enterprise: "惠州市海港集团有限公司",
        org: "海港集团仓储党支部",
        level: "党支部",
        parent: "海港集团码头党支部",
        members: 9,
      },
      {
        enterprise: "惠州市水务集团有限公司",
        org: "市水务集团江北水厂党支部",
        level: "党支部",
        parent: "惠州市水务集团有限公司党委",
      },
      { enterprise: "惠州市水务集团有限公司", org: "市水务集团东江党支部", level: "党支部", parent: "海港集团党委" },
    ]);
    const before = await setupFingerprint(database);
    const result = await upload(file);
    expect(result).toEqual({
      ok: false,
      error: "有 3 行不符合要求，未导入任何数据。请修改后重新上传。",
      fieldErrors: {
        "row:4": [
          "党支部不能设在党支部「海港集团码头党支部」之下：下级的层级须低于上级（党委/党组 → 党总支 → 党支部）",
        ],
        "row:5": ["系统中该企业已有党组织「市水务集团江北水厂党支部」"],
        "row:6": ["上级党组织「海港集团党委」属于另一企业「惠州市海港集团有限公司」，上级须为同一企业的党组织"],
      },
    });
    expect(await setupFingerprint(database)).toEqual(before);
    expect(await database.enterprise.count({ where: { name: "惠州市海港集团有限公司" } })).toBe(0);
  });

  it("imports a good file in one go: new enterprises, trees, and branches added to existing enterprises", async () => {
    await actAs(adminId);
    const water = await database.enterprise.findUniqueOrThrow({ where: { name: "惠州市水务集团有限公司" } });
    const file = await importWorkbook([
      {
        enterprise: "惠州市海港集团有限公司",
        shortName: "海港集团",
        category: "市属企业",
        org: "海港集团党委",
        level: "党委",
      },
      {
        enterprise: "惠州市海港集团有限公司",
        org: "海港集团仓储党支部",
        level: "党支部",
        parent: "海港集团物流党总支",
        members: 9,
      },
      { enterprise: "惠州市海港集团有限公司", org: "海港集团物流党总支", level: "党总支", parent: "海港集团党委" },
      {
        enterprise: "中国某某通信惠州分公司",
        shortName: "惠州某某",
        category: "驻惠央企",
        org: "惠州某某党委",
        level: "党委",
      },
      {
        enterprise: "惠州市水务集团有限公司",
        org: "市水务集团东江水厂党支部",
        level: "党支部",
        parent: "市水务集团供水板块党总支",
        members: 17,
      },
    ]);
    const result = await upload(file, "第二批.xlsx");
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.organizationsCreated).toBe(5);
    expect(result.data.enterprisesCreated.map((enterprise) => enterprise.name).sort()).toEqual(
      ["中国某某通信惠州分公司", "惠州市海港集团有限公司"].sort(),
    );

    const harbour = await database.enterprise.findUniqueOrThrow({
      where: { name: "惠州市海港集团有限公司" },
      include: { partyOrganizations: { include: { parent: true } } },
    });
    expect(harbour).toMatchObject({ shortName: "海港集团", category: "MUNICIPAL", countsTowardAssetTarget: true });
    expect(
      harbour.partyOrganizations.map((row) => [row.name, row.level, row.parent?.name ?? null, row.memberCount]).sort(),
    ).toEqual(
      [
        ["海港集团仓储党支部", "BRANCH", "海港集团物流党总支", 9],
        ["海港集团党委", "COMMITTEE", null, 0],
        ["海港集团物流党总支", "GENERAL_BRANCH", "海港集团党委", 0],
      ].sort(),
    );
    expect(
      (await database.enterprise.findUniqueOrThrow({ where: { name: "中国某某通信惠州分公司" } }))
        .countsTowardAssetTarget,
    ).toBe(false);
    const added = await database.partyOrganization.findFirstOrThrow({
      where: { name: "市水务集团东江水厂党支部" },
      include: { parent: true },
    });
    expect(added).toMatchObject({
      enterpriseId: water.id,
      memberCount: 17,
      parent: { name: "市水务集团供水板块党总支" },
    });
    const audit = await database.auditLog.findFirstOrThrow({
      where: { action: "partyOrganization.create", entityId: String(added.id) },
    });
    expect(audit.after).toMatchObject({ source: "Excel 导入「第二批.xlsx」第 6 行" });

    // The same file again: every row now clashes with what the first import created.
    const again = await upload(file);
    expect(again).toMatchObject({ ok: false, error: "有 5 行不符合要求，未导入任何数据。请修改后重新上传。" });
  });

  it.each([
    [
      "a text file named .xlsx",
      new TextEncoder().encode("企业全称,党组织名称\n"),
      "这不是 Excel 工作簿（.xlsx）文件，请使用下载的模板填写后上传",
    ],
    [
      "an executable named .xlsx",
      new Uint8Array([0x4d, 0x5a, 0x90, 0x00]),
      "这不是 Excel 工作簿（.xlsx）文件，请使用下载的模板填写后上传",
    ],
  ])("refuses %s", async (_name, content, message) => {
    await actAs(adminId);
    const before = await setupFingerprint(database);
    expect(await upload(content)).toEqual({ ok: false, error: message, fieldErrors: { file: [message] } });
    expect(await setupFingerprint(database)).toEqual(before);
  });

  it("refuses a file over 5 MB", async () => {
    await actAs(adminId);
    expect(await upload(new Uint8Array(5 * 1024 * 1024 + 10))).toMatchObject({
      ok: false,
      fieldErrors: { file: ["文件超过 5 MB，请拆分后分批导入"] },
    });
  });
});
