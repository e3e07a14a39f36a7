import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { RubricStatus } from "@/lib/generated/prisma/enums";
import { conflict, notFound } from "@/lib/errors";
import type { Transaction } from "@/lib/prisma-client";
import { rubricEditRefusal } from "@/lib/rubrics/rules";

export type LockedRubric = {
  id: number;
  phaseId: number;
  version: number;
  title: string;
  status: RubricStatus;
  hasSubmittedSheets: boolean;
};

/**
 * Loads a rubric with an exclusive row lock held to the end of the transaction. A sheet being
 * saved or submitted share-locks the same row (lib/scoring/write-sheet.ts), so an edit and a
 * submission never interleave: whichever comes second sees the other's result.
 */
export async function lockRubric(tx: Transaction, rubricId: number): Promise<LockedRubric> {
  const [row] = await tx.$queryRaw<Omit<LockedRubric, "hasSubmittedSheets">[]>`
    SELECT "id", "phaseId", "version", "title", "status"::text AS "status"
    FROM "Rubric" WHERE "id" = ${rubricId}
    FOR UPDATE`;
  if (!row) throw notFound("评分细则");
  const submitted = await tx.scoreSheet.findFirst({ where: { rubricId, status: "SUBMITTED" }, select: { id: true } });
  return { ...row, hasSubmittedSheets: submitted !== null };
}

/** The rubric, locked, or a refusal saying why it may not change (and what to do instead). */
export async function lockRubricForEdit(
  tx: Transaction,
  rubricId: number,
  { structural }: { structural: boolean },
): Promise<LockedRubric> {
  const rubric = await lockRubric(tx, rubricId);
  const refusal = rubricEditRefusal(rubric, structural);
  if (refusal) throw conflict(refusal);
  return rubric;
}

/** Serialises version numbering and activation within one phase. */
export async function lockPhase(tx: Transaction, phaseId: number) {
  const [phase] = await tx.$queryRaw<{ id: number; status: string; name: string }[]>`
    SELECT "id", "status"::text AS "status", "name" FROM "Phase" WHERE "id" = ${phaseId} FOR UPDATE`;
  if (!phase) throw notFound("阶段");
  return phase;
}

/**
 * Swaps the positions of two rows of a table with a unique (rubricId, sequence): through a
 * temporary negative position, since PostgreSQL checks the unique index row by row.
 */
export async function swapSequences(
  tx: Transaction,
  table: "RubricCategory" | "RubricItem",
  a: { id: number; sequence: number },
  b: { id: number; sequence: number },
) {
  const target = Prisma.raw(`"${table}"`);
  await tx.$executeRaw`UPDATE ${target} SET "sequence" = ${-a.sequence} WHERE "id" = ${a.id}`;
  await tx.$executeRaw`UPDATE ${target} SET "sequence" = ${a.sequence} WHERE "id" = ${b.id}`;
  await tx.$executeRaw`UPDATE ${target} SET "sequence" = ${b.sequence} WHERE "id" = ${a.id}`;
}
