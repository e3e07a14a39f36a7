import "server-only";
import { db } from "@/lib/db";
import type { PhaseStatus, Role } from "@/lib/generated/prisma/enums";
import type { Database } from "@/lib/prisma-client";
import { TOUR_RECORD_SELECT, toEditorTour, type EditorTour } from "@/lib/tours/editor-state";
import { calendarDay } from "@/lib/tours/time";

/** What the tour editor needs: the tour itself and the phases, sites and people to choose from. */

export type EditorPhase = {
  id: number;
  label: string;
  status: PhaseStatus;
  /** "2022-07-01" */
  startsOn: string;
  endsOn: string;
  travelMinutes: number;
};

export type EditorSite = {
  id: number;
  name: string;
  capacity: number;
  isActive: boolean;
  /** 惠州烟草 · 物流配送中心党支部 */
  owner: string;
  enterprise: string;
};

export type EditorPerson = {
  id: number;
  name: string;
  title: string;
  role: Role;
  /** The enterprise's short name, or null for 市国资委 staff and leaders. */
  enterprise: string | null;
  isActive: boolean;
};

export type EditorOptions = { phases: EditorPhase[]; sites: EditorSite[]; people: EditorPerson[] };

export type TourForEditing = EditorTour & {
  title: string;
  phaseName: string;
  startsAt: Date;
  endsAt: Date;
  publishedAt: Date | null;
  updatedAt: Date;
};

/** The tour as the editor shows it, or null; 2 statements. */
export async function findTourForEditing(tourId: number, database: Database = db()): Promise<TourForEditing | null> {
  const [record, scorers] = await Promise.all([
    database.tour.findUnique({ where: { id: tourId }, select: TOUR_RECORD_SELECT }),
    database.scoreSheet.groupBy({ by: ["scorerId"], where: { stop: { tourId } } }),
  ]);
  if (!record) return null;
  return {
    ...toEditorTour(record, new Set(scorers.map((row) => row.scorerId))),
    title: record.title,
    phaseName: record.phase.name,
    startsAt: record.startsAt,
    endsAt: record.endsAt,
    publishedAt: record.publishedAt,
    updatedAt: record.updatedAt,
  };
}

/**
 * Phases (newest campaign first), sites by enterprise, and active people; people and sites already
 * on `tourId` are included even when switched off, so the editor can show them. 3 statements.
 */
export async function editorOptions(tourId: number | null, database: Database = db()): Promise<EditorOptions> {
  const onTour = tourId ?? 0;
  const [phases, sites, people] = await Promise.all([
    database.phase.findMany({
      orderBy: [{ campaign: { year: "desc" } }, { sequence: "asc" }],
      select: {
        id: true,
        name: true,
        status: true,
        startsOn: true,
        endsOn: true,
        travelMinutes: true,
        campaign: { select: { year: true } },
      },
    }),
    database.site.findMany({
      where: { OR: [{ isActive: true }, { stops: { some: { tourId: onTour } } }] },
      orderBy: [
        { partyOrganization: { enterprise: { category: "asc" } } },
        { partyOrganization: { enterprise: { sortOrder: "asc" } } },
        { id: "asc" },
      ],
      select: {
        id: true,
        name: true,
        capacity: true,
        isActive: true,
        partyOrganization: { select: { name: true, enterprise: { select: { shortName: true } } } },
      },
    }),
    database.user.findMany({
      where: { OR: [{ isActive: true }, { delegationSeats: { some: { tourId: onTour } } }] },
      orderBy: [
        { role: "asc" },
        { enterprise: { category: "asc" } },
        { enterprise: { sortOrder: "asc" } },
        { id: "asc" },
      ],
      select: {
        id: true,
        displayName: true,
        title: true,
        role: true,
        isActive: true,
        enterprise: { select: { shortName: true } },
      },
    }),
  ]);
  return {
    phases: phases.map((phase) => ({
      id: phase.id,
      label: `${phase.campaign.year}年 ${phase.name}`,
      status: phase.status,
      startsOn: calendarDay(phase.startsOn),
      endsOn: calendarDay(phase.endsOn),
      travelMinutes: phase.travelMinutes,
    })),
    sites: sites.map((site) => ({
      id: site.id,
      name: site.name,
      capacity: site.capacity,
      isActive: site.isActive,
      owner: site.partyOrganization.name,
      enterprise: site.partyOrganization.enterprise.shortName,
    })),
    people: people.map((person) => ({
      id: person.id,
      name: person.displayName,
      title: person.title,
      role: person.role,
      enterprise: person.enterprise?.shortName ?? null,
      isActive: person.isActive,
    })),
  };
}
