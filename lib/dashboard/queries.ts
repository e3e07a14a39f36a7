import "server-only";
import { db } from "@/lib/db";
import type { Database } from "@/lib/prisma-client";

/** A phase's window (China calendar days) for the bulletin's opening sentence; 1 statement. */
export async function phaseWindow(phaseId: number, database: Database = db()) {
  return database.phase.findUnique({ where: { id: phaseId }, select: { startsOn: true, endsOn: true } });
}
