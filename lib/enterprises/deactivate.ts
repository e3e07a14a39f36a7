import "server-only";
import type { ActionContext } from "@/lib/actions/define-action";
import { conflict } from "@/lib/errors";
import type { Transaction } from "@/lib/prisma-client";
import { upcomingTourUsing } from "@/lib/sites/usage";

/**
 * Takes organisations and the active sites under them out of use, with an audit row for each
 * record that changes. Refused (nothing changes) when one of those sites is on a tour still to
 * come. The caller holds the enterprise lock and passes the ids of every organisation to disable.
 */
export async function deactivateOrganizations(
  tx: Transaction,
  orgIds: readonly number[],
  audit: ActionContext<unknown>["audit"],
) {
  if (orgIds.length === 0) return { organizations: 0, sites: 0 };
  const sites = await tx.site.findMany({
    where: { partyOrganizationId: { in: [...orgIds] }, isActive: true },
    select: { id: true, name: true },
  });
  const blocked = await upcomingTourUsing(
    tx,
    sites.map((site) => site.id),
  );
  if (blocked) throw conflict(`不能停用：${blocked}`);

  const orgs = await tx.partyOrganization.updateManyAndReturn({
    where: { id: { in: [...orgIds] }, isActive: true },
    data: { isActive: false },
    select: { id: true, name: true },
  });
  await tx.site.updateMany({ where: { id: { in: sites.map((site) => site.id) } }, data: { isActive: false } });
  for (const org of orgs) {
    await audit({
      action: "partyOrganization.disable",
      entityType: "PartyOrganization",
      entityId: org.id,
      before: { name: org.name, isActive: true },
      after: { name: org.name, isActive: false },
    });
  }
  for (const site of sites) {
    await audit({
      action: "site.disable",
      entityType: "Site",
      entityId: site.id,
      before: { name: site.name, isActive: true },
      after: { name: site.name, isActive: false },
    });
  }
  return { organizations: orgs.length, sites: sites.length };
}
