"use server";

import { defineAction } from "@/lib/actions/define-action";
import { loadCandidate, TARGET_COLUMN, type SelectionPhase } from "@/lib/demonstration/candidates";
import { firstFreeSlot, SELECTION_QUOTAS } from "@/lib/demonstration/rules";
import { removeSelectionSchema, selectCandidateSchema } from "@/lib/demonstration/schemas";
import { conflict, invalid, notFound } from "@/lib/errors";
import type { SelectionCategory } from "@/lib/generated/prisma/enums";
import { SELECTION_CATEGORY_LABELS } from "@/lib/labels";
import type { Transaction } from "@/lib/prisma-client";

const pages = () => ["/admin/demonstration", "/demonstration", "/visits", "/admin/visits", "/library"];

/** The demonstration phase, refusing other phases and a closed one (its list is final). */
async function loadOpenPhase(tx: Transaction, phaseId: number): Promise<SelectionPhase> {
  const phase = await tx.phase.findUnique({
    where: { id: phaseId },
    select: { id: true, kind: true, status: true, campaignId: true, sequence: true },
  });
  if (!phase) throw notFound("阶段");
  if (phase.kind !== "DEMONSTRATION") throw invalid("示范评选只在示范观摩阶段进行");
  if (phase.status === "CLOSED") throw conflict("示范观摩阶段已结束，评选结果不能再更改");
  return phase;
}

async function alreadyChosen(tx: Transaction, phaseId: number, category: SelectionCategory, targetId: number) {
  const column = TARGET_COLUMN[category];
  return (await tx.demonstrationSelection.count({ where: { phaseId, [column]: targetId } })) > 0;
}

/**
 * Chooses a candidate into the first free slot of its category. The quota is held by the table,
 * not by this code: slots are 1..3 / 1..6 (CHECK) and (phase, category, slot) is unique, so the
 * INSERT … ON CONFLICT DO NOTHING either takes the slot or, when another member of staff took it
 * first (PostgreSQL waits for their commit), inserts nothing; then the next free slot is tried.
 * The same candidate twice is stopped by its own unique key the same way.
 */
export const selectCandidateAction = defineAction({
  name: "selectDemonstrationCandidate",
  schema: selectCandidateSchema,
  permission: "demonstration.select",
  async run({ input, user, tx, audit }) {
    const phase = await loadOpenPhase(tx, input.phaseId);
    const candidate = await loadCandidate(tx, phase, input.category, input.targetId);
    const label = SELECTION_CATEGORY_LABELS[input.category];
    const quota = SELECTION_QUOTAS[input.category];
    const target = {
      partyOrganizationId: input.category === "UNIT" ? input.targetId : null,
      experienceEntryId: input.category === "PROJECT" ? input.targetId : null,
      siteId: input.category === "SITE" ? input.targetId : null,
    };

    // Each round sees the slots committed so far; at most `quota` rounds can lose a race.
    for (let round = 0; round <= quota; round += 1) {
      if (await alreadyChosen(tx, phase.id, input.category, input.targetId)) {
        throw conflict(`「${candidate.name}」已入选${label}，不能重复选择`);
      }
      const taken = await tx.demonstrationSelection.findMany({
        where: { phaseId: phase.id, category: input.category },
        select: { slot: true },
      });
      const slot = firstFreeSlot(
        taken.map((row) => row.slot),
        quota,
      );
      if (slot === null) throw conflict(`名额已满：${label}共 ${quota} 个名额，已全部选定。如需调整，请先移除一项`);
      const [inserted] = await tx.$queryRaw<{ id: number; selectedAt: Date }[]>`
        INSERT INTO "DemonstrationSelection"
          ("phaseId", "category", "slot", "partyOrganizationId", "experienceEntryId", "siteId", "reason", "selectedById")
        VALUES (${phase.id}, ${input.category}::"SelectionCategory", ${slot}, ${target.partyOrganizationId}::int,
                ${target.experienceEntryId}::int, ${target.siteId}::int, ${input.reason}, ${user.id})
        ON CONFLICT DO NOTHING
        RETURNING "id", "selectedAt"`;
      if (!inserted) continue;
      const after = {
        phaseId: phase.id,
        category: input.category,
        slot,
        ...target,
        name: candidate.name,
        reason: input.reason,
      };
      await audit({
        action: "demonstration.select",
        entityType: "DemonstrationSelection",
        entityId: inserted.id,
        after,
      });
      return { id: inserted.id, slot, name: candidate.name };
    }
    // Only reached if slots kept being taken under us more times than there are slots.
    throw conflict(`名额已满：${label}共 ${quota} 个名额，已全部选定`);
  },
  revalidate: pages,
  // Staff choosing at once queue on each other's slot for a moment.
  transaction: { maxWait: 10_000, timeout: 20_000 },
});

export const removeSelectionAction = defineAction({
  name: "removeDemonstrationSelection",
  schema: removeSelectionSchema,
  permission: "demonstration.select",
  async run({ input, tx, audit }) {
    const selection = await tx.demonstrationSelection.findUnique({
      where: { id: input.selectionId },
      select: {
        id: true,
        phaseId: true,
        category: true,
        slot: true,
        partyOrganizationId: true,
        experienceEntryId: true,
        siteId: true,
        reason: true,
        selectedById: true,
        selectedAt: true,
      },
    });
    if (!selection) throw notFound("评选结果");
    await loadOpenPhase(tx, selection.phaseId);
    await tx.demonstrationSelection.delete({ where: { id: selection.id } });
    await audit({
      action: "demonstration.remove",
      entityType: "DemonstrationSelection",
      entityId: selection.id,
      before: selection,
    });
    return { id: selection.id };
  },
  revalidate: pages,
});
