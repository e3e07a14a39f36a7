"use server";

import { defineAction } from "@/lib/actions/define-action";
import { fileAnyFigureSchema, fileOwnFigureSchema, deleteTargetSchema, saveTargetSchema } from "@/lib/assets/schemas";
import { writeFigure } from "@/lib/assets/write-figure";
import { assertFilingEnterprise } from "@/lib/assets/filing-scope";
import { Prisma } from "@/lib/generated/prisma/client";
import { invalid, notFound } from "@/lib/errors";

const FIGURE_PAGES = ["/assets", "/assets/file", "/admin/assets", "/"];

/** A secretary files (or corrects) their own enterprise's figure; the enterprise comes from the session. */
export const fileOwnAssetFigureAction = defineAction({
  name: "fileOwnAssetFigure",
  schema: fileOwnFigureSchema,
  permission: "asset.fileOwn",
  async run({ input, user, tx, audit }) {
    const enterpriseId = await assertFilingEnterprise(tx, user.enterpriseId);
    return writeFigure(tx, audit, user.id, { ...input, enterpriseId });
  },
  revalidate: () => FIGURE_PAGES,
});

/** Staff file or correct any counting enterprise's figure. */
export const fileAnyAssetFigureAction = defineAction({
  name: "fileAnyAssetFigure",
  schema: fileAnyFigureSchema,
  permission: "asset.fileAny",
  async run({ input, user, tx, audit }) {
    const enterpriseId = await assertFilingEnterprise(tx, input.enterpriseId);
    return writeFigure(tx, audit, user.id, { ...input, enterpriseId });
  },
  revalidate: () => FIGURE_PAGES,
});

/** Creates the target of a year, or changes its amount and label. */
export const saveAssetTargetAction = defineAction({
  name: "saveAssetTarget",
  schema: saveTargetSchema,
  permission: "asset.fileAny",
  async run({ input, tx, audit }) {
    const select = { id: true, year: true, amount: true, label: true } as const;
    const before = await tx.assetTarget.findUnique({ where: { year: input.year }, select });
    if (before && input.create) {
      throw invalid("请检查填写的内容", { year: [`${input.year}年已有目标，请在上方修改`] });
    }
    const data = { amount: new Prisma.Decimal(input.amount), label: input.label };
    const after = await tx.assetTarget.upsert({
      where: { year: input.year },
      create: { year: input.year, ...data },
      update: data,
      select,
    });
    await audit({
      action: before ? "assetTarget.update" : "assetTarget.create",
      entityType: "AssetTarget",
      entityId: after.id,
      before,
      after,
    });
    return { id: after.id };
  },
  revalidate: () => ["/assets", "/admin/assets/targets", "/"],
});

export const deleteAssetTargetAction = defineAction({
  name: "deleteAssetTarget",
  schema: deleteTargetSchema,
  permission: "asset.fileAny",
  async run({ input, tx, audit }) {
    const before = await tx.assetTarget.findUnique({
      where: { id: input.targetId },
      select: { id: true, year: true, amount: true, label: true },
    });
    if (!before) throw notFound("目标");
    await tx.assetTarget.delete({ where: { id: before.id } });
    await audit({ action: "assetTarget.delete", entityType: "AssetTarget", entityId: before.id, before });
    return { id: before.id };
  },
  revalidate: () => ["/assets", "/admin/assets/targets", "/"],
});
