import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { GET as getFile } from "@/app/api/files/[id]/route";
import {
  addExperiencePhotosAction,
  createExperienceEntryAction,
  deleteExperiencePhotoAction,
  setExperiencePromotedAction,
  updateExperienceEntryAction,
} from "@/lib/library/actions";
import { searchLibrary } from "@/lib/library/queries";
import { readLibraryFilter } from "@/lib/library/search";
import { createPrismaClient } from "@/lib/prisma-client";
import { actAnonymously, actAs } from "@/tests/support/request-context";
import { userIdOf } from "@/tests/support/setup-fixtures";

vi.mock("next/headers", () => import("@/tests/support/request-context"));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

// Uploaded bytes go to a folder of this test run (lib/env.ts reads FILES_DIR on first use).
const filesDir = await mkdtemp(path.join(os.tmpdir(), "daguanmo-library-"));
process.env.FILES_DIR = filesDir;

// The file's database is a copy of the seeded template (tests/support/file-database.ts).
const database = createPrismaClient(process.env.DATABASE_URL!, 2);
let adminId: number;
let secretaryId: number;
let orgId: number;
let phaseId: number;

const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 1, 2, 3, 4]);
const EXE = new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00]);
const file = (name: string, bytes: Uint8Array) => new File([new Uint8Array(bytes)], name, { type: "image/jpeg" });

const validEntry = (changes: Record<string, unknown> = {}) => ({
  kind: "BRAND",
  title: "清水先锋党建品牌",
  summary: "水厂党支部以“清水先锋”品牌统领班组建设，党员责任区覆盖全部生产岗位。",
  partyOrganizationId: String(orgId),
  phaseId: String(phaseId),
  tags: "支部品牌，水质保障、 清水先锋",
  ...changes,
});

const search = (params: Record<string, string>) => searchLibrary(readLibraryFilter(params), database);
const auditRows = (entityId: number) =>
  database.auditLog.findMany({
    where: { entityType: "ExperienceEntry", entityId: String(entityId) },
    orderBy: { id: "asc" },
  });

beforeAll(async () => {
  adminId = await userIdOf(database, "admin");
  secretaryId = await userIdOf(database, "secretary");
  orgId = (await database.partyOrganization.findFirstOrThrow({ where: { name: "市水务集团江北水厂党支部" } })).id;
  phaseId = (await database.phase.findFirstOrThrow({ where: { kind: "CROSS" } })).id;
});

afterAll(async () => {
  await database.$disconnect();
  await rm(filesDir, { recursive: true, force: true });
});

