"use server";

import { defineAction } from "@/lib/actions/define-action";
import { conflict, notFound } from "@/lib/errors";
import { decimalToHalves, formatHalvesFixed } from "@/lib/scoring/points";
import { sheetInputSchema, unlockSheetSchema } from "@/lib/scoring/schemas";
import { LOCK_MESSAGES } from "@/lib/scoring/sheet-rules";
import { writeSheet } from "@/lib/scoring/write-sheet";

/**
 * Autosave of a draft. Deliberately revalidates nothing: the sheet page keeps its own state, and
 * re-rendering it on every keystroke's save would only cost the scorer's phone time.
 */
export const saveScoreSheetAction = defineAction({
  name: "saveScoreSheet",
  schema: sheetInputSchema,
  permission: "score.write",
  run: (context) => writeSheet(context, "save"),
});

/** Saves and submits in one step, so no autosave can slip in between; all items are required. */
export const submitScoreSheetAction = defineAction({
  name: "submitScoreSheet",
  schema: sheetInputSchema,
  permission: "score.write",
  run: (context) => writeSheet(context, "submit"),
  revalidate: (_output, input) => ["/scoring", `/scoring/${input.stopId}`],
});

/**
 * ADMIN reopens a submitted sheet for its scorer, with a reason. The sheet becomes a draft again
 * (and leaves the rankings until it is resubmitted); the submitted values stay in its revisions.
 */
export const unlockScoreSheetAction = defineAction({
  name: "unlockScoreSheet",
  schema: unlockSheetSchema,
  permission: "score.unlock",
  async run({ input, user, tx, audit }) {
    const [sheet] = await tx.$queryRaw<
      { id: number; stopId: number; status: string; version: number; phaseStatus: string }[]
    >`
      SELECT sh."id", sh."stopId", sh."status"::text AS "status", sh."version", p."status"::text AS "phaseStatus"
      FROM "ScoreSheet" sh JOIN "Phase" p ON p."id" = sh."phaseId"
      WHERE sh."id" = ${input.sheetId}
      FOR SHARE OF p`;
    if (!sheet) throw notFound("评分表");
    if (sheet.phaseStatus !== "ACTIVE") {
      throw conflict(
        `${sheet.phaseStatus === "CLOSED" ? LOCK_MESSAGES.phase_closed : LOCK_MESSAGES.phase_planned}，不能解锁`,
      );
    }
    if (sheet.status !== "SUBMITTED") throw conflict("评分表尚未提交（或已被解锁），无需解锁");

    const { count } = await tx.scoreSheet.updateMany({
      where: { id: sheet.id, version: input.version, status: "SUBMITTED" },
      data: { status: "DRAFT", submittedAt: null, version: { increment: 1 } },
    });
    if (count === 0) throw conflict("评分表已被他人处理，请刷新页面后再操作");

    const unlocked = await tx.scoreSheet.findUniqueOrThrow({
      where: { id: sheet.id },
      select: { version: true, total: true, comment: true, itemScores: { select: { itemId: true, score: true } } },
    });
    const total = formatHalvesFixed(decimalToHalves(unlocked.total));
    await tx.scoreSheetRevision.create({
      data: {
        sheetId: sheet.id,
        version: unlocked.version,
        status: "DRAFT",
        total: unlocked.total,
        scores: Object.fromEntries(
          unlocked.itemScores.map((score) => [String(score.itemId), formatHalvesFixed(decimalToHalves(score.score))]),
        ),
        comment: unlocked.comment,
        reason: input.reason,
        changedById: user.id,
      },
    });
    await audit({
      action: "scoreSheet.unlock",
      entityType: "ScoreSheet",
      entityId: sheet.id,
      before: { status: "SUBMITTED", version: input.version, total },
      after: { status: "DRAFT", version: unlocked.version, reason: input.reason },
    });
    return { id: sheet.id, stopId: sheet.stopId, version: unlocked.version };
  },
  revalidate: (output) => [`/admin/sheets/${output.id}`, "/admin/sheets", `/scoring/${output.stopId}`, "/scoring"],
});
