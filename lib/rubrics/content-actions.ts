"use server";

import { defineAction } from "@/lib/actions/define-action";
import { Prisma } from "@/lib/generated/prisma/client";
import { conflict, invalid, notFound } from "@/lib/errors";
import type { Transaction } from "@/lib/prisma-client";
import { lockRubricForEdit, swapSequences } from "@/lib/rubrics/guard";
import {
  addCategorySchema,
  addItemSchema,
  categoryIdSchema,
  itemIdSchema,
  moveCategorySchema,
  moveItemSchema,
  renameCategorySchema,
  updateItemSchema,
} from "@/lib/rubrics/schemas";
import { decimalToHalves, formatHalves, formatHalvesFixed } from "@/lib/scoring/points";

// Categories and items of a rubric. Each action locks the rubric first and refuses when it may
// not change (lib/rubrics/rules.ts): text and order may change while no sheet was submitted;
// points, items and categories only while it is a draft.

const paths = (output: { rubricId: number }) => [`/admin/rubrics/${output.rubricId}`, "/admin/rubrics"];
const points = (halves: number) => new Prisma.Decimal(formatHalvesFixed(halves));

async function findCategory(tx: Transaction, categoryId: number) {
  const category = await tx.rubricCategory.findUnique({
    where: { id: categoryId },
    select: { id: true, rubricId: true, name: true, sequence: true },
  });
  if (!category) throw notFound("评分类别");
  return category;
}

async function findItem(tx: Transaction, itemId: number) {
  const item = await tx.rubricItem.findUnique({
    where: { id: itemId },
    select: {
      id: true,
      rubricId: true,
      categoryId: true,
      title: true,
      guidance: true,
      maxPoints: true,
      sequence: true,
    },
  });
  if (!item) throw notFound("评分条目");
  return item;
}

async function nextItemSequence(tx: Transaction, rubricId: number) {
  const { _max } = await tx.rubricItem.aggregate({ where: { rubricId }, _max: { sequence: true } });
  return (_max.sequence ?? 0) + 1;
}

export const addCategoryAction = defineAction({
  name: "addRubricCategory",
  schema: addCategorySchema,
  permission: "campaign.manage",
  async run({ input, tx, audit }) {
    await lockRubricForEdit(tx, input.rubricId, { structural: true });
    const { _max } = await tx.rubricCategory.aggregate({
      where: { rubricId: input.rubricId },
      _max: { sequence: true },
    });
    const category = await tx.rubricCategory.create({
      data: { rubricId: input.rubricId, name: input.name, sequence: (_max.sequence ?? 0) + 1 },
      select: { id: true, rubricId: true, name: true, sequence: true },
    });
    await audit({
      action: "rubricCategory.create",
      entityType: "RubricCategory",
      entityId: category.id,
      after: category,
    });
    return { rubricId: input.rubricId, id: category.id };
  },
  revalidate: paths,
});

export const renameCategoryAction = defineAction({
  name: "renameRubricCategory",
  schema: renameCategorySchema,
  permission: "campaign.manage",
  async run({ input, tx, audit }) {
    const category = await findCategory(tx, input.categoryId);
    await lockRubricForEdit(tx, category.rubricId, { structural: false });
    await tx.rubricCategory.update({ where: { id: category.id }, data: { name: input.name } });
    await audit({
      action: "rubricCategory.update",
      entityType: "RubricCategory",
      entityId: category.id,
      before: { name: category.name },
      after: { name: input.name },
    });
    return { rubricId: category.rubricId };
  },
  revalidate: paths,
});

export const moveCategoryAction = defineAction({
  name: "moveRubricCategory",
  schema: moveCategorySchema,
  permission: "campaign.manage",
  async run({ input, tx, audit }) {
    const category = await findCategory(tx, input.categoryId);
    await lockRubricForEdit(tx, category.rubricId, { structural: false });
    const up = input.direction === "up";
    const neighbour = await tx.rubricCategory.findFirst({
      where: { rubricId: category.rubricId, sequence: up ? { lt: category.sequence } : { gt: category.sequence } },
      orderBy: { sequence: up ? "desc" : "asc" },
      select: { id: true, sequence: true },
    });
    if (!neighbour) return { rubricId: category.rubricId };
    await swapSequences(tx, "RubricCategory", category, neighbour);
    await audit({
      action: "rubricCategory.move",
      entityType: "RubricCategory",
      entityId: category.id,
      before: { sequence: category.sequence },
      after: { sequence: neighbour.sequence },
    });
    return { rubricId: category.rubricId };
  },
  revalidate: paths,
});

export const deleteCategoryAction = defineAction({
  name: "deleteRubricCategory",
  schema: categoryIdSchema,
  permission: "campaign.manage",
  async run({ input, tx, audit }) {
    const category = await findCategory(tx, input.categoryId);
    await lockRubricForEdit(tx, category.rubricId, { structural: true });
    if (await tx.rubricItem.count({ where: { categoryId: category.id } })) {
      throw conflict("请先删除该类别下的条目，或把条目移到其他类别");
    }
    await tx.rubricCategory.delete({ where: { id: category.id } });
    await audit({
      action: "rubricCategory.delete",
      entityType: "RubricCategory",
      entityId: category.id,
      before: category,
    });
    return { rubricId: category.rubricId };
  },
  revalidate: paths,
});