describe("searching the library", () => {
  it("finds a word in titles, summaries and tags, case-insensitively", async () => {
    const byTitle = await search({ q: "学习角" });
    const titles = byTitle.entries.map((entry) => entry.title);
    // 物流配送中心"学习角" by its title; 党建进车间 by its summary and its tag.
    expect(titles).toEqual(expect.arrayContaining(["物流配送中心“学习角”", "党建进车间"]));
    expect(byTitle.total).toBe(titles.length);
    const byTagOnly = await search({ q: "议事清单" });
    expect(byTagOnly.entries.map((entry) => entry.title)).toEqual(["支部书记进项目评审会"]);
  });

  it("treats % and _ in the search as the characters themselves", async () => {
    await actAs(adminId);
    for (const title of ["党员覆盖率100%", "党员覆盖率1000人", "A_B 工作法", "AxB 工作法"]) {
      const result = await createExperienceEntryAction(null, validEntry({ title, tags: "" }));
      expect(result.ok).toBe(true);
    }
    expect((await search({ q: "100%" })).entries.map((entry) => entry.title)).toEqual(["党员覆盖率100%"]);
    expect((await search({ q: "A_B" })).entries.map((entry) => entry.title)).toEqual(["A_B 工作法"]);
    expect((await search({ q: "%" })).entries.map((entry) => entry.title)).toEqual(["党员覆盖率100%"]);
  });

  it("filters by kind, enterprise, phase, tag and promotion, and pages", async () => {
    const promoted = await search({ promoted: "yes" });
    expect(promoted.entries.length).toBeGreaterThan(0);
    expect(promoted.entries.every((entry) => entry.promoted)).toBe(true);
    const notPromoted = await search({ promoted: "no" });
    expect(notPromoted.entries.every((entry) => !entry.promoted)).toBe(true);
    const all = await search({});
    expect(promoted.total + notPromoted.total).toBe(all.total);

    const brands = await search({ kind: "BRAND" });
    expect(brands.entries.every((entry) => entry.kind === "BRAND")).toBe(true);
    const tagged = await search({ tag: "学习角" });
    expect(tagged.entries.every((entry) => entry.tags.includes("学习角"))).toBe(true);
    expect(tagged.total).toBe(2);
    const yancao = await database.enterprise.findFirstOrThrow({ where: { shortName: { contains: "烟草" } } });
    const ofYancao = await search({ enterprise: String(yancao.id) });
    expect(ofYancao.entries.every((entry) => entry.partyOrganization.enterprise.id === yancao.id)).toBe(true);
    expect(ofYancao.total).toBe(6);
    const ofPhase = await search({ phase: String(phaseId) });
    expect(ofPhase.entries.every((entry) => entry.phase.id === phaseId)).toBe(true);

    // Promoted entries come first; a page past the end is empty but keeps the count.
    const firstUnpromoted = all.entries.findIndex((entry) => !entry.promoted);
    expect(all.entries.slice(firstUnpromoted).every((entry) => !entry.promoted)).toBe(true);
    const beyond = await search({ page: "99" });
    expect(beyond.entries).toEqual([]);
    expect(beyond.total).toBe(all.total);
  });
});

