"use server";

import { defineAction } from "@/lib/actions/define-action";
import { lockEnterprise } from "@/lib/enterprises/lock";
import { createEnterpriseSchema, setEnterpriseActiveSchema, updateEnterpriseSchema } from "@/lib/enterprises/schemas";
import { deactivateOrganizations } from "@/lib/enterprises/deactivate";
import { conflict, invalid, notFound } from "@/lib/errors";
import type { Transaction } from "@/lib/prisma-client";

const ENTERPRISE_AUDIT_FIELDS = {
  id: true,
  name: true,
  shortName: true,
  category: true,
  countsTowardAssetTarget: true,
  isActive: true,
  sortOrder: true,
} as const;

async function assertNameFree(tx: Transaction, name: string, exceptId?: number) {
  const taken = await tx.enterprise.findFirst({
    where: { name, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true },
  });
  if (taken) throw invalid("请检查填写的内容", { name: ["已有同名企业"] });
}

export const createEnterpriseAction = defineAction({
  name: "createEnterprise",
  schema: createEnterpriseSchema,
  permission: "enterprise.manage",
  async run({ input, tx, audit }) {
    await assertNameFree(tx, input.name);
    const enterprise = await tx.enterprise.create({ data: input, select: ENTERPRISE_AUDIT_FIELDS });
    await audit({ action: "enterprise.create", entityType: "Enterprise", entityId: enterprise.id, after: enterprise });
    return { id: enterprise.id };
  },
  revalidate: () => ["/admin/enterprises"],
});

export const updateEnterpriseAction = defineAction({
  name: "updateEnterprise",
  schema: updateEnterpriseSchema,
  permission: "enterprise.manage",
  async run({ input, tx, audit }) {
    const { enterpriseId, ...changes } = input;
    await lockEnterprise(tx, enterpriseId);
    const before = await tx.enterprise.findUniqueOrThrow({
      where: { id: enterpriseId },
      select: ENTERPRISE_AUDIT_FIELDS,
    });
    await assertNameFree(tx, changes.name, enterpriseId);
    const after = await tx.enterprise.update({
      where: { id: enterpriseId },
      data: changes,
      select: ENTERPRISE_AUDIT_FIELDS,
    });
    await audit({ action: "enterprise.update", entityType: "Enterprise", entityId: enterpriseId, before, after });
    return { id: enterpriseId };
  },
  revalidate: (output) => ["/admin/enterprises", `/admin/enterprises/${output.id}`],
});

/**
 * Disabling an enterprise takes its whole organisation tree and its sites out of use with it
 * (refused while one of its sites is on a tour still to come). Enabling brings back the
 * enterprise alone: staff then enable the organisations and sites they want back.
 */
export const setEnterpriseActiveAction = defineAction({
  name: "setEnterpriseActive",
  schema: setEnterpriseActiveSchema,
  permission: "enterprise.manage",
  async run({ input, tx, audit }) {
    await lockEnterprise(tx, input.enterpriseId);
    const before = await tx.enterprise.findUnique({
      where: { id: input.enterpriseId },
      select: ENTERPRISE_AUDIT_FIELDS,
    });
    if (!before) throw notFound("企业");
    if (before.isActive === input.active) throw conflict(input.active ? "该企业已是启用状态" : "该企业已停用");

    let cascade = { organizations: 0, sites: 0 };
    if (!input.active) {
      const orgIds = await tx.partyOrganization.findMany({
        where: { enterpriseId: input.enterpriseId, isActive: true },
        select: { id: true },
      });
      cascade = await deactivateOrganizations(
        tx,
        orgIds.map((org) => org.id),
        audit,
      );
    }
    const after = await tx.enterprise.update({
      where: { id: input.enterpriseId },
      data: { isActive: input.active },
      select: ENTERPRISE_AUDIT_FIELDS,
    });
    await audit({
      action: input.active ? "enterprise.enable" : "enterprise.disable",
      entityType: "Enterprise",
      entityId: input.enterpriseId,
      before,
      after: { ...after, ...(input.active ? {} : { cascade }) },
    });
    return { id: input.enterpriseId, active: after.isActive, cascade };
  },
  revalidate: (output) => ["/admin/enterprises", `/admin/enterprises/${output.id}`, "/admin/sites"],
});
