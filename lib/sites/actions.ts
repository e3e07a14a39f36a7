"use server";

import { defineAction, type ActionContext } from "@/lib/actions/define-action";
import { conflict, invalid, notFound } from "@/lib/errors";
import { checkUploads, deleteStoredFile, saveFiles } from "@/lib/files/stored-files";
import type { Transaction } from "@/lib/prisma-client";
import {
  addSitePhotosSchema,
  createSiteSchema,
  deleteSitePhotoSchema,
  setSiteActiveSchema,
  updateSiteSchema,
} from "@/lib/sites/schemas";
import { upcomingTourUsing } from "@/lib/sites/usage";

const SITE_AUDIT_FIELDS = {
  id: true,
  partyOrganizationId: true,
  name: true,
  theme: true,
  highlights: true,
  address: true,
  capacity: true,
  isActive: true,
} as const;

/** A site is hosted by an active organisation of an active enterprise. */
async function assertOrgUsable(tx: Transaction, orgId: number) {
  const org = await tx.partyOrganization.findFirst({
    where: { id: orgId, isActive: true, enterprise: { isActive: true } },
    select: { id: true },
  });
  if (!org) throw invalid("请检查填写的内容", { partyOrganizationId: ["所选党组织不存在或已停用"] });
}

async function loadSite(tx: Transaction, siteId: number) {
  const site = await tx.site.findUnique({ where: { id: siteId }, select: SITE_AUDIT_FIELDS });
  if (!site) throw notFound("观摩点");
  return site;
}

async function recordPhotos(
  audit: ActionContext<unknown>["audit"],
  files: { id: number; originalName: string; mimeType: string; sizeBytes: number; siteId: number | null }[],
) {
  for (const file of files) {
    await audit({ action: "storedFile.create", entityType: "StoredFile", entityId: file.id, after: file });
  }
}

const pages = (siteId: number) => ["/admin/sites", `/admin/sites/${siteId}`, `/sites/${siteId}`];

export const createSiteAction = defineAction({
  name: "createSite",
  schema: createSiteSchema,
  permission: "enterprise.manage",
  async run({ input, user, tx, audit }) {
    const { photos, ...fields } = input;
    await assertOrgUsable(tx, fields.partyOrganizationId);
    const checked = await checkUploads("sitePhoto", photos, "photos");
    const site = await tx.site.create({ data: fields, select: SITE_AUDIT_FIELDS });
    await audit({ action: "site.create", entityType: "Site", entityId: site.id, after: site });
    // Files last: little can fail between writing them and the commit.
    await recordPhotos(audit, await saveFiles(tx, checked, { siteId: site.id }, user.id));
    return { id: site.id };
  },
  revalidate: (output) => pages(output.id),
});

export const updateSiteAction = defineAction({
  name: "updateSite",
  schema: updateSiteSchema,
  permission: "enterprise.manage",
  async run({ input, tx, audit }) {
    const { siteId, ...changes } = input;
    const before = await loadSite(tx, siteId);
    // Keeping the organisation is always allowed; moving the site needs a usable one.
    if (changes.partyOrganizationId !== before.partyOrganizationId)
      await assertOrgUsable(tx, changes.partyOrganizationId);
    const after = await tx.site.update({ where: { id: siteId }, data: changes, select: SITE_AUDIT_FIELDS });
    await audit({ action: "site.update", entityType: "Site", entityId: siteId, before, after });
    return { id: siteId };
  },
  revalidate: (output) => pages(output.id),
});

/** Disabling is refused while a tour still to come visits the site; enabling needs a usable organisation. */
export const setSiteActiveAction = defineAction({
  name: "setSiteActive",
  schema: setSiteActiveSchema,
  permission: "enterprise.manage",
  async run({ input, tx, audit }) {
    // Lock the row: a tour being scheduled at this site at the same moment waits for the outcome.
    await tx.$queryRaw`SELECT "id" FROM "Site" WHERE "id" = ${input.siteId} FOR UPDATE`;
    const before = await loadSite(tx, input.siteId);
    if (before.isActive === input.active) throw conflict(input.active ? "该观摩点已是启用状态" : "该观摩点已停用");
    if (input.active) {
      const org = await tx.partyOrganization.findFirst({
        where: { id: before.partyOrganizationId, isActive: true, enterprise: { isActive: true } },
        select: { id: true },
      });
      if (!org) throw conflict("所属党组织或企业已停用，请先启用它们，或为观摩点另选党组织");
    } else {
      const blocked = await upcomingTourUsing(tx, [before.id]);
      if (blocked) throw conflict(`不能停用：${blocked}`);
    }
    const after = await tx.site.update({
      where: { id: before.id },
      data: { isActive: input.active },
      select: SITE_AUDIT_FIELDS,
    });
    await audit({
      action: input.active ? "site.enable" : "site.disable",
      entityType: "Site",
      entityId: before.id,
      before,
      after,
    });
    return { id: before.id, active: after.isActive };
  },
  revalidate: (output) => pages(output.id),
});

export const addSitePhotosAction = defineAction({
  name: "addSitePhotos",
  schema: addSitePhotosSchema,
  permission: "enterprise.manage",
  async run({ input, user, tx, audit }) {
    const site = await loadSite(tx, input.siteId);
    if (input.photos.length === 0) throw invalid("请选择照片", { photos: ["请选择要上传的照片"] });
    const checked = await checkUploads("sitePhoto", input.photos, "photos");
    const files = await saveFiles(tx, checked, { siteId: site.id }, user.id);
    await recordPhotos(audit, files);
    return { id: site.id, added: files.length };
  },
  revalidate: (output) => pages(output.id),
});

export const deleteSitePhotoAction = defineAction({
  name: "deleteSitePhoto",
  schema: deleteSitePhotoSchema,
  permission: "enterprise.manage",
  async run({ input, tx, audit }) {
    const file = await tx.storedFile.findFirst({
      where: { id: input.fileId, siteId: { not: null } },
      select: { id: true, storageKey: true, originalName: true, mimeType: true, sizeBytes: true, siteId: true },
    });
    if (!file || file.siteId === null) throw notFound("照片");
    const { storageKey, ...before } = file;
    await audit({ action: "storedFile.delete", entityType: "StoredFile", entityId: file.id, before });
    await deleteStoredFile(tx, { id: file.id, storageKey });
    return { id: file.siteId };
  },
  revalidate: (output) => pages(output.id),
});
