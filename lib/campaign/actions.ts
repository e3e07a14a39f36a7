"use server";

import { defineAction } from "@/lib/actions/define-action";
import { closeProblem, openProblem, windowProblems } from "@/lib/campaign/rules";
import { defaultPhases } from "@/lib/campaign/defaults";
import { toursOutsideWindow } from "@/lib/campaign/tours-outside";
import {
  createCampaignSchema,
  phaseTransitionSchema,
  updateCampaignSchema,
  updatePhaseSchema,
} from "@/lib/campaign/schemas";
import { conflict, invalid, notFound } from "@/lib/errors";
import type { Transaction } from "@/lib/prisma-client";

const PHASE_AUDIT_FIELDS = {
  id: true,
  campaignId: true,
  kind: true,
  sequence: true,
  name: true,
  status: true,
  startsOn: true,
  endsOn: true,
  selfReportDeadline: true,
  travelMinutes: true,
  closedAt: true,
} as const;

const CAMPAIGN_AUDIT_FIELDS = { id: true, year: true, name: true, goals: true, description: true } as const;

/**
 * Loads a phase with every phase of its campaign, locked: opening, closing and window changes of
 * one campaign run one at a time, so two staff cannot open phases out of order at the same moment.
 */
async function lockPhases(tx: Transaction, phaseId: number) {
  const found = await tx.phase.findUnique({ where: { id: phaseId }, select: { campaignId: true } });
  if (!found) throw notFound("阶段");
  await tx.$queryRaw`SELECT "id" FROM "Phase" WHERE "campaignId" = ${found.campaignId} ORDER BY "sequence" FOR UPDATE`;
  const campaign = await tx.campaign.findUniqueOrThrow({
    where: { id: found.campaignId },
    select: { year: true, phases: { orderBy: { sequence: "asc" }, select: PHASE_AUDIT_FIELDS } },
  });
  const phase = campaign.phases.find((candidate) => candidate.id === phaseId);
  if (!phase) throw notFound("阶段");
  return { year: campaign.year, phases: campaign.phases, phase };
}

const CAMPAIGN_PAGES = () => ["/admin/campaign", "/"];

export const updatePhaseAction = defineAction({
  name: "updatePhase",
  schema: updatePhaseSchema,
  permission: "campaign.manage",
  async run({ input, tx, audit }) {
    const { year, phases, phase: before } = await lockPhases(tx, input.phaseId);
    if (before.status === "CLOSED") throw conflict(`「${before.name}」已结束，不能再修改`);

    const errors = windowProblems(year, phases, before, input);
    if (Object.keys(errors).length > 0) throw invalid("请检查填写的内容", errors);

    // A window may shrink only while every tour of the phase still fits inside it.
    const outside = await toursOutsideWindow(tx, before.id, input.startsOn, input.endsOn);
    if (outside) throw invalid(outside.message, { [outside.field]: [outside.message] });

    const { phaseId, ...changes } = input;
    const after = await tx.phase.update({ where: { id: phaseId }, data: changes, select: PHASE_AUDIT_FIELDS });
    await audit({ action: "phase.update", entityType: "Phase", entityId: phaseId, before, after });
    return { id: phaseId };
  },
  revalidate: CAMPAIGN_PAGES,
});

export const openPhaseAction = defineAction({
  name: "openPhase",
  schema: phaseTransitionSchema,
  permission: "campaign.manage",
  async run({ input, tx, audit }) {
    const { phases, phase: before } = await lockPhases(tx, input.phaseId);
    const problem = openProblem(phases, before);
    if (problem) throw conflict(problem);
    const after = await tx.phase.update({
      where: { id: before.id },
      data: { status: "ACTIVE" },
      select: PHASE_AUDIT_FIELDS,
    });
    await audit({ action: "phase.open", entityType: "Phase", entityId: before.id, before, after });
    return { id: before.id };
  },
  revalidate: CAMPAIGN_PAGES,
});

export const closePhaseAction = defineAction({
  name: "closePhase",
  schema: phaseTransitionSchema,
  permission: "campaign.manage",
  async run({ input, tx, audit }) {
    const { phases, phase: before } = await lockPhases(tx, input.phaseId);
    const problem = closeProblem(phases, before);
    if (problem) throw conflict(problem);
    // Closing locks the phase's scoring: the scoring pages refuse writes to a closed phase.
    const after = await tx.phase.update({
      where: { id: before.id },
      data: { status: "CLOSED", closedAt: new Date() },
      select: PHASE_AUDIT_FIELDS,
    });
    await audit({ action: "phase.close", entityType: "Phase", entityId: before.id, before, after });
    return { id: before.id };
  },
  revalidate: CAMPAIGN_PAGES,
});

export const createCampaignAction = defineAction({
  name: "createCampaign",
  schema: createCampaignSchema,
  permission: "campaign.manage",
  async run({ input, tx, audit }) {
    if (await tx.campaign.count({ where: { year: input.year } })) {
      throw invalid("请检查填写的内容", { year: [`${input.year} 年的活动已经存在`] });
    }
    const campaign = await tx.campaign.create({ data: input, select: CAMPAIGN_AUDIT_FIELDS });
    await audit({ action: "campaign.create", entityType: "Campaign", entityId: campaign.id, after: campaign });
    for (const phase of defaultPhases(input.year)) {
      const { tiers, ...fields } = phase;
      const created = await tx.phase.create({
        data: { ...fields, campaignId: campaign.id, tiers: { create: tiers } },
        select: PHASE_AUDIT_FIELDS,
      });
      await audit({ action: "phase.create", entityType: "Phase", entityId: created.id, after: created });
    }
    return { id: campaign.id, year: campaign.year };
  },
  revalidate: CAMPAIGN_PAGES,
});

export const updateCampaignAction = defineAction({
  name: "updateCampaign",
  schema: updateCampaignSchema,
  permission: "campaign.manage",
  async run({ input, tx, audit }) {
    const before = await tx.campaign.findUnique({ where: { id: input.campaignId }, select: CAMPAIGN_AUDIT_FIELDS });
    if (!before) throw notFound("活动");
    const { campaignId, ...changes } = input;
    const after = await tx.campaign.update({ where: { id: campaignId }, data: changes, select: CAMPAIGN_AUDIT_FIELDS });
    await audit({ action: "campaign.update", entityType: "Campaign", entityId: campaignId, before, after });
    return { id: campaignId, year: after.year };
  },
  revalidate: CAMPAIGN_PAGES,
});
