import type { DelegationPart, ProgrammeItem, TourStatus } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TourPayload } from "@/lib/tours/schemas";
import { chinaClock, chinaDay } from "@/lib/tours/time";

/**
 * A tour as the editor holds it (dates and clock times as strings, rows keyed for React) and as
 * the audit log records it. The same select feeds the edit page, the actions' "before" and
 * "after", and the checks of what may no longer be removed (stops with score sheets or remarks).
 */

export const TOUR_RECORD_SELECT = {
  id: true,
  title: true,
  phaseId: true,
  startsAt: true,
  endsAt: true,
  meetingPoint: true,
  notes: true,
  status: true,
  cancelReason: true,
  publishedAt: true,
  version: true,
  updatedAt: true,
  phase: { select: { id: true, name: true, status: true } },
  stops: {
    orderBy: { sequence: "asc" },
    select: {
      id: true,
      sequence: true,
      siteId: true,
      arriveAt: true,
      departAt: true,
      programme: true,
      site: { select: { name: true } },
      _count: { select: { scoreSheets: true, remarks: true } },
    },
  },
  // Rows are rewritten in the editor's order on every save, so id order is the staff's order.
  delegation: {
    orderBy: { id: "asc" },
    select: { userId: true, part: true, isScoring: true, user: { select: { displayName: true } } },
  },
  guests: {
    orderBy: { id: "asc" },
    select: { id: true, name: true, unit: true, title: true, _count: { select: { remarks: true } } },
  },
} satisfies Prisma.TourSelect;

export type TourRecord = Prisma.TourGetPayload<{ select: typeof TOUR_RECORD_SELECT }>;

export type EditorStop = {
  key: string;
  id: number | null;
  siteId: number | null;
  arriveTime: string;
  departTime: string;
  programme: ProgrammeItem[];
  /** Has score sheets or remarks: it cannot be removed, nor its site changed once scored. */
  hasScores: boolean;
  hasRemarks: boolean;
};

export type EditorMember = {
  key: string;
  userId: number | null;
  part: DelegationPart;
  isScoring: boolean;
  /** Has score sheets on this tour: cannot leave the delegation or stop scoring. */
  hasScores: boolean;
};

export type EditorGuest = {
  key: string;
  id: number | null;
  name: string;
  unit: string;
  title: string;
  hasRemarks: boolean;
};

export type EditorState = {
  title: string;
  phaseId: number | null;
  date: string;
  startTime: string;
  endTime: string;
  meetingPoint: string;
  notes: string;
  stops: EditorStop[];
  members: EditorMember[];
  guests: EditorGuest[];
};

export type EditorTour = {
  id: number;
  status: TourStatus;
  version: number;
  cancelReason: string | null;
  state: EditorState;
};

/** The saved tour as the editor's state; `scorerIds` are members holding score sheets on it. */
export function toEditorTour(record: TourRecord, scorerIds: ReadonlySet<number>): EditorTour {
  return {
    id: record.id,
    status: record.status,
    version: record.version,
    cancelReason: record.cancelReason,
    state: {
      title: record.title,
      phaseId: record.phaseId,
      date: chinaDay(record.startsAt),
      startTime: chinaClock(record.startsAt),
      endTime: chinaClock(record.endsAt),
      meetingPoint: record.meetingPoint,
      notes: record.notes,
      stops: record.stops.map((stop) => ({
        key: `stop-${stop.id}`,
        id: stop.id,
        siteId: stop.siteId,
        arriveTime: chinaClock(stop.arriveAt),
        departTime: chinaClock(stop.departAt),
        programme: stop.programme,
        hasScores: stop._count.scoreSheets > 0,
        hasRemarks: stop._count.remarks > 0,
      })),
      members: record.delegation.map((member) => ({
        key: `member-${member.userId}`,
        userId: member.userId,
        part: member.part,
        isScoring: member.isScoring,
        hasScores: scorerIds.has(member.userId),
      })),
      guests: record.guests.map((guest) => ({
        key: `guest-${guest.id}`,
        id: guest.id,
        name: guest.name,
        unit: guest.unit,
        title: guest.title,
        hasRemarks: guest._count.remarks > 0,
      })),
    },
  };
}

/** What the editor sends to the server: the state without its React keys and flags. */
export function toPayload(state: EditorState): TourPayload {
  return {
    title: state.title,
    phaseId: state.phaseId,
    date: state.date,
    startTime: state.startTime,
    endTime: state.endTime,
    meetingPoint: state.meetingPoint,
    notes: state.notes,
    stops: state.stops.map(({ id, siteId, arriveTime, departTime, programme }) => ({
      id,
      siteId,
      arriveTime,
      departTime,
      programme,
    })),
    members: state.members.map(({ userId, part, isScoring }) => ({ userId, part, isScoring })),
    guests: state.guests.map(({ id, name, unit, title }) => ({ id, name, unit, title })),
  };
}

/** The tour as the audit log keeps it: every field staff can change, times as instants. */
export function auditSnapshot(record: TourRecord) {
  return {
    title: record.title,
    phaseId: record.phaseId,
    startsAt: record.startsAt,
    endsAt: record.endsAt,
    meetingPoint: record.meetingPoint,
    notes: record.notes,
    status: record.status,
    cancelReason: record.cancelReason,
    version: record.version,
    stops: record.stops.map((stop) => ({
      sequence: stop.sequence,
      siteId: stop.siteId,
      site: stop.site.name,
      arriveAt: stop.arriveAt,
      departAt: stop.departAt,
      programme: stop.programme,
    })),
    delegation: record.delegation.map((member) => ({
      userId: member.userId,
      name: member.user.displayName,
      part: member.part,
      isScoring: member.isScoring,
    })),
    guests: record.guests.map((guest) => ({ name: guest.name, unit: guest.unit, title: guest.title })),
  };
}
