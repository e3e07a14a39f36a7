import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Database } from "@/lib/prisma-client";
import { combinedScore, compareCandidates, type PhaseResult } from "@/lib/demonstration/rules";
import { rankingRows } from "@/lib/rankings/queries";

/*
 * Reads of the demonstration selection. A fixed number of statements whatever the number of
 * candidates: the phase and its earlier phases (2), one ranking statement per earlier phase (the
 * campaign has two), organisations' order (1), entries (1), sites (1), selections (1).
 */

const PHASE_SELECT = {
  id: true,
  name: true,
  status: true,
  sequence: true,
  campaignId: true,
  campaign: { select: { year: true, name: true } },
} as const satisfies Prisma.PhaseSelect;

/** The demonstration phase of the latest campaign, or null. */
export async function currentSelectionPhase(database: Database = db()) {
  return database.phase.findFirst({
    where: { kind: "DEMONSTRATION" },
    orderBy: { campaign: { year: "desc" } },
    select: PHASE_SELECT,
  });
}

export type SelectionPhaseInfo = NonNullable<Awaited<ReturnType<typeof currentSelectionPhase>>>;

const SELECTION_SELECT = {
  id: true,
  category: true,
  slot: true,
  reason: true,
  selectedAt: true,
  selectedBy: { select: { displayName: true } },
  partyOrganization: {
    select: { id: true, name: true, enterprise: { select: { id: true, name: true, shortName: true } } },
  },
  experienceEntry: {
    select: {
      id: true,
      title: true,
      kind: true,
      photos: { orderBy: { id: "asc" }, take: 1, select: { id: true } },
      partyOrganization: {
        select: { id: true, name: true, enterprise: { select: { id: true, name: true, shortName: true } } },
      },
    },
  },
  site: {
    select: {
      id: true,
      name: true,
      theme: true,
      address: true,
      photos: { orderBy: { id: "asc" }, take: 1, select: { id: true } },
      partyOrganization: {
        select: { id: true, name: true, enterprise: { select: { id: true, name: true, shortName: true } } },
      },
    },
  },
} as const satisfies Prisma.DemonstrationSelectionSelect;

type SelectionRow = Prisma.DemonstrationSelectionGetPayload<{ select: typeof SELECTION_SELECT }>;

/** One chosen unit, project or site as the pages and the API show it. */
export type SelectionItem = {
  selectionId: number;
  id: number;
  slot: number;
  name: string;
  partyOrganization: { id: number; name: string };
  enterprise: { id: number; name: string; shortName: string };
  reason: string;
  selectedAt: Date;
  selectedBy: string;
  /** The first photo of the entry or site; none for a unit. */
  photoId: number | null;
  /** A site's theme, an entry's kind label is added by the page. */
  detail: string | null;
};

function toItem(row: SelectionRow): SelectionItem {
  const base = {
    selectionId: row.id,
    slot: row.slot,
    reason: row.reason,
    selectedAt: row.selectedAt,
    selectedBy: row.selectedBy.displayName,
  };
  if (row.experienceEntry) {
    const { partyOrganization: org } = row.experienceEntry;
    return {
      ...base,
      id: row.experienceEntry.id,
      name: row.experienceEntry.title,
      partyOrganization: { id: org.id, name: org.name },
      enterprise: org.enterprise,
      photoId: row.experienceEntry.photos[0]?.id ?? null,
      detail: row.experienceEntry.kind,
    };
  }
  if (row.site) {
    const { partyOrganization: org } = row.site;
    return {
      ...base,
      id: row.site.id,
      name: row.site.name,
      partyOrganization: { id: org.id, name: org.name },
      enterprise: org.enterprise,
      photoId: row.site.photos[0]?.id ?? null,
      detail: row.site.theme,
    };
  }
  // The CHECK guarantees a UNIT row names its organisation.
  const org = row.partyOrganization!;
  return {
    ...base,
    id: org.id,
    name: org.name,
    partyOrganization: { id: org.id, name: org.name },
    enterprise: org.enterprise,
    photoId: null,
    detail: null,
  };
}

export type SelectionList = { units: SelectionItem[]; projects: SelectionItem[]; sites: SelectionItem[] };

/** The phase's chosen 3 + 3 + 6, each list by slot. 1 statement (Prisma loads the relations with it). */
export async function selectionList(phaseId: number, database: Database = db()): Promise<SelectionList> {
  const rows = await database.demonstrationSelection.findMany({
    where: { phaseId },
    orderBy: [{ category: "asc" }, { slot: "asc" }],
    select: SELECTION_SELECT,
  });
  const of = (category: SelectionRow["category"]) => rows.filter((row) => row.category === category).map(toItem);
  return { units: of("UNIT"), projects: of("PROJECT"), sites: of("SITE") };
}

export type OrgResult = {
  orgId: number;
  name: string;
  enterprise: { id: number; shortName: string };
  results: PhaseResult[];
  combined: Prisma.Decimal | null;
};

