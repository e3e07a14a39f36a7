"use server";

import { defineAction } from "@/lib/actions/define-action";
import { deactivateOrganizations } from "@/lib/enterprises/deactivate";
import { lockEnterprise } from "@/lib/enterprises/lock";
import { createOrgSchema, moveOrgSchema, setOrgActiveSchema, updateOrgSchema } from "@/lib/enterprises/schemas";
import { levelFitsUnder, levelMessage, LEVEL_DEPTH, moveProblem } from "@/lib/enterprises/tree";
import { subtreeIds } from "@/lib/enterprises/subtree";
import { conflict, invalid, notFound } from "@/lib/errors";
import type { Transaction } from "@/lib/prisma-client";

const ORG_AUDIT_FIELDS = {
  id: true,
  enterpriseId: true,
  parentId: true,
  name: true,
  level: true,
  memberCount: true,
  isActive: true,
  sortOrder: true,
} as const;

/** Loads an organisation and locks its enterprise's tree for the rest of the transaction. */
async function loadOrgLocked(tx: Transaction, orgId: number) {
  const found = await tx.partyOrganization.findUnique({ where: { id: orgId }, select: { enterpriseId: true } });
  if (!found) throw notFound("党组织");
  await lockEnterprise(tx, found.enterpriseId);
  return tx.partyOrganization.findUniqueOrThrow({ where: { id: orgId }, select: ORG_AUDIT_FIELDS });
}

/** The parent, looked up inside the given enterprise only: another enterprise's organisation is "not found". */
async function loadParent(tx: Transaction, enterpriseId: number, parentId: number) {
  const parent = await tx.partyOrganization.findFirst({
    where: { id: parentId, enterpriseId },
    select: { id: true, name: true, level: true, isActive: true },
  });
  if (!parent) throw invalid("请检查填写的内容", { parentId: ["上级党组织不存在或不属于本企业"] });
  return parent;
}

async function assertNameFree(tx: Transaction, enterpriseId: number, name: string, exceptId?: number) {
  const taken = await tx.partyOrganization.findFirst({
    where: { enterpriseId, name, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true },
  });
  if (taken) throw invalid("请检查填写的内容", { name: ["本企业已有同名党组织"] });
}

const pages = (enterpriseId: number) => ["/admin/enterprises", `/admin/enterprises/${enterpriseId}`];

export const createOrgAction = defineAction({
  name: "createPartyOrganization",
  schema: createOrgSchema,
  permission: "enterprise.manage",
  async run({ input, tx, audit }) {
    await lockEnterprise(tx, input.enterpriseId);
    if (input.parentId !== null) {
      const parent = await loadParent(tx, input.enterpriseId, input.parentId);
      if (!parent.isActive) throw invalid("请检查填写的内容", { parentId: [`「${parent.name}」已停用，不能作为上级`] });
      if (!levelFitsUnder(parent.level, input.level)) {
        throw invalid("请检查填写的内容", { level: [levelMessage(parent.name, parent.level, input.level)] });
      }
    }
    await assertNameFree(tx, input.enterpriseId, input.name);
    const org = await tx.partyOrganization.create({ data: input, select: ORG_AUDIT_FIELDS });
    await audit({ action: "partyOrganization.create", entityType: "PartyOrganization", entityId: org.id, after: org });
    return { id: org.id, enterpriseId: org.enterpriseId };
  },
  revalidate: (output) => pages(output.enterpriseId),
});

