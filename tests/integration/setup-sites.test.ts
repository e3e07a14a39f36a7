import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createPrismaClient } from "@/lib/prisma-client";
import { seedDemoData } from "@/prisma/seed";
import { createCampaignAction } from "@/lib/campaign/actions";
import {
  addSitePhotosAction,
  createSiteAction,
  deleteSitePhotoAction,
  setSiteActiveAction,
  updateSiteAction,
} from "@/lib/sites/actions";
import { GET as getFile } from "@/app/api/files/[id]/route";
import { actAnonymously, actAs } from "@/tests/support/request-context";
import { setupFingerprint, tourOn, userIdOf } from "@/tests/support/setup-fixtures";

vi.mock("next/headers", () => import("@/tests/support/request-context"));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

// Uploaded bytes go to a folder of this test run (lib/env.ts reads FILES_DIR on first use).
const filesDir = await mkdtemp(path.join(os.tmpdir(), "daguanmo-files-"));
process.env.FILES_DIR = filesDir;

const database = createPrismaClient(process.env.DATABASE_URL!, 2);
let adminId: number;
let secretaryId: number;
let orgId: number;

const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 1, 2, 3, 4]);
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 5, 6, 7, 8]);
const EXE = new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00]);
const photo = (name: string, bytes: Uint8Array) => new File([new Uint8Array(bytes)], name, { type: "image/jpeg" });

/** Every stored file on disk, as relative paths. */
async function filesOnDisk(): Promise<string[]> {
  const found = await readdir(filesDir, { recursive: true, withFileTypes: true });
  return found
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(filesDir, path.join(entry.parentPath, entry.name)));
}

const validSite = (changes: Record<string, unknown> = {}) => ({
  partyOrganizationId: String(orgId),
  name: "江北水厂“清水先锋”展厅",
  theme: "党建护水源",
  highlights: "党员责任区与水质攻关",
  address: "惠州市惠城区江北",
  capacity: "25",
  ...changes,
});

beforeAll(async () => {
  await seedDemoData(database);
  adminId = await userIdOf(database, "admin");
  secretaryId = await userIdOf(database, "secretary");
  orgId = (await database.partyOrganization.findFirstOrThrow({ where: { name: "市水务集团江北水厂党支部" } })).id;
});

afterAll(async () => {
  await database.$disconnect();
  await rm(filesDir, { recursive: true, force: true });
});

