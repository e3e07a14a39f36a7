"use server";

import { defineAction, type ActionContext } from "@/lib/actions/define-action";
import { conflict, invalid, notFound } from "@/lib/errors";
import { checkUploads, deleteStoredFile, removeStoredBytes, saveFiles } from "@/lib/files/stored-files";
import {
  addEntryPhotosSchema,
  createEntrySchema,
  deleteEntryPhotoSchema,
  deleteEntrySchema,
  setPromotedSchema,
  updateEntrySchema,
} from "@/lib/library/schemas";
import type { Transaction } from "@/lib/prisma-client";

const ENTRY_AUDIT_FIELDS = {
  id: true,
  kind: true,
  title: true,
  summary: true,
  partyOrganizationId: true,
  phaseId: true,
  tags: true,
  promoted: true,
  promotedAt: true,
  promotedById: true,
} as const;

async function loadEntry(tx: Transaction, entryId: number) {
  const entry = await tx.experienceEntry.findUnique({ where: { id: entryId }, select: ENTRY_AUDIT_FIELDS });
  if (!entry) throw notFound("经验条目");
  return entry;
}

/** A new or moved entry names an active organisation of an active enterprise and an existing phase. */
async function assertReferences(
  tx: Transaction,
  input: { partyOrganizationId: number; phaseId: number },
  keep: { partyOrganizationId: number } | null,
) {
  const errors: Record<string, string[]> = {};
  if (keep?.partyOrganizationId !== input.partyOrganizationId) {
    const org = await tx.partyOrganization.count({
      where: { id: input.partyOrganizationId, isActive: true, enterprise: { isActive: true } },
    });
    if (!org) errors.partyOrganizationId = ["所选党组织不存在或已停用"];
  }
  if (!(await tx.phase.count({ where: { id: input.phaseId } }))) errors.phaseId = ["所选阶段不存在"];
  if (Object.keys(errors).length > 0) throw invalid("请检查填写的内容", errors);
}

async function recordPhotos(
  audit: ActionContext<unknown>["audit"],
  files: { id: number; originalName: string; mimeType: string; sizeBytes: number }[],
) {
  for (const file of files) {
    await audit({ action: "storedFile.create", entityType: "StoredFile", entityId: file.id, after: file });
  }
}

const pages = (entryId: number) => ["/library", `/library/${entryId}`, "/demonstration", "/admin/demonstration"];

export const createExperienceEntryAction = defineAction({
  name: "createExperienceEntry",
  schema: createEntrySchema,
  permission: "experience.manage",
  async run({ input, user, tx, audit }) {
    const { photos, ...fields } = input;
    await assertReferences(tx, fields, null);
    const checked = await checkUploads("libraryPhoto", photos, "photos");
    const entry = await tx.experienceEntry.create({
      data: { ...fields, createdById: user.id },
      select: ENTRY_AUDIT_FIELDS,
    });
    await audit({ action: "experience.create", entityType: "ExperienceEntry", entityId: entry.id, after: entry });
    // Files last: little can fail between writing them and the commit.
    await recordPhotos(audit, await saveFiles(tx, checked, { experienceEntryId: entry.id }, user.id));
    return { id: entry.id };
  },
  revalidate: (output) => pages(output.id),
});

export const updateExperienceEntryAction = defineAction({
  name: "updateExperienceEntry",
  schema: updateEntrySchema,
  permission: "experience.manage",
  async run({ input, tx, audit }) {
    const { entryId, ...changes } = input;
    const before = await loadEntry(tx, entryId);
    // Keeping the organisation is always allowed, even one disabled since.
    await assertReferences(tx, changes, before);
    const after = await tx.experienceEntry.update({
      where: { id: entryId },
      data: changes,
      select: ENTRY_AUDIT_FIELDS,
    });
    await audit({ action: "experience.update", entityType: "ExperienceEntry", entityId: entryId, before, after });
    return { id: entryId };
  },
  revalidate: (output) => pages(output.id),
});

