import "server-only";
import type { SelectionCategory } from "@/lib/generated/prisma/enums";
import type { Transaction } from "@/lib/prisma-client";
import { invalid, notFound } from "@/lib/errors";

export type SelectionPhase = { id: number; campaignId: number; sequence: number };

/** The target column of a category, as the table's CHECK pairs them. */
export const TARGET_COLUMN = {
  UNIT: "partyOrganizationId",
  PROJECT: "experienceEntryId",
  SITE: "siteId",
} as const satisfies Record<SelectionCategory, string>;

/**
 * Loads the chosen candidate and checks it belongs to the pool (docs/library.md): a unit is an
 * active organisation ranked in an earlier phase of the campaign; a project is a library entry of
 * the campaign; a site is an active site. Returns its display name for messages and the log.
 */
export async function loadCandidate(
  tx: Transaction,
  phase: SelectionPhase,
  category: SelectionCategory,
  targetId: number,
): Promise<{ name: string }> {
  const field = { targetId: [] as string[] };
  if (category === "UNIT") {
    const org = await tx.partyOrganization.findFirst({
      where: { id: targetId, isActive: true, enterprise: { isActive: true } },
      select: { name: true },
    });
    if (!org) throw notFound("党组织");
    const ranked = await tx.scoreSheet.count({
      where: {
        partyOrganizationId: targetId,
        status: "SUBMITTED",
        phase: { campaignId: phase.campaignId, sequence: { lt: phase.sequence } },
      },
    });
    if (!ranked) {
      field.targetId.push("该党组织在此前阶段没有评分结果，不在候选范围内");
      throw invalid("请检查选择的候选对象", field);
    }
    return org;
  }
  if (category === "PROJECT") {
    const entry = await tx.experienceEntry.findFirst({
      where: { id: targetId, phase: { campaignId: phase.campaignId } },
      select: { title: true },
    });
    if (!entry) throw notFound("经验条目");
    return { name: entry.title };
  }
  const site = await tx.site.findFirst({ where: { id: targetId, isActive: true }, select: { name: true } });
  if (!site) throw notFound("观摩点");
  return site;
}