describe("staff keep the library", () => {
  it("refuses bad input with messages beside the fields and saves nothing", async () => {
    await actAs(adminId);
    const before = await database.experienceEntry.count();
    const result = await createExperienceEntryAction(
      null,
      validEntry({ kind: "POEM", title: "x", summary: "短", tags: "一,二,三,四,五,六,七,八,九,十,十一" }),
    );
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: {
        kind: ["请选择类别"],
        title: ["标题至少 2 个字"],
        summary: ["简介至少 10 个字"],
        tags: ["标签最多 10 个"],
      },
    });
    const unknownOrg = await createExperienceEntryAction(null, validEntry({ partyOrganizationId: "999999" }));
    expect(unknownOrg).toMatchObject({ ok: false, fieldErrors: { partyOrganizationId: ["所选党组织不存在或已停用"] } });
    const renamedExe = await createExperienceEntryAction(null, validEntry({ photos: [file("photo.jpg", EXE)] }));
    expect(renamedExe).toMatchObject({
      ok: false,
      fieldErrors: { photos: [expect.stringContaining("按文件内容判断")] },
    });
    expect(await database.experienceEntry.count()).toBe(before);
  });

  it("creates, edits, adds and removes photos, promotes and unpromotes, each in the audit log", async () => {
    await actAs(adminId);
    const created = await createExperienceEntryAction(null, validEntry({ photos: [file("现场.jpg", JPEG)] }));
    if (!created.ok) throw new Error(created.error);
    const id = created.data.id;
    const entry = await database.experienceEntry.findUniqueOrThrow({ where: { id }, include: { photos: true } });
    expect(entry).toMatchObject({ tags: ["支部品牌", "水质保障", "清水先锋"], promoted: false, createdById: adminId });
    expect(entry.photos).toHaveLength(1);

    const updated = await updateExperienceEntryAction(null, {
      ...validEntry({ title: "清水先锋品牌" }),
      entryId: String(id),
    });
    expect(updated.ok).toBe(true);

    const added = await addExperiencePhotosAction(null, { entryId: String(id), photos: [file("第二张.jpg", JPEG)] });
    expect(added).toMatchObject({ ok: true, data: { added: 1 } });
    const removed = await deleteExperiencePhotoAction(null, { fileId: String(entry.photos[0]!.id) });
    expect(removed.ok).toBe(true);
    expect(await database.storedFile.count({ where: { experienceEntryId: id } })).toBe(1);

    const promoted = await setExperiencePromotedAction(null, { entryId: String(id), promoted: "true" });
    expect(promoted).toMatchObject({ ok: true, data: { promoted: true } });
    const afterPromote = await database.experienceEntry.findUniqueOrThrow({ where: { id } });
    expect(afterPromote.promotedById).toBe(adminId);
    expect(afterPromote.promotedAt).toBeInstanceOf(Date);
    expect(await setExperiencePromotedAction(null, { entryId: String(id), promoted: "true" })).toMatchObject({
      ok: false,
      error: "该条目已标记为推广",
    });
    expect((await setExperiencePromotedAction(null, { entryId: String(id), promoted: "false" })).ok).toBe(true);
    expect(await database.experienceEntry.findUniqueOrThrow({ where: { id } })).toMatchObject({
      promoted: false,
      promotedAt: null,
      promotedById: null,
    });

    const log = await auditRows(id);
    expect(log.map((row) => row.action)).toEqual([
      "experience.create",
      "experience.update",
      "experience.promote",
      "experience.unpromote",
    ]);
    expect(log[1]).toMatchObject({ before: { title: "清水先锋党建品牌" }, after: { title: "清水先锋品牌" } });
    expect(log[2]).toMatchObject({ actorId: adminId, before: { promoted: false }, after: { promoted: true } });
    const photoLog = await database.auditLog.findMany({
      where: { entityType: "StoredFile", action: { in: ["storedFile.create", "storedFile.delete"] } },
    });
    expect(photoLog.length).toBeGreaterThanOrEqual(3);
  });

  it("refuses a secretary every change and leaves the entry as it was", async () => {
    const entry = await database.experienceEntry.findFirstOrThrow({
      where: { promoted: false },
      include: { photos: true },
    });
    await actAs(adminId);
    const photo = await addExperiencePhotosAction(null, { entryId: String(entry.id), photos: [file("a.jpg", JPEG)] });
    if (!photo.ok) throw new Error(photo.error);
    const fileId = (await database.storedFile.findFirstOrThrow({ where: { experienceEntryId: entry.id } })).id;
    const before = await database.experienceEntry.findUniqueOrThrow({ where: { id: entry.id } });
    const entries = await database.experienceEntry.count();
    const auditCount = await database.auditLog.count();

    await actAs(secretaryId);
    const refused = { ok: false, error: "您没有执行此操作的权限" };
    expect(await createExperienceEntryAction(null, validEntry())).toEqual(refused);
    expect(await updateExperienceEntryAction(null, { ...validEntry(), entryId: String(entry.id) })).toEqual(refused);
    expect(await setExperiencePromotedAction(null, { entryId: String(entry.id), promoted: "true" })).toEqual(refused);
    expect(await addExperiencePhotosAction(null, { entryId: String(entry.id), photos: [file("b.jpg", JPEG)] })).toEqual(
      refused,
    );
    expect(await deleteExperiencePhotoAction(null, { fileId: String(fileId) })).toEqual(refused);

    expect(await database.experienceEntry.findUniqueOrThrow({ where: { id: entry.id } })).toEqual(before);
    expect(await database.experienceEntry.count()).toBe(entries);
    expect(await database.storedFile.count({ where: { id: fileId } })).toBe(1);
    expect(await database.auditLog.count()).toBe(auditCount);

    // Reading is everyone's: the secretary sees the library's photo; the anonymous do not.
    const response = await getFile(new Request(`http://localhost/api/files/${fileId}`), {
      params: Promise.resolve({ id: String(fileId) }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("X-Content-Type-Options")).toBe("nosniff");
    actAnonymously();
    const anonymous = await getFile(new Request(`http://localhost/api/files/${fileId}`), {
      params: Promise.resolve({ id: String(fileId) }),
    });
    expect(anonymous.status).toBe(401);
  });
});