export const addItemAction = defineAction({
  name: "addRubricItem",
  schema: addItemSchema,
  permission: "campaign.manage",
  async run({ input, tx, audit }) {
    const category = await findCategory(tx, input.categoryId);
    await lockRubricForEdit(tx, category.rubricId, { structural: true });
    const item = await tx.rubricItem.create({
      data: {
        rubricId: category.rubricId,
        categoryId: category.id,
        title: input.title,
        guidance: input.guidance,
        maxPoints: points(input.maxPoints),
        sequence: await nextItemSequence(tx, category.rubricId),
      },
      select: { id: true, categoryId: true, title: true, guidance: true, maxPoints: true },
    });
    await audit({ action: "rubricItem.create", entityType: "RubricItem", entityId: item.id, after: item });
    return { rubricId: category.rubricId, id: item.id };
  },
  revalidate: paths,
});

/** Title and guidance may change while no sheet is submitted; points and category only in a draft. */
export const updateItemAction = defineAction({
  name: "updateRubricItem",
  schema: updateItemSchema,
  permission: "campaign.manage",
  async run({ input, tx, audit }) {
    const item = await findItem(tx, input.itemId);
    const movesCategory = input.categoryId !== item.categoryId;
    const structural = movesCategory || input.maxPoints !== decimalToHalves(item.maxPoints);
    await lockRubricForEdit(tx, item.rubricId, { structural });
    if (movesCategory) {
      const target = await tx.rubricCategory.findUnique({
        where: { id: input.categoryId },
        select: { rubricId: true },
      });
      if (target?.rubricId !== item.rubricId)
        throw invalid("请检查填写的内容", { categoryId: ["所选类别不属于此细则"] });
    }
    const after = await tx.rubricItem.update({
      where: { id: item.id },
      data: {
        title: input.title,
        guidance: input.guidance,
        maxPoints: points(input.maxPoints),
        categoryId: input.categoryId,
        // An item moved to another category goes to its end.
        ...(movesCategory ? { sequence: await nextItemSequence(tx, item.rubricId) } : {}),
      },
      select: { title: true, guidance: true, maxPoints: true, categoryId: true },
    });
    await audit({
      action: "rubricItem.update",
      entityType: "RubricItem",
      entityId: item.id,
      before: {
        title: item.title,
        guidance: item.guidance,
        maxPoints: formatHalves(decimalToHalves(item.maxPoints)),
        categoryId: item.categoryId,
      },
      after: { ...after, maxPoints: formatHalves(input.maxPoints) },
    });
    return { rubricId: item.rubricId, id: item.id };
  },
  revalidate: paths,
});

export const moveItemAction = defineAction({
  name: "moveRubricItem",
  schema: moveItemSchema,
  permission: "campaign.manage",
  async run({ input, tx, audit }) {
    const item = await findItem(tx, input.itemId);
    await lockRubricForEdit(tx, item.rubricId, { structural: false });
    const up = input.direction === "up";
    const neighbour = await tx.rubricItem.findFirst({
      where: { categoryId: item.categoryId, sequence: up ? { lt: item.sequence } : { gt: item.sequence } },
      orderBy: { sequence: up ? "desc" : "asc" },
      select: { id: true, sequence: true },
    });
    if (!neighbour) return { rubricId: item.rubricId };
    await swapSequences(tx, "RubricItem", item, neighbour);
    await audit({
      action: "rubricItem.move",
      entityType: "RubricItem",
      entityId: item.id,
      before: { sequence: item.sequence },
      after: { sequence: neighbour.sequence },
    });
    return { rubricId: item.rubricId };
  },
  revalidate: paths,
});

export const deleteItemAction = defineAction({
  name: "deleteRubricItem",
  schema: itemIdSchema,
  permission: "campaign.manage",
  async run({ input, tx, audit }) {
    const item = await findItem(tx, input.itemId);
    await lockRubricForEdit(tx, item.rubricId, { structural: true });
    const references = await tx.rubricItem.count({
      where: {
        id: item.id,
        OR: [{ itemScores: { some: {} } }, { selfScores: { some: {} } }, { problems: { some: {} } }],
      },
    });
    if (references > 0) throw conflict("该条目已被评分表、自查报告或问题清单引用，不能删除");
    await tx.rubricItem.delete({ where: { id: item.id } });
    await audit({
      action: "rubricItem.delete",
      entityType: "RubricItem",
      entityId: item.id,
      before: {
        title: item.title,
        maxPoints: formatHalves(decimalToHalves(item.maxPoints)),
        categoryId: item.categoryId,
      },
    });
    return { rubricId: item.rubricId };
  },
  revalidate: paths,
});
