import "server-only";
import { toChinaIso } from "@/lib/api/time";
import { currentSelectionPhase, selectionList, type SelectionItem } from "@/lib/demonstration/queries";
import type { Database } from "@/lib/prisma-client";
import { db } from "@/lib/db";

/** One chosen unit, project or site in the API (docs/api.md). */
export type DemonstrationApiItem = {
  id: number;
  slot: number;
  name: string;
  partyOrganization: { id: number; name: string };
  enterprise: { id: number; name: string };
  reason: string;
  selectedAt: string;
};

function toApiItem(item: SelectionItem): DemonstrationApiItem {
  return {
    id: item.id,
    slot: item.slot,
    name: item.name,
    partyOrganization: item.partyOrganization,
    enterprise: { id: item.enterprise.id, name: item.enterprise.name },
    reason: item.reason,
    selectedAt: toChinaIso(item.selectedAt),
  };
}

/** The current campaign's published list, the same query as /demonstration; empty lists without a phase. */
export async function demonstrationForApi(database: Database = db()) {
  const phase = await currentSelectionPhase(database);
  if (!phase) return { units: [], projects: [], sites: [] };
  const list = await selectionList(phase.id, database);
  return { units: list.units.map(toApiItem), projects: list.projects.map(toApiItem), sites: list.sites.map(toApiItem) };
}
