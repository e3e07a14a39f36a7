import "server-only";
import type { ActionContext } from "@/lib/actions/define-action";
import { Prisma } from "@/lib/generated/prisma/client";
import { conflict, invalid, notFound, UserFacingError } from "@/lib/errors";
import type { Transaction } from "@/lib/prisma-client";
import { loadStopContext } from "@/lib/scoring/access";
import { decimalToHalves, formatHalvesFixed, type Halves } from "@/lib/scoring/points";
import type { SheetInput } from "@/lib/scoring/schemas";
import {
  checkSheetScores,
  decideSave,
  LOCK_MESSAGES,
  OWN_ENTERPRISE_MESSAGE,
  STALE_MESSAGE,
  stopAccess,
  SUBMITTED_MESSAGE,
  type RubricItemLimit,
} from "@/lib/scoring/sheet-rules";
import { loadSnapshot, type SheetSnapshot } from "@/lib/scoring/sheet-snapshot";

/**
 * The answer to a save or a submit. A stale save writes nothing and answers with the sheet as it
 * now stands, so the scorer sees the newer values and decides; it is an expected outcome, not an
 * error, which is why it travels as data rather than as a failed result.
 */
export type SaveOutcome =
  { status: "saved"; sheet: SheetSnapshot } | { status: "conflict"; message: string; sheet: SheetSnapshot };

/** The rubric's items, with the rubric share-locked: an edit of the rubric waits for this write. */
async function lockedRubricItems(tx: Transaction, rubricId: number): Promise<RubricItemLimit[]> {
  await tx.$queryRaw`SELECT "id" FROM "Rubric" WHERE "id" = ${rubricId} FOR SHARE`;
  const items = await tx.rubricItem.findMany({
    where: { rubricId },
    orderBy: { sequence: "asc" },
    select: { id: true, maxPoints: true },
  });
  return items.map((item) => ({ id: item.id, maxHalves: decimalToHalves(item.maxPoints) }));
}

function fieldErrorsFor(messages: Record<string, string>): Record<string, string[]> {
  return Object.fromEntries(Object.entries(messages).map(([itemId, message]) => [`scores.${itemId}`, [message]]));
}

/**
 * Saves (mode "save", the sheet stays a draft) or submits (mode "submit") the scorer's whole
 * sheet, based on the version the scorer last saw. Every rule is checked here, on rows loaded in
 * this transaction; the version is compared again inside the UPDATE, so of several writes based
 * on one version exactly one wins. The total is recomputed in SQL and a revision row keeps the
 * state each write produced.
 */