describe("creating a site", () => {
  it.each([
    ["capacity 0", { capacity: "0" }, { capacity: ["可容纳人数须大于 0"] }],
    ["a capacity that is not a number", { capacity: "许多" }, { capacity: ["请填写可容纳人数"] }],
    [
      "an unknown organisation",
      { partyOrganizationId: "999999" },
      { partyOrganizationId: ["所选党组织不存在或已停用"] },
    ],
    [
      "no name and no address",
      { name: " ", address: "" },
      { name: ["观摩点名称至少 2 个字"], address: ["请填写地址"] },
    ],
    [
      "a renamed executable among the photos",
      { photos: [photo("a.jpg", JPEG), photo("setup.jpg", EXE)] },
      {
        photos: ["「setup.jpg」不是JPG 或 PNG 图片（按文件内容判断，与扩展名无关）"],
      },
    ],
    [
      "four photos at once",
      { photos: [1, 2, 3, 4].map((n) => photo(`${n}.jpg`, JPEG)) },
      { photos: ["一次最多上传 3 个文件"] },
    ],
  ])("with %s saves nothing and says why beside the field", async (_name, changes, fieldErrors) => {
    await actAs(adminId);
    const before = await setupFingerprint(database);
    const disk = await filesOnDisk();
    const result = await createSiteAction(null, validSite(changes));
    expect(result).toMatchObject({ ok: false, fieldErrors });
    expect(await setupFingerprint(database)).toEqual(before);
    expect(await filesOnDisk()).toEqual(disk);
  });

  it("refuses a disabled organisation", async () => {
    await actAs(adminId);
    const disabled = await database.partyOrganization.create({
      data: {
        enterpriseId: (await database.partyOrganization.findUniqueOrThrow({ where: { id: orgId } })).enterpriseId,
        name: "已撤销的党支部",
        level: "BRANCH",
        isActive: false,
      },
    });
    expect(await createSiteAction(null, validSite({ partyOrganizationId: String(disabled.id) }))).toMatchObject({
      ok: false,
      fieldErrors: { partyOrganizationId: ["所选党组织不存在或已停用"] },
    });
  });

  it("saves the site and its photos, stored outside the web root under names the server made", async () => {
    await actAs(adminId);
    const result = await createSiteAction(
      null,
      validSite({ photos: [photo("学习角.jpg", JPEG), photo("展板.png", PNG)] }),
    );
    expect(result.ok).toBe(true);
    const siteId = result.ok ? result.data.id : 0;
    const site = await database.site.findUniqueOrThrow({
      where: { id: siteId },
      include: { photos: { orderBy: { id: "asc" } } },
    });
    expect(site).toMatchObject({ name: "江北水厂“清水先锋”展厅", capacity: 25, isActive: true });
    expect(site.photos.map((file) => [file.originalName, file.mimeType, file.sizeBytes, file.uploadedById])).toEqual([
      ["学习角.jpg", "image/jpeg", JPEG.length, adminId],
      ["展板.png", "image/png", PNG.length, adminId],
    ]);
    for (const file of site.photos) {
      expect(file.storageKey).toMatch(/^\d{4}\/\d{2}\/[0-9a-f-]{36}$/);
      expect(file.storageKey).not.toContain("学习角");
    }
    expect(new Uint8Array(await readFile(path.join(filesDir, site.photos[0]!.storageKey)))).toEqual(JPEG);
    expect(await database.auditLog.count({ where: { action: "site.create", entityId: String(siteId) } })).toBe(1);
    expect(
      await database.auditLog.count({
        where: { action: "storedFile.create", entityId: { in: site.photos.map((file) => String(file.id)) } },
      }),
    ).toBe(2);
  });
});

