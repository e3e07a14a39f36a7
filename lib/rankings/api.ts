import "server-only";
import { db } from "@/lib/db";
import type { PhaseKind, PhaseStatus } from "@/lib/generated/prisma/enums";

/** One phase as `GET /api/v1/phases` answers it (docs/api.md). */
export type ApiPhase = {
  id: number;
  kind: PhaseKind;
  name: string;
  status: PhaseStatus;
  /** Calendar days in China, YYYY-MM-DD: a phase window is a pair of days, not instants. */
  startsOn: string;
  endsOn: string;
};

/** Every phase, newest campaign first and in sequence within it: one statement. */
export async function listApiPhases(): Promise<ApiPhase[]> {
  const phases = await db().phase.findMany({
    orderBy: [{ campaign: { year: "desc" } }, { sequence: "asc" }],
    select: { id: true, kind: true, name: true, status: true, startsOn: true, endsOn: true },
  });
  return phases.map((phase) => ({
    id: phase.id,
    kind: phase.kind,
    name: phase.name,
    status: phase.status,
    startsOn: dateOnly(phase.startsOn),
    endsOn: dateOnly(phase.endsOn),
  }));
}

/** `@db.Date` columns arrive as midnight UTC of that day; no time-zone shift applies to a day. */
function dateOnly(day: Date): string {
  return day.toISOString().slice(0, 10);
}
