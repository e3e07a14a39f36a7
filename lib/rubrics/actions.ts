"use server";

import { defineAction } from "@/lib/actions/define-action";
import { conflict, invalid } from "@/lib/errors";
import type { Transaction } from "@/lib/prisma-client";
import { lockPhase, lockRubric, lockRubricForEdit } from "@/lib/rubrics/guard";
import { checkActivation } from "@/lib/rubrics/rules";
import { createRubricSchema, rubricIdSchema, updateRubricSchema } from "@/lib/rubrics/schemas";
import { decimalToHalves } from "@/lib/scoring/points";

const rubricPaths = (output: { id: number }) => ["/admin/rubrics", `/admin/rubrics/${output.id}`];

/** A closed phase keeps the rubric it was scored with; nothing new is made for it. */
function assertPhaseOpen(phase: { status: string }) {
  if (phase.status === "CLOSED") throw conflict("该阶段已结束，不能再新建或复制评分细则");
}

async function nextVersion(tx: Transaction, phaseId: number): Promise<number> {
  const { _max } = await tx.rubric.aggregate({ where: { phaseId }, _max: { version: true } });
  return (_max.version ?? 0) + 1;
}

/** A new, empty draft rubric for a phase (the next version number of that phase). */
export const createRubricAction = defineAction({
  name: "createRubric",
  schema: createRubricSchema,
  permission: "campaign.manage",
  async run({ input, tx, audit }) {
    assertPhaseOpen(await lockPhase(tx, input.phaseId));
    const rubric = await tx.rubric.create({
      data: { phaseId: input.phaseId, title: input.title, version: await nextVersion(tx, input.phaseId) },
      select: { id: true, phaseId: true, version: true, title: true, status: true },
    });
    await audit({ action: "rubric.create", entityType: "Rubric", entityId: rubric.id, after: rubric });
    return { id: rubric.id };
  },
  revalidate: rubricPaths,
});

export const updateRubricAction = defineAction({
  name: "updateRubric",
  schema: updateRubricSchema,
  permission: "campaign.manage",
  async run({ input, tx, audit }) {
    const before = await lockRubricForEdit(tx, input.rubricId, { structural: false });
    await tx.rubric.update({ where: { id: before.id }, data: { title: input.title } });
    await audit({
      action: "rubric.update",
      entityType: "Rubric",
      entityId: before.id,
      before: { title: before.title },
      after: { title: input.title },
    });
    return { id: before.id };
  },
  revalidate: rubricPaths,
});

/**
 * Makes a draft the phase's rubric. Its items must add up to exactly 100; the phase's current
 * rubric is retired in the same transaction (a partial unique index allows one ACTIVE per phase).
 * Sheets already started keep the rubric they were started on.
 */
export const activateRubricAction = defineAction({
  name: "activateRubric",
  schema: rubricIdSchema,
  permission: "campaign.manage",
  async run({ input, tx, audit }) {
    const rubric = await lockRubric(tx, input.rubricId);
    if (rubric.status === "ACTIVE") throw conflict("该细则已是启用状态");
    if (rubric.status === "RETIRED") throw conflict("已停用的版本不能再次启用；请“复制为新版本”后启用");
    const phase = await lockPhase(tx, rubric.phaseId);
    if (phase.status === "CLOSED") throw conflict("该阶段已结束，不能更换评分细则");

    const categories = await tx.rubricCategory.findMany({
      where: { rubricId: rubric.id },
      orderBy: { sequence: "asc" },
      select: { name: true, items: { select: { maxPoints: true } } },
    });
    const check = checkActivation(
      categories.map((category) => ({
        name: category.name,
        itemMaxHalves: category.items.map((item) => decimalToHalves(item.maxPoints)),
      })),
    );
    if (!check.ok) throw invalid(check.message);

    const now = new Date();
    const previous = await tx.rubric.findFirst({
      where: { phaseId: rubric.phaseId, status: "ACTIVE" },
      select: { id: true, version: true },
    });
    if (previous) {
      await tx.rubric.update({ where: { id: previous.id }, data: { status: "RETIRED" } });
      await audit({
        action: "rubric.retire",
        entityType: "Rubric",
        entityId: previous.id,
        before: { status: "ACTIVE" },
        after: { status: "RETIRED", replacedBy: rubric.id },
      });
    }
    await tx.rubric.update({ where: { id: rubric.id }, data: { status: "ACTIVE", activatedAt: now } });
    await audit({
      action: "rubric.activate",
      entityType: "Rubric",
      entityId: rubric.id,
      before: { status: "DRAFT" },
      after: { status: "ACTIVE", version: rubric.version, replaces: previous?.id ?? null },
    });
    return { id: rubric.id, retiredId: previous?.id ?? null };
  },
  revalidate: (output) => ["/admin/rubrics", `/admin/rubrics/${output.id}`, "/scoring"],
});

/** 复制为新版本: a draft with the same categories and items, the next version of the same phase. */
export const copyRubricAction = defineAction({
  name: "copyRubric",
  schema: rubricIdSchema,
  permission: "campaign.manage",
  async run({ input, tx, audit }) {
    const source = await lockRubric(tx, input.rubricId);
    assertPhaseOpen(await lockPhase(tx, source.phaseId));
    const version = await nextVersion(tx, source.phaseId);
    const copy = await tx.rubric.create({
      data: { phaseId: source.phaseId, title: source.title, version },
      select: { id: true },
    });
    const categories = await tx.rubricCategory.findMany({
      where: { rubricId: source.id },
      select: {
        name: true,
        sequence: true,
        items: { select: { title: true, guidance: true, maxPoints: true, sequence: true } },
      },
    });
    const created = await tx.rubricCategory.createManyAndReturn({
      data: categories.map((category) => ({ rubricId: copy.id, name: category.name, sequence: category.sequence })),
      select: { id: true, sequence: true },
    });
    const categoryId = new Map(created.map((row) => [row.sequence, row.id]));
    await tx.rubricItem.createMany({
      data: categories.flatMap((category) =>
        category.items.map((item) => ({ ...item, rubricId: copy.id, categoryId: categoryId.get(category.sequence)! })),
      ),
    });
    await audit({
      action: "rubric.copy",
      entityType: "Rubric",
      entityId: copy.id,
      after: { copiedFrom: source.id, fromVersion: source.version, version, status: "DRAFT" },
    });
    return { id: copy.id };
  },
  revalidate: rubricPaths,
});

/** A draft nobody has used can be thrown away. */
export const deleteRubricAction = defineAction({
  name: "deleteRubric",
  schema: rubricIdSchema,
  permission: "campaign.manage",
  async run({ input, tx, audit }) {
    const rubric = await lockRubric(tx, input.rubricId);
    if (rubric.status !== "DRAFT") throw conflict("只能删除草稿状态的细则；启用过的版本作为历史保留");
    const referenced = await tx.rubricItem.count({
      where: { rubricId: rubric.id, OR: [{ selfScores: { some: {} } }, { problems: { some: {} } }] },
    });
    if (referenced > 0) throw conflict("该细则的条目已被自查报告或问题清单引用，不能删除");
    await tx.rubric.delete({ where: { id: rubric.id } });
    await audit({
      action: "rubric.delete",
      entityType: "Rubric",
      entityId: rubric.id,
      before: { phaseId: rubric.phaseId, version: rubric.version, title: rubric.title },
    });
    return { id: rubric.id };
  },
  // Nothing to revalidate: revalidating would re-render the deleted rubric's page (a 404) before
  // the button moves on to the list, which is rendered fresh on every request anyway.
});