/** The earlier phases' official results of every organisation ranked in any of them. */
async function earlierResults(phase: SelectionPhaseInfo, database: Database) {
  const phases = await database.phase.findMany({
    where: { campaignId: phase.campaignId, sequence: { lt: phase.sequence } },
    orderBy: { sequence: "asc" },
    select: { id: true, name: true },
  });
  const rankings = await Promise.all(phases.map((earlier) => rankingRows(earlier.id, {}, undefined, database)));
  const byOrg = new Map<
    number,
    { name: string; enterprise: { id: number; shortName: string }; results: PhaseResult[] }
  >();
  phases.forEach((earlier, index) => {
    for (const row of rankings[index] ?? []) {
      const entry = byOrg.get(row.organizationId) ?? {
        name: row.organizationName,
        enterprise: { id: row.enterpriseId, shortName: row.enterpriseShortName },
        results: [],
      };
      entry.results.push({ phaseId: earlier.id, rank: row.rank, score: row.score, tier: row.tier });
      byOrg.set(row.organizationId, entry);
    }
  });
  return { phases, byOrg };
}

export type Candidate = {
  id: number;
  name: string;
  /** Entry kind or site theme. */
  detail: string | null;
  promoted?: boolean;
  organization: { id: number; name: string };
  enterprise: { id: number; shortName: string };
  results: PhaseResult[];
  combined: Prisma.Decimal | null;
  selected: boolean;
};

/** At most this many candidates per category are listed (best first); the rest are out of reach anyway. */
export const CANDIDATE_LIMIT = 60;

/**
 * Everything /admin/demonstration shows: the phase, the earlier phases, the chosen lists and the
 * candidates of each category ranked by their (organisation's) earlier results.
 */
export async function loadSelectionBoard(database: Database = db()) {
  const phase = await currentSelectionPhase(database);
  if (!phase) return null;
  const [{ phases, byOrg }, selections, entries, sites] = await Promise.all([
    earlierResults(phase, database),
    selectionList(phase.id, database),
    database.experienceEntry.findMany({
      where: { phase: { campaignId: phase.campaignId } },
      select: {
        id: true,
        title: true,
        kind: true,
        promoted: true,
        partyOrganization: {
          select: {
            id: true,
            name: true,
            sortOrder: true,
            enterprise: { select: { id: true, shortName: true, sortOrder: true } },
          },
        },
      },
    }),
    database.site.findMany({
      where: { isActive: true },
      select: {
        id: true,
        name: true,
        theme: true,
        partyOrganization: {
          select: {
            id: true,
            name: true,
            sortOrder: true,
            enterprise: { select: { id: true, shortName: true, sortOrder: true } },
          },
        },
      },
    }),
  ]);
  const orgOrder = await database.partyOrganization.findMany({
    where: { id: { in: [...byOrg.keys()] }, isActive: true, enterprise: { isActive: true } },
    select: { id: true, sortOrder: true, enterprise: { select: { sortOrder: true } } },
  });

  const chosen = (list: SelectionItem[]) => new Set(list.map((item) => item.id));
  const units = chosen(selections.units);
  const projects = chosen(selections.projects);
  const chosenSites = chosen(selections.sites);
  const resultsOf = (orgId: number) => byOrg.get(orgId)?.results ?? [];
  const rank = (list: (Candidate & { order: number[] })[]): Candidate[] =>
    list
      .sort((a, b) =>
        compareCandidates({ ...a, phasesRanked: a.results.length }, { ...b, phasesRanked: b.results.length }),
      )
      .slice(0, CANDIDATE_LIMIT)
      .map(({ order: _order, ...candidate }) => candidate);

  const unitCandidates = rank(
    orgOrder.map((org) => {
      const found = byOrg.get(org.id)!;
      return {
        id: org.id,
        name: found.name,
        detail: null,
        organization: { id: org.id, name: found.name },
        enterprise: found.enterprise,
        results: found.results,
        combined: combinedScore(found.results),
        selected: units.has(org.id),
        order: [org.enterprise.sortOrder, org.sortOrder, org.id],
      };
    }),
  );
  const projectCandidates = rank(
    entries.map((entry) => ({
      id: entry.id,
      name: entry.title,
      detail: entry.kind,
      promoted: entry.promoted,
      organization: { id: entry.partyOrganization.id, name: entry.partyOrganization.name },
      enterprise: entry.partyOrganization.enterprise,
      results: resultsOf(entry.partyOrganization.id),
      combined: combinedScore(resultsOf(entry.partyOrganization.id)),
      selected: projects.has(entry.id),
      // Promoted entries first among equals.
      order: [
        entry.promoted ? 0 : 1,
        entry.partyOrganization.enterprise.sortOrder,
        entry.partyOrganization.sortOrder,
        entry.id,
      ],
    })),
  );
  const siteCandidates = rank(
    sites.map((site) => ({
      id: site.id,
      name: site.name,
      detail: site.theme,
      organization: { id: site.partyOrganization.id, name: site.partyOrganization.name },
      enterprise: site.partyOrganization.enterprise,
      results: resultsOf(site.partyOrganization.id),
      combined: combinedScore(resultsOf(site.partyOrganization.id)),
      selected: chosenSites.has(site.id),
      order: [site.partyOrganization.enterprise.sortOrder, site.partyOrganization.sortOrder, site.id],
    })),
  );
  return {
    phase,
    earlierPhases: phases,
    selections,
    candidates: { UNIT: unitCandidates, PROJECT: projectCandidates, SITE: siteCandidates },
  };
}

export type SelectionBoard = NonNullable<Awaited<ReturnType<typeof loadSelectionBoard>>>;