export async function writeSheet(
  { input, user, tx, audit }: ActionContext<SheetInput>,
  mode: "save" | "submit",
): Promise<SaveOutcome> {
  const stop = await loadStopContext(tx, user.id, input.stopId, { lock: true });
  const access = stopAccess(stop, user.enterpriseId);
  if (!stop || !access.visible) {
    if (!access.visible && access.reason === "own_enterprise")
      throw new UserFacingError(OWN_ENTERPRISE_MESSAGE, "forbidden");
    throw notFound("观摩点");
  }
  if (!access.editable) throw conflict(LOCK_MESSAGES[access.lock]);

  const where = { stopId_scorerId: { stopId: stop.stopId, scorerId: user.id } };
  const current = await tx.scoreSheet.findUnique({
    where,
    select: { id: true, version: true, status: true, rubricId: true },
  });
  // A sheet keeps the rubric it was started on; a new one takes the phase's active rubric.
  const rubricId = current?.rubricId ?? stop.activeRubricId;
  if (rubricId === null) throw conflict("本阶段的评分细则尚未启用，暂不能评分");
  const items = await lockedRubricItems(tx, rubricId);

  const check = checkSheetScores(items, input.scores);
  if (check.unknown.length > 0) throw invalid("请检查填写的内容", { scores: ["包含不属于本评分细则的条目"] });
  if (Object.keys(check.errors).length > 0) throw invalid("有分值超出范围，未保存", fieldErrorsFor(check.errors));
  if (mode === "submit" && check.missing.length > 0) {
    throw invalid(
      `还有 ${check.missing.length} 项未评分，全部评分后才能提交`,
      fieldErrorsFor(Object.fromEntries(check.missing.map((itemId) => [String(itemId), "请评分"]))),
    );
  }

  const decision = decideSave(current, input.baseVersion);
  if (decision === "submitted") throw conflict(SUBMITTED_MESSAGE);
  if (decision === "stale" && current)
    return { status: "conflict", message: STALE_MESSAGE, sheet: await loadSnapshot(tx, current.id) };

  const status = mode === "submit" ? "SUBMITTED" : "DRAFT";
  const submittedAt = mode === "submit" ? new Date() : null;
  let sheetId: number;
  if (decision === "create") {
    const created = await tx.scoreSheet.createManyAndReturn({
      data: [
        {
          stopId: stop.stopId,
          scorerId: user.id,
          phaseId: stop.phaseId,
          partyOrganizationId: stop.organizationId,
          rubricId,
          status,
          submittedAt,
          comment: input.comment,
          version: 1,
        },
      ],
      // Two first saves at once (two tabs): the second finds the first one's sheet and is stale.
      skipDuplicates: true,
      select: { id: true },
    });
    if (created.length === 0) return staleAfterRace(tx, stop.stopId, user.id);
    sheetId = created[0]!.id;
  } else {
    // Compare-and-set: UPDATE … WHERE id = $1 AND version = $2 AND status = 'DRAFT'.
    const { count } = await tx.scoreSheet.updateMany({
      where: { id: current!.id, version: input.baseVersion, status: "DRAFT" },
      data: { version: { increment: 1 }, status, submittedAt, comment: input.comment },
    });
    if (count === 0) return staleAfterRace(tx, stop.stopId, user.id);
    sheetId = current!.id;
  }

  const scores = Object.entries(input.scores).filter((entry): entry is [string, Halves] => entry[1] !== null);
  const maxById = new Map(items.map((item) => [String(item.id), item.maxHalves]));
  await tx.itemScore.deleteMany({ where: { sheetId } });
  await tx.itemScore.createMany({
    data: scores.map(([itemId, halves]) => ({
      sheetId,
      itemId: Number(itemId),
      score: new Prisma.Decimal(formatHalvesFixed(halves)),
      maxPoints: new Prisma.Decimal(formatHalvesFixed(maxById.get(itemId)!)),
    })),
  });
  const [saved] = await tx.$queryRaw<{ version: number; total: Prisma.Decimal }[]>`
    UPDATE "ScoreSheet"
    SET "total" = (SELECT COALESCE(SUM("score"), 0) FROM "ItemScore" WHERE "sheetId" = ${sheetId})
    WHERE "id" = ${sheetId}
    RETURNING "version", "total"`;
  const total = formatHalvesFixed(decimalToHalves(saved!.total));

  await tx.scoreSheetRevision.create({
    data: {
      sheetId,
      version: saved!.version,
      status,
      total: new Prisma.Decimal(total),
      scores: Object.fromEntries(scores.map(([itemId, halves]) => [itemId, formatHalvesFixed(halves)])),
      comment: input.comment,
      changedById: user.id,
    },
  });
  // Autosave writes an audit row per save, kept small (the revision holds the values); a submit
  // records the values it froze.
  await audit(
    mode === "submit"
      ? {
          action: "scoreSheet.submit",
          entityType: "ScoreSheet",
          entityId: sheetId,
          before: { status: "DRAFT", version: input.baseVersion },
          after: {
            status,
            version: saved!.version,
            total,
            scores: Object.fromEntries(scores.map(([id, h]) => [id, formatHalvesFixed(h)])),
          },
        }
      : {
          action: "scoreSheet.save",
          entityType: "ScoreSheet",
          entityId: sheetId,
          after: { version: saved!.version, total, scoredItems: scores.length },
        },
  );
  return { status: "saved", sheet: await loadSnapshot(tx, sheetId) };
}

/** The version moved between our read and our write: report the winner's values, or its submission. */
async function staleAfterRace(tx: Transaction, stopId: number, scorerId: number): Promise<SaveOutcome> {
  const sheet = await tx.scoreSheet.findUniqueOrThrow({
    where: { stopId_scorerId: { stopId, scorerId } },
    select: { id: true, status: true },
  });
  if (sheet.status === "SUBMITTED") throw conflict(SUBMITTED_MESSAGE);
  return { status: "conflict", message: STALE_MESSAGE, sheet: await loadSnapshot(tx, sheet.id) };
}
