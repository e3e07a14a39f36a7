import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createPrismaClient } from "@/lib/prisma-client";
import { seedDemoData } from "@/prisma/seed";
import {
  closePhaseAction,
  createCampaignAction,
  openPhaseAction,
  updateCampaignAction,
  updatePhaseAction,
} from "@/lib/campaign/actions";
import { createEnterpriseAction, setEnterpriseActiveAction, updateEnterpriseAction } from "@/lib/enterprises/actions";
import { createOrgAction, moveOrgAction, setOrgActiveAction, updateOrgAction } from "@/lib/enterprises/org-actions";
import { importOrganizationsAction } from "@/lib/import/actions";
import {
  addSitePhotosAction,
  createSiteAction,
  deleteSitePhotoAction,
  setSiteActiveAction,
  updateSiteAction,
} from "@/lib/sites/actions";
import { actAs } from "@/tests/support/request-context";
import { importWorkbook } from "@/tests/support/import-workbook";
import { setupFingerprint, userIdOf } from "@/tests/support/setup-fixtures";

vi.mock("next/headers", () => import("@/tests/support/request-context"));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const database = createPrismaClient(process.env.DATABASE_URL!, 2);
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46]);

type Call = [name: string, call: () => Promise<{ ok: boolean; error?: string }>];
let calls: Call[];

beforeAll(async () => {
  await seedDemoData(database);
  const phase = await database.phase.findFirstOrThrow({ where: { campaign: { year: 2022 }, kind: "CROSS" } });
  const planned = await database.phase.findFirstOrThrow({ where: { campaign: { year: 2022 }, kind: "DEMONSTRATION" } });
  const campaign = await database.campaign.findUniqueOrThrow({ where: { year: 2022 } });
  const water = await database.enterprise.findUniqueOrThrow({ where: { name: "惠州市水务集团有限公司" } });
  const committee = await database.partyOrganization.findFirstOrThrow({
    where: { enterpriseId: water.id, level: "COMMITTEE" },
  });
  const branch = await database.partyOrganization.findFirstOrThrow({ where: { name: "市水务集团排水公司党支部" } });
  const general = await database.partyOrganization.findFirstOrThrow({ where: { name: "市水务集团供水板块党总支" } });
  const site = await database.site.findFirstOrThrow({ where: { partyOrganization: { enterpriseId: water.id } } });
  const admin = await userIdOf(database, "admin");
  const file = await database.storedFile.create({
    data: {
      storageKey: "2022/05/00000000-0000-4000-8000-0000000000aa",
      originalName: "旧照片.jpg",
      mimeType: "image/jpeg",
      sizeBytes: 10,
      sha256: "0",
      uploadedById: admin,
      siteId: site.id,
    },
  });
  const workbook = await importWorkbook([
    {
      enterprise: "惠州市越权集团有限公司",
      shortName: "越权集团",
      category: "市属企业",
      org: "越权集团党委",
      level: "党委",
    },
  ]);
  const siteFields = {
    partyOrganizationId: String(branch.id),
    name: "越权观摩点",
    theme: "越权",
    address: "惠州",
    capacity: "10",
  };

  // Every setup action with input that an administrator's call would accept.
  calls = [
    ["createCampaign", () => createCampaignAction(null, { year: "2095", name: "越权活动", goals: "" })],
    [
      "updateCampaign",
      () => updateCampaignAction(null, { campaignId: String(campaign.id), name: "越权改名", goals: "" }),
    ],
    [
      "updatePhase",
      () =>
        updatePhaseAction(null, {
          phaseId: String(planned.id),
          name: "越权",
          startsOn: "2022-10-01",
          endsOn: "2022-12-31",
          travelMinutes: "30",
        }),
    ],
    ["openPhase", () => openPhaseAction(null, { phaseId: String(planned.id) })],
    ["closePhase", () => closePhaseAction(null, { phaseId: String(phase.id) })],
    [
      "createEnterprise",
      () => createEnterpriseAction(null, { name: "越权集团有限公司", shortName: "越权", category: "OTHER" }),
    ],
    [
      "updateEnterprise",
      () =>
        updateEnterpriseAction(null, {
          enterpriseId: String(water.id),
          name: water.name,
          shortName: "越权",
          category: "MUNICIPAL",
        }),
    ],
    ["setEnterpriseActive", () => setEnterpriseActiveAction(null, { enterpriseId: String(water.id), active: "false" })],
    [
      "createOrg",
      () =>
        createOrgAction(null, {
          enterpriseId: String(water.id),
          parentId: String(committee.id),
          name: "越权党支部",
          level: "BRANCH",
        }),
    ],
    [
      "updateOrg",
      () =>
        updateOrgAction(null, { orgId: String(branch.id), name: "越权改名党支部", level: "BRANCH", memberCount: "1" }),
    ],
    ["moveOrg", () => moveOrgAction(null, { orgId: String(branch.id), parentId: String(general.id) })],
    ["setOrgActive", () => setOrgActiveAction(null, { orgId: String(branch.id), active: "false" })],
    [
      "importOrganizations",
      () => importOrganizationsAction(null, { file: new File([new Uint8Array(workbook)], "越权.xlsx") }),
    ],
    ["createSite", () => createSiteAction(null, siteFields)],
    ["updateSite", () => updateSiteAction(null, { siteId: String(site.id), ...siteFields })],
    ["setSiteActive", () => setSiteActiveAction(null, { siteId: String(site.id), active: "false" })],
    [
      "addSitePhotos",
      () => addSitePhotosAction(null, { siteId: String(site.id), photos: [new File([JPEG], "越权.jpg")] }),
    ],
    ["deleteSitePhoto", () => deleteSitePhotoAction(null, { fileId: String(file.id) })],
  ];
});

afterAll(async () => {
  await database.$disconnect();
});

describe.each(["secretary", "leader"])("%s calling the setup actions", (username) => {
  it("is refused by every one of them, and nothing changes", async () => {
    await actAs(await userIdOf(database, username));
    const before = await setupFingerprint(database);
    for (const [name, call] of calls) {
      expect({ name, result: await call() }).toEqual({ name, result: { ok: false, error: "您没有执行此操作的权限" } });
    }
    expect(await setupFingerprint(database)).toEqual(before);
  });
});

it("covers every setup action an administrator has (the list above is complete)", async () => {
  const modules = await Promise.all([
    import("@/lib/campaign/actions"),
    import("@/lib/enterprises/actions"),
    import("@/lib/enterprises/org-actions"),
    import("@/lib/import/actions"),
    import("@/lib/sites/actions"),
  ]);
  const exported = modules.flatMap((module) => Object.keys(module)).filter((key) => key.endsWith("Action"));
  expect(exported.map((key) => key.replace(/Action$/, "")).sort()).toEqual(calls.map(([name]) => name).sort());
});