/** 推广 / 取消推广: who and when are kept on the entry (and cleared on unpromoting); the log keeps both. */
export const setExperiencePromotedAction = defineAction({
  name: "setExperiencePromoted",
  schema: setPromotedSchema,
  permission: "experience.manage",
  async run({ input, user, tx, audit }) {
    // Lock the row: two staff pressing the button at once get one change and one "already".
    await tx.$queryRaw`SELECT "id" FROM "ExperienceEntry" WHERE "id" = ${input.entryId} FOR UPDATE`;
    const before = await loadEntry(tx, input.entryId);
    if (before.promoted === input.promoted) {
      throw conflict(input.promoted ? "该条目已标记为推广" : "该条目未标记推广");
    }
    const after = await tx.experienceEntry.update({
      where: { id: before.id },
      data: input.promoted
        ? { promoted: true, promotedAt: new Date(), promotedById: user.id }
        : { promoted: false, promotedAt: null, promotedById: null },
      select: ENTRY_AUDIT_FIELDS,
    });
    await audit({
      action: input.promoted ? "experience.promote" : "experience.unpromote",
      entityType: "ExperienceEntry",
      entityId: before.id,
      before,
      after,
    });
    return { id: before.id, promoted: after.promoted };
  },
  revalidate: (output) => pages(output.id),
});

export const addExperiencePhotosAction = defineAction({
  name: "addExperiencePhotos",
  schema: addEntryPhotosSchema,
  permission: "experience.manage",
  async run({ input, user, tx, audit }) {
    const entry = await loadEntry(tx, input.entryId);
    if (input.photos.length === 0) throw invalid("请选择照片", { photos: ["请选择要上传的照片"] });
    const checked = await checkUploads("libraryPhoto", input.photos, "photos");
    const files = await saveFiles(tx, checked, { experienceEntryId: entry.id }, user.id);
    await recordPhotos(audit, files);
    return { id: entry.id, added: files.length };
  },
  revalidate: (output) => pages(output.id),
});

export const deleteExperiencePhotoAction = defineAction({
  name: "deleteExperiencePhoto",
  schema: deleteEntryPhotoSchema,
  permission: "experience.manage",
  async run({ input, tx, audit }) {
    const file = await tx.storedFile.findFirst({
      where: { id: input.fileId, experienceEntryId: { not: null } },
      select: {
        id: true,
        storageKey: true,
        originalName: true,
        mimeType: true,
        sizeBytes: true,
        experienceEntryId: true,
      },
    });
    if (!file || file.experienceEntryId === null) throw notFound("照片");
    const { storageKey, ...before } = file;
    await audit({ action: "storedFile.delete", entityType: "StoredFile", entityId: file.id, before });
    await deleteStoredFile(tx, { id: file.id, storageKey });
    return { id: file.experienceEntryId };
  },
  revalidate: (output) => pages(output.id),
});

/**
 * Deletes an entry with its photos. Refused for a promoted entry (unpromote it first, a step the
 * log shows) and for one chosen as a 党建优秀示范项目 in any year's demonstration selection (the
 * foreign key restricts that too, so a choice made at the same moment cannot slip through).
 * The photos' rows go with the entry in the transaction; their bytes only after it commits.
 */
export const deleteExperienceEntryAction = defineAction({
  name: "deleteExperienceEntry",
  schema: deleteEntrySchema,
  permission: "experience.manage",
  async run({ input, tx, audit, afterCommit }) {
    // Lock the row: a concurrent promote or edit waits for the deletion and then finds nothing.
    await tx.$queryRaw`SELECT "id" FROM "ExperienceEntry" WHERE "id" = ${input.entryId} FOR UPDATE`;
    const before = await loadEntry(tx, input.entryId);
    if (before.promoted) {
      throw conflict("该条目已标记推广，不能删除。如确需删除，请先取消推广。");
    }
    const chosen = await tx.demonstrationSelection.findFirst({
      where: { experienceEntryId: before.id },
      select: { phase: { select: { campaign: { select: { year: true } } } } },
    });
    if (chosen) {
      throw conflict(
        `该条目已入选${chosen.phase.campaign.year}年党建优秀示范项目，不能删除。如确需删除，请先在示范评选中移除该项。`,
      );
    }
    const photos = await tx.storedFile.findMany({
      where: { experienceEntryId: before.id },
      orderBy: { id: "asc" },
      select: { id: true, storageKey: true, thumbnailKey: true, originalName: true, mimeType: true, sizeBytes: true },
    });
    for (const { storageKey: _key, thumbnailKey: _thumb, ...photo } of photos) {
      await audit({ action: "storedFile.delete", entityType: "StoredFile", entityId: photo.id, before: photo });
    }
    // The photos' rows go by ON DELETE CASCADE.
    await tx.experienceEntry.delete({ where: { id: before.id } });
    await audit({ action: "experience.delete", entityType: "ExperienceEntry", entityId: before.id, before });
    afterCommit(() => removeStoredBytes(photos));
    return { id: before.id, title: before.title, photosDeleted: photos.length };
  },
  // No revalidation: it would re-render the page the action was called from, the deleted entry's,
  // as a 404 before the control can leave it. The control goes to /library, a dynamic page that is
  // rendered afresh.
});
