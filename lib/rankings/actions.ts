"use server";

import { defineAction } from "@/lib/actions/define-action";
import { conflict, notFound } from "@/lib/errors";
import type { Transaction } from "@/lib/prisma-client";
import { phaseSettingsSchema, publishResultsSchema, withdrawResultsSchema } from "@/lib/rankings/schemas";

const SETTINGS_SELECT = {
  id: true,
  name: true,
  status: true,
  scoreMethod: true,
  trimMinScorers: true,
  tierMode: true,
  disagreementThreshold: true,
  excludeOwnEnterprise: true,
  resultsPublishedAt: true,
  updatedAt: true,
  tiers: { orderBy: { rank: "asc" }, select: { name: true, rank: true, minScore: true, quotaPercent: true } },
} as const;

/** The phase row locked for this transaction, so two staff changing it at once take turns. */
async function lockPhase(tx: Transaction, phaseId: number) {
  await tx.$queryRaw`SELECT "id" FROM "Phase" WHERE "id" = ${phaseId} FOR UPDATE`;
  const phase = await tx.phase.findUnique({ where: { id: phaseId }, select: SETTINGS_SELECT });
  if (!phase) throw notFound("阶段");
  return phase;
}

function auditable({ updatedAt: _updatedAt, ...phase }: Awaited<ReturnType<typeof lockPhase>>) {
  return phase;
}

const revalidateRankings = (output: { id: number }) => [
  "/rankings",
  "/rankings/consistency",
  "/rankings/mine",
  `/admin/phase-settings/${output.id}`,
];

export const updatePhaseSettingsAction = defineAction({
  name: "updatePhaseSettings",
  schema: phaseSettingsSchema,
  permission: "campaign.manage",
  async run({ input, tx, audit }) {
    const before = await lockPhase(tx, input.phaseId);
    if (before.updatedAt.toISOString() !== input.updatedAt) {
      throw conflict("该阶段的设置刚被其他人修改过，请刷新页面查看最新设置后再修改");
    }
    // Published results are what secretaries were told; changing how they are computed would
    // silently change them.
    if (before.resultsPublishedAt) throw conflict("本阶段结果已公布，须先撤回公布才能修改评分设置");

    await tx.phaseTier.deleteMany({ where: { phaseId: input.phaseId } });
    await tx.phaseTier.createMany({
      data: input.tiers.map((tier, index) => ({
        phaseId: input.phaseId,
        name: tier.name,
        rank: index + 1,
        minScore: tier.minScore,
        quotaPercent: tier.quotaPercent,
      })),
    });
    await tx.phase.update({
      where: { id: input.phaseId },
      data: {
        scoreMethod: input.scoreMethod,
        trimMinScorers: input.trimMinScorers,
        tierMode: input.tierMode,
        disagreementThreshold: input.disagreementThreshold,
        excludeOwnEnterprise: input.excludeOwnEnterprise,
      },
    });
    const after = await tx.phase.findUniqueOrThrow({ where: { id: input.phaseId }, select: SETTINGS_SELECT });
    await audit({
      action: "phase.updateScoring",
      entityType: "Phase",
      entityId: input.phaseId,
      before: auditable(before),
      after: auditable(after),
    });
    return { id: input.phaseId, updatedAt: after.updatedAt.toISOString() };
  },
  revalidate: revalidateRankings,
});

export const publishResultsAction = defineAction({
  name: "publishResults",
  schema: publishResultsSchema,
  permission: "campaign.manage",
  async run({ input, tx, audit }) {
    const phase = await lockPhase(tx, input.phaseId);
    if (phase.resultsPublishedAt) throw conflict("本阶段结果已经公布");
    // While the phase is open, sheets are still being submitted and the numbers still move.
    if (phase.status !== "CLOSED") throw conflict("阶段结束（评分锁定）后才能公布结果");
    const after = await tx.phase.update({
      where: { id: input.phaseId },
      data: { resultsPublishedAt: new Date() },
      select: { resultsPublishedAt: true },
    });
    await audit({
      action: "phase.publishResults",
      entityType: "Phase",
      entityId: input.phaseId,
      before: { resultsPublishedAt: null },
      after,
    });
    return { id: input.phaseId };
  },
  revalidate: revalidateRankings,
});

export const withdrawResultsAction = defineAction({
  name: "withdrawResults",
  schema: withdrawResultsSchema,
  permission: "campaign.manage",
  async run({ input, tx, audit }) {
    const phase = await lockPhase(tx, input.phaseId);
    if (!phase.resultsPublishedAt) throw conflict("本阶段结果尚未公布");
    await tx.phase.update({ where: { id: input.phaseId }, data: { resultsPublishedAt: null } });
    await audit({
      action: "phase.withdrawResults",
      entityType: "Phase",
      entityId: input.phaseId,
      before: { resultsPublishedAt: phase.resultsPublishedAt },
      after: { resultsPublishedAt: null, reason: input.reason },
    });
    return { id: input.phaseId };
  },
  revalidate: revalidateRankings,
});
