import { mkdtemp, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createExperienceEntryAction, deleteExperienceEntryAction } from "@/lib/library/actions";
import { createPrismaClient } from "@/lib/prisma-client";
import { actAs } from "@/tests/support/request-context";
import { userIdOf } from "@/tests/support/setup-fixtures";

vi.mock("next/headers", () => import("@/tests/support/request-context"));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

// Uploaded bytes go to a folder of this test file (lib/env.ts reads FILES_DIR on first use).
const filesDir = await mkdtemp(path.join(os.tmpdir(), "daguanmo-library-delete-"));
process.env.FILES_DIR = filesDir;
const database = createPrismaClient(process.env.DATABASE_URL!, 2);

let adminId: number;
let orgId: number;
let phaseId: number;

beforeAll(async () => {
  adminId = await userIdOf(database, "admin");
  orgId = (await database.partyOrganization.findFirstOrThrow({ where: { name: "市水务集团江北水厂党支部" } })).id;
  phaseId = (await database.phase.findFirstOrThrow({ where: { kind: "CROSS" } })).id;
});

afterAll(async () => {
  await database.$disconnect();
  await rm(filesDir, { recursive: true, force: true });
});

const filesOnDisk = async () =>
  (await readdir(filesDir, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(filesDir, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"));

const photo = async (name: string) =>
  new File(
    [
      new Uint8Array(
        await sharp({ create: { width: 640, height: 480, channels: 3, background: "#1d4ed8" } })
          .png()
          .toBuffer(),
      ),
    ],
    name,
    { type: "image/png" },
  );

/** A fresh entry with two photos (each with a thumbnail), made by staff through the actions. */
async function entryWithPhotos(title: string) {
  await actAs(adminId);
  const created = await createExperienceEntryAction(null, {
    kind: "INNOVATION_CASE",
    title,
    summary: "班组党建与安全生产同部署、同检查、同考核，形成可复制的做法。",
    partyOrganizationId: String(orgId),
    phaseId: String(phaseId),
    tags: "安全生产，班组",
    photos: [await photo("现场一.png"), await photo("现场二.png")],
  });
  if (!created.ok) throw new Error(created.error);
  const files = await database.storedFile.findMany({ where: { experienceEntryId: created.data.id } });
  expect(files).toHaveLength(2);
  const keys = files.flatMap((file) => [file.storageKey, file.thumbnailKey!]);
  return { id: created.data.id, files, keys };
}

const remove = (entryId: number) => deleteExperienceEntryAction(null, { entryId: String(entryId) });

describe("deleting an experience-library entry", () => {
  it("staff delete an entry: its row, its photos' rows and bytes go, each recorded in the audit log", async () => {
    const entry = await entryWithPhotos("待删除的创新案例");
    expect(await filesOnDisk()).toEqual(expect.arrayContaining(entry.keys));

    await actAs(adminId);
    expect(await remove(entry.id)).toEqual({
      ok: true,
      data: { id: entry.id, title: "待删除的创新案例", photosDeleted: 2 },
    });
    expect(await database.experienceEntry.count({ where: { id: entry.id } })).toBe(0);
    expect(await database.storedFile.count({ where: { id: { in: entry.files.map((file) => file.id) } } })).toBe(0);
    const onDisk = await filesOnDisk();
    for (const key of entry.keys) expect(onDisk).not.toContain(key);

    const entryAudit = await database.auditLog.findFirstOrThrow({
      where: { entityType: "ExperienceEntry", entityId: String(entry.id), action: "experience.delete" },
    });
    expect(entryAudit.actorId).toBe(adminId);
    expect(entryAudit.before).toMatchObject({ id: entry.id, title: "待删除的创新案例", promoted: false });
    expect(entryAudit.after).toBeNull();
    const photoAudits = await database.auditLog.findMany({
      where: { action: "storedFile.delete", entityId: { in: entry.files.map((file) => String(file.id)) } },
    });
    expect(photoAudits).toHaveLength(2);
    // The log names the file, never where its bytes were.
    expect(JSON.stringify(photoAudits.map((row) => row.before))).not.toContain(entry.keys[0]!);

    // A second deletion finds nothing.
    expect(await remove(entry.id)).toMatchObject({ ok: false, error: expect.stringContaining("不存在") });
  });

  it("refuses a promoted entry with a clear message and keeps it, its photos and their bytes", async () => {
    const entry = await entryWithPhotos("已推广的创新案例");
    await database.experienceEntry.update({
      where: { id: entry.id },
      data: { promoted: true, promotedAt: new Date(), promotedById: adminId },
    });
    const audits = await database.auditLog.count();

    await actAs(adminId);
    expect(await remove(entry.id)).toEqual({
      ok: false,
      error: "该条目已标记推广，不能删除。如确需删除，请先取消推广。",
    });
    expect(await database.experienceEntry.count({ where: { id: entry.id } })).toBe(1);
    expect(await database.storedFile.count({ where: { experienceEntryId: entry.id } })).toBe(2);
    expect(await filesOnDisk()).toEqual(expect.arrayContaining(entry.keys));
    expect(await database.auditLog.count()).toBe(audits);
  });

  it("refuses an entry chosen as a demonstration project, and the database refuses it too", async () => {
    const entry = await entryWithPhotos("入选示范项目的案例");
    const demonstration = await database.phase.findFirstOrThrow({
      where: { kind: "DEMONSTRATION" },
      include: { campaign: true },
    });
    await database.demonstrationSelection.create({
      data: {
        phaseId: demonstration.id,
        category: "PROJECT",
        slot: 3,
        experienceEntryId: entry.id,
        reason: "班组党建做法成熟，可在全系统推广。",
        selectedById: adminId,
      },
    });

    await actAs(adminId);
    expect(await remove(entry.id)).toEqual({
      ok: false,
      error: `该条目已入选${demonstration.campaign.year}年党建优秀示范项目，不能删除。如确需删除，请先在示范评选中移除该项。`,
    });
    expect(await database.experienceEntry.count({ where: { id: entry.id } })).toBe(1);
    expect(await filesOnDisk()).toEqual(expect.arrayContaining(entry.keys));

    // Past the action (a choice made between its check and its delete): the foreign key holds.
    await expect(database.$executeRaw`DELETE FROM "ExperienceEntry" WHERE "id" = ${entry.id}`).rejects.toThrow(
      /DemonstrationSelection_experienceEntryId_fkey|foreign key/,
    );
  });

  it("refuses leaders and secretaries, changing nothing", async () => {
    const entry = await entryWithPhotos("角色校验用的案例");
    const audits = await database.auditLog.count();
    for (const username of ["leader", "secretary"]) {
      await actAs(await userIdOf(database, username));
      expect(await remove(entry.id)).toEqual({ ok: false, error: "您没有执行此操作的权限" });
    }
    expect(await database.experienceEntry.count({ where: { id: entry.id } })).toBe(1);
    expect(await filesOnDisk()).toEqual(expect.arrayContaining(entry.keys));
    expect(await database.auditLog.count()).toBe(audits);
  });

  it("keeps the bytes while the transaction may still roll back", async () => {
    const entry = await entryWithPhotos("回滚校验用的案例");
    // A deferred trigger on the entry's audit row fails the transaction at COMMIT, after every
    // statement of the action has run: bytes removed before the commit would be lost for good.
    await database.$executeRawUnsafe(`
      CREATE FUNCTION fail_entry_delete_audit() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW."action" = 'experience.delete' THEN RAISE EXCEPTION 'simulated failure'; END IF;
        RETURN NEW;
      END $$`);
    await database.$executeRawUnsafe(`
      CREATE CONSTRAINT TRIGGER fail_entry_delete_audit AFTER INSERT ON "AuditLog"
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION fail_entry_delete_audit()`);
    const spy = vi.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      await actAs(adminId);
      expect(await remove(entry.id)).toMatchObject({ ok: false });
    } finally {
      spy.mockRestore();
      await database.$executeRawUnsafe(`DROP TRIGGER fail_entry_delete_audit ON "AuditLog"`);
      await database.$executeRawUnsafe(`DROP FUNCTION fail_entry_delete_audit()`);
    }
    expect(await database.storedFile.count({ where: { experienceEntryId: entry.id } })).toBe(2);
    expect(await filesOnDisk()).toEqual(expect.arrayContaining(entry.keys));
  });
});