export const updateOrgAction = defineAction({
  name: "updatePartyOrganization",
  schema: updateOrgSchema,
  permission: "enterprise.manage",
  async run({ input, tx, audit }) {
    const before = await loadOrgLocked(tx, input.orgId);
    if (input.level !== before.level) {
      if (before.parentId !== null) {
        const parent = await loadParent(tx, before.enterpriseId, before.parentId);
        if (!levelFitsUnder(parent.level, input.level)) {
          throw invalid("请检查填写的内容", { level: [levelMessage(parent.name, parent.level, input.level)] });
        }
      }
      const children = await tx.partyOrganization.findMany({
        where: { parentId: before.id },
        select: { name: true, level: true },
      });
      const clash = children.find((child) => LEVEL_DEPTH[child.level] <= LEVEL_DEPTH[input.level]);
      if (clash) {
        throw invalid("请检查填写的内容", {
          level: [`下级「${clash.name}」的层级不低于所选层级，请先调整下级`],
        });
      }
    }
    await assertNameFree(tx, before.enterpriseId, input.name, before.id);
    const { orgId, ...changes } = input;
    const after = await tx.partyOrganization.update({ where: { id: orgId }, data: changes, select: ORG_AUDIT_FIELDS });
    await audit({
      action: "partyOrganization.update",
      entityType: "PartyOrganization",
      entityId: orgId,
      before,
      after,
    });
    return { id: orgId, enterpriseId: before.enterpriseId };
  },
  revalidate: (output) => pages(output.enterpriseId),
});

/** Moves a branch (the organisation with everything under it) under another parent of the same enterprise. */
export const moveOrgAction = defineAction({
  name: "movePartyOrganization",
  schema: moveOrgSchema,
  permission: "enterprise.manage",
  async run({ input, tx, audit }) {
    const before = await loadOrgLocked(tx, input.orgId);
    if (input.parentId === before.parentId) throw conflict("上级党组织没有变化");
    const parent = input.parentId === null ? null : await loadParent(tx, before.enterpriseId, input.parentId);
    const descendants = new Set((await subtreeIds(tx, before.id)).filter((id) => id !== before.id));
    const problem = moveProblem(before, parent, descendants);
    if (problem) throw invalid(problem, { parentId: [problem] });

    const after = await tx.partyOrganization.update({
      where: { id: before.id },
      data: { parentId: input.parentId },
      select: ORG_AUDIT_FIELDS,
    });
    await audit({
      action: "partyOrganization.move",
      entityType: "PartyOrganization",
      entityId: before.id,
      before,
      after,
    });
    return { id: before.id, enterpriseId: before.enterpriseId };
  },
  revalidate: (output) => pages(output.enterpriseId),
});

/**
 * Disabling an organisation disables its whole branch (every organisation under it) and the
 * sites of that branch, refused while one of those sites is on a tour still to come. Enabling
 * needs an active parent and enterprise, and brings back the branch's organisations; sites stay
 * disabled until staff enable them one by one (showing a site again is a decision of its own).
 */
export const setOrgActiveAction = defineAction({
  name: "setPartyOrganizationActive",
  schema: setOrgActiveSchema,
  permission: "enterprise.manage",
  async run({ input, tx, audit }) {
    const before = await loadOrgLocked(tx, input.orgId);
    if (before.isActive === input.active) throw conflict(input.active ? "该党组织已是启用状态" : "该党组织已停用");
    const branch = await subtreeIds(tx, before.id);

    if (!input.active) {
      const cascade = await deactivateOrganizations(tx, branch, audit);
      return { id: before.id, enterpriseId: before.enterpriseId, active: false, cascade };
    }

    const enterprise = await tx.enterprise.findUniqueOrThrow({
      where: { id: before.enterpriseId },
      select: { isActive: true },
    });
    if (!enterprise.isActive) throw conflict("所属企业已停用，请先启用企业");
    if (before.parentId !== null) {
      const parent = await loadParent(tx, before.enterpriseId, before.parentId);
      if (!parent.isActive) throw conflict(`上级「${parent.name}」已停用，请先启用上级`);
    }
    const enabled = await tx.partyOrganization.updateManyAndReturn({
      where: { id: { in: branch }, isActive: false },
      data: { isActive: true },
      select: { id: true, name: true },
    });
    for (const org of enabled) {
      await audit({
        action: "partyOrganization.enable",
        entityType: "PartyOrganization",
        entityId: org.id,
        before: { name: org.name, isActive: false },
        after: { name: org.name, isActive: true },
      });
    }
    return {
      id: before.id,
      enterpriseId: before.enterpriseId,
      active: true,
      cascade: { organizations: enabled.length, sites: 0 },
    };
  },
  revalidate: (output) => [...pages(output.enterpriseId), "/admin/sites"],
});