describe("editing a site", () => {
  it("with bad input leaves it unchanged; good input saves it with an audit row", async () => {
    await actAs(adminId);
    const created = await createSiteAction(null, validSite({ name: "待编辑的观摩点" }));
    const siteId = created.ok ? created.data.id : 0;
    const before = await setupFingerprint(database);
    for (const changes of [{ capacity: "0" }, { partyOrganizationId: "999999" }, { theme: "" }]) {
      expect(
        await updateSiteAction(null, { siteId: String(siteId), ...validSite({ name: "待编辑的观摩点", ...changes }) }),
      ).toMatchObject({ ok: false });
    }
    expect(await setupFingerprint(database)).toEqual(before);

    expect(
      await updateSiteAction(null, {
        siteId: String(siteId),
        ...validSite({ name: "改名后的观摩点", capacity: "60" }),
      }),
    ).toEqual({
      ok: true,
      data: { id: siteId },
    });
    expect(
      await database.auditLog.findFirstOrThrow({ where: { action: "site.update", entityId: String(siteId) } }),
    ).toMatchObject({
      before: { name: "待编辑的观摩点", capacity: 25 },
      after: { name: "改名后的观摩点", capacity: 60 },
    });
  });

  it("adds and deletes photos: deleting removes the row and the file", async () => {
    await actAs(adminId);
    const created = await createSiteAction(null, validSite({ name: "照片观摩点" }));
    const siteId = created.ok ? created.data.id : 0;
    expect(await addSitePhotosAction(null, { siteId: String(siteId), photos: [photo("新照片.jpg", JPEG)] })).toEqual({
      ok: true,
      data: { id: siteId, added: 1 },
    });
    expect(
      await addSitePhotosAction(null, {
        siteId: String(siteId),
        photos: [photo("readme.png", new TextEncoder().encode("hello"))],
      }),
    ).toMatchObject({
      ok: false,
      fieldErrors: { photos: ["「readme.png」不是JPG 或 PNG 图片（按文件内容判断，与扩展名无关）"] },
    });
    const stored = await database.storedFile.findFirstOrThrow({ where: { siteId } });
    expect(await filesOnDisk()).toContain(stored.storageKey);

    expect(await deleteSitePhotoAction(null, { fileId: String(stored.id) })).toEqual({
      ok: true,
      data: { id: siteId },
    });
    expect(await database.storedFile.count({ where: { id: stored.id } })).toBe(0);
    expect(await filesOnDisk()).not.toContain(stored.storageKey);
    expect(
      await database.auditLog.findFirstOrThrow({ where: { action: "storedFile.delete", entityId: String(stored.id) } }),
    ).toMatchObject({
      before: { originalName: "新照片.jpg", siteId },
    });
  });

  it("cannot be disabled while a tour still to come visits it", async () => {
    await actAs(adminId);
    const created = await createSiteAction(null, validSite({ name: "有安排的观摩点" }));
    const siteId = created.ok ? created.data.id : 0;
    await createCampaignAction(null, { year: "2089", name: "2089年活动", goals: "" });
    const phase = await database.phase.findFirstOrThrow({ where: { campaign: { year: 2089 }, kind: "CROSS" } });
    await tourOn(database, {
      phaseId: phase.id,
      createdById: adminId,
      day: "2089-08-08",
      title: "2089年交叉观摩",
      siteId,
      status: "PUBLISHED",
    });
    expect(await setSiteActiveAction(null, { siteId: String(siteId), active: "false" })).toEqual({
      ok: false,
      error:
        "不能停用：观摩点「有安排的观摩点」已安排在观摩活动「2089年交叉观摩」（2089年8月8日）中，请先调整或取消该活动",
    });
    expect((await database.site.findUniqueOrThrow({ where: { id: siteId } })).isActive).toBe(true);
  });
});

describe("GET /api/files/[id]", () => {
  const request = (id: number | string, query = "") =>
    getFile(new Request(`http://localhost/api/files/${id}${query}`), { params: Promise.resolve({ id: String(id) }) });

  it("serves a site photo to any signed-in user with its stored type and safe headers", async () => {
    await actAs(adminId);
    const created = await createSiteAction(
      null,
      validSite({ name: "可下载的观摩点", photos: [photo("党员 活动室.png", PNG)] }),
    );
    const file = await database.storedFile.findFirstOrThrow({
      where: { site: { id: created.ok ? created.data.id : 0 } },
    });

    await actAs(secretaryId);
    const response = await request(file.id);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/png");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("content-disposition")).toBe(
      `inline; filename="__ ___.png"; filename*=UTF-8''%E5%85%9A%E5%91%98%20%E6%B4%BB%E5%8A%A8%E5%AE%A4.png`,
    );
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(PNG);
    expect((await request(file.id, "?download=1")).headers.get("content-disposition")).toMatch(/^attachment;/);

    actAnonymously();
    expect((await request(file.id)).status).toBe(401);
  });

  it("answers 404 for a missing file, a bad id, and a file the caller may not see", async () => {
    await actAs(secretaryId);
    expect((await request(987654)).status).toBe(404);
    expect((await request("abc")).status).toBe(404);
    const report = await database.selfReport.findFirstOrThrow({ select: { id: true } });
    const attachment = await database.storedFile.create({
      data: {
        storageKey: "2022/06/00000000-0000-4000-8000-000000000001",
        originalName: "自查报告.pdf",
        mimeType: "application/pdf",
        sizeBytes: 4,
        sha256: "0",
        uploadedById: adminId,
        selfReportId: report.id,
      },
    });
    expect((await request(attachment.id)).status).toBe(404);
  });
});
