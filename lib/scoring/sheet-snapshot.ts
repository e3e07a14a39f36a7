import "server-only";
import type { SheetStatus } from "@/lib/generated/prisma/enums";
import type { Database, Transaction } from "@/lib/prisma-client";
import { decimalToHalves, formatHalves } from "@/lib/scoring/points";

/** A sheet as saved, in the plain form sent to the browser (decimal strings, ISO instants). */
export type SheetSnapshot = {
  id: number;
  version: number;
  status: SheetStatus;
  total: string;
  comment: string;
  /** itemId → points ("7.5"); items left empty are absent. */
  scores: Record<string, string>;
  submittedAt: string | null;
  updatedAt: string;
};

export const SNAPSHOT_SELECT = {
  id: true,
  version: true,
  status: true,
  total: true,
  comment: true,
  submittedAt: true,
  updatedAt: true,
  itemScores: { select: { itemId: true, score: true } },
} as const;

type SnapshotRow = {
  id: number;
  version: number;
  status: SheetStatus;
  total: { toString(): string };
  comment: string;
  submittedAt: Date | null;
  updatedAt: Date;
  itemScores: { itemId: number; score: { toString(): string } }[];
};

export function toSnapshot(row: SnapshotRow): SheetSnapshot {
  return {
    id: row.id,
    version: row.version,
    status: row.status,
    total: formatHalves(decimalToHalves(row.total)),
    comment: row.comment,
    scores: Object.fromEntries(
      row.itemScores.map((score) => [String(score.itemId), formatHalves(decimalToHalves(score.score))]),
    ),
    submittedAt: row.submittedAt?.toISOString() ?? null,
    updatedAt: row.updatedAt.toISOString(),
  };
}

export async function loadSnapshot(client: Database | Transaction, sheetId: number): Promise<SheetSnapshot> {
  return toSnapshot(await client.scoreSheet.findUniqueOrThrow({ where: { id: sheetId }, select: SNAPSHOT_SELECT }));
}
