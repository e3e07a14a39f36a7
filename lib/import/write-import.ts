import "server-only";
import type { ActionContext } from "@/lib/actions/define-action";
import { lockEnterprises } from "@/lib/enterprises/lock";
import { LEVELS } from "@/lib/enterprises/tree";
import type { Transaction } from "@/lib/prisma-client";
import type { ExistingData, ImportPlan } from "@/lib/import/validate-rows";

/**
 * What the database holds for the enterprises a file names, read after locking those
 * enterprises, so nobody changes their trees between this check and the write.
 */
export async function loadExisting(tx: Transaction, enterpriseNames: readonly string[]): Promise<ExistingData> {
  const named = await tx.enterprise.findMany({ where: { name: { in: [...enterpriseNames] } }, select: { id: true } });
  await lockEnterprises(
    tx,
    named.map((enterprise) => enterprise.id),
  );
  const ids = named.map((enterprise) => enterprise.id);
  const [enterprises, orgs] = await Promise.all([
    tx.enterprise.findMany({
      where: { id: { in: ids } },
      select: { id: true, name: true, shortName: true, category: true, countsTowardAssetTarget: true, isActive: true },
    }),
    tx.partyOrganization.findMany({
      where: { enterpriseId: { in: ids } },
      select: { id: true, enterpriseId: true, name: true, level: true, isActive: true },
    }),
  ]);
  return { enterprises, orgs };
}

export type ImportReport = {
  enterprisesCreated: { id: number; name: string }[];
  organizationsCreated: number;
  byEnterprise: { name: string; organizations: number; isNew: boolean }[];
};

/**
 * Writes a checked plan: new enterprises, then organisations level by level (党委/党组, 党总支,
 * 党支部), so every parent exists before its children; a constant number of inserts whatever the
 * number of rows. Each created record gets its audit row, naming the file and row it came from.
 */
export async function writeImport(
  tx: Transaction,
  plan: ImportPlan,
  fileName: string,
  audit: ActionContext<unknown>["audit"],
): Promise<ImportReport> {
  const source = (rowNumber: number) => `Excel 导入「${fileName}」第 ${rowNumber} 行`;
  const created = await tx.enterprise.createManyAndReturn({
    data: plan.enterprises.map(({ rowNumber: _row, ...enterprise }) => enterprise),
    select: { id: true, name: true, shortName: true, category: true, countsTowardAssetTarget: true, isActive: true },
  });
  const enterpriseIds = new Map(created.map((enterprise) => [enterprise.name, enterprise.id]));
  for (const enterprise of created) {
    const row = plan.enterprises.find((planned) => planned.name === enterprise.name)!.rowNumber;
    await audit({
      action: "enterprise.create",
      entityType: "Enterprise",
      entityId: enterprise.id,
      after: { ...enterprise, source: source(row) },
    });
  }

  const orgIds = new Map<string, number>();
  const key = (enterpriseId: number, name: string) => `${enterpriseId}\u0000${name}`;
  for (const level of LEVELS) {
    const batch = plan.orgs.filter((org) => org.level === level);
    if (batch.length === 0) continue;
    const data = batch.map((org) => {
      const enterpriseId = org.enterpriseId ?? enterpriseIds.get(org.enterpriseName)!;
      const parentId =
        org.parent === null
          ? null
          : "id" in org.parent
            ? org.parent.id
            : orgIds.get(key(enterpriseId, org.parent.name))!;
      return { enterpriseId, parentId, name: org.name, level: org.level, memberCount: org.memberCount, sortOrder: 0 };
    });
    const rows = await tx.partyOrganization.createManyAndReturn({
      data,
      select: {
        id: true,
        enterpriseId: true,
        parentId: true,
        name: true,
        level: true,
        memberCount: true,
        isActive: true,
      },
    });
    const rowNumbers = new Map(batch.map((org, index) => [key(data[index]!.enterpriseId, org.name), org.rowNumber]));
    for (const row of rows) {
      orgIds.set(key(row.enterpriseId, row.name), row.id);
      await audit({
        action: "partyOrganization.create",
        entityType: "PartyOrganization",
        entityId: row.id,
        after: { ...row, source: source(rowNumbers.get(key(row.enterpriseId, row.name))!) },
      });
    }
  }

  const counts = new Map<string, number>();
  for (const org of plan.orgs) counts.set(org.enterpriseName, (counts.get(org.enterpriseName) ?? 0) + 1);
  return {
    enterprisesCreated: created.map((enterprise) => ({ id: enterprise.id, name: enterprise.name })),
    organizationsCreated: plan.orgs.length,
    byEnterprise: [...counts].map(([name, organizations]) => ({ name, organizations, isNew: enterpriseIds.has(name) })),
  };
}
