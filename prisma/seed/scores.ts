import type { PhaseKind } from "@/lib/generated/prisma/enums";
import type { Transaction } from "@/lib/prisma-client";
import type { Username } from "./accounts";
import { findInserted, required } from "./lookup";
import { halvesToDecimal, pointsToHalves, splitIntoItems } from "./points";
import { mulberry32, type Random } from "./random";
import type { RubricItemRef, RubricRef } from "./rubrics";
import { stopKey, type StopRef, type TourKey } from "./tours";
import { addMinutes } from "./time";

/**
 * Each scorer's total per stop; the item breakdown is spread from it. Chosen so the internal
 * phase ranks eleven party organisations across all four tiers:
 *   惠州烟草物流 95.40, 惠州烟草营销 94.10, 供电 90.75 (好); 交投 87.75, 城投 85.00 = 水务 85.00 (a tie),
 *   移动 82.50 (较好); 港投 78.00, 国投 77.00, 德赛 73.00 (一般); 产投 68.50 (差).
 * Stops with five or more sheets use the trimmed mean. 德赛's scorers disagree strongly (spread
 * above the phase's threshold of 8), and 国投 and 产投 score each other well above everyone else
 * (the 互评互抬 pattern the platform should flag).
 */
interface ScoredStop {
  tour: TourKey;
  stop: number;
  submitted: readonly (readonly [scorer: Username, total: number])[];
  /** Sheets saved but never submitted: only the first `itemsScored` items are filled in. */
  drafts?: readonly { scorer: Username; itemsScored: number; total: number }[];
}

// One stop per line: the data reads as the table it is.
// prettier-ignore
const SCORED_STOPS: readonly ScoredStop[] = [
  { tour: "internal-1", stop: 1, submitted: [["leader", 96], ["leader-deputy1", 95.5], ["leader-deputy2", 94], ["observer", 97], ["secretary", 95], ["sec-chengtou", 93.5], ["sec-gongdian", 96.5]] },
  { tour: "internal-1", stop: 2, submitted: [["leader", 94], ["leader-deputy1", 93], ["leader-deputy2", 95.5], ["observer", 92], ["secretary", 94.5], ["sec-chengtou", 93.5], ["sec-gongdian", 96]] },
  { tour: "internal-2", stop: 1, submitted: [["leader-deputy1", 88], ["leader-deputy2", 86.5], ["secretary", 89], ["sec-gangtou", 87.5], ["sec-desay", 90.5], ["sec-gongdian", 85]] },
  { tour: "internal-2", stop: 2, submitted: [["leader-deputy1", 85], ["leader-deputy2", 86], ["secretary", 84], ["sec-gangtou", 88], ["sec-desay", 83], ["sec-gongdian", 85]] },
  { tour: "internal-3", stop: 1, submitted: [["leader", 85.5], ["leader-deputy2", 84.5], ["observer", 85], ["sec-chengtou", 90], ["sec-dianxin", 80]] },
  { tour: "internal-3", stop: 2, submitted: [["leader", 78], ["leader-deputy2", 76.5], ["observer", 79.5], ["sec-chengtou", 74], ["sec-dianxin", 81]] },
  { tour: "internal-4", stop: 1, submitted: [["leader-deputy1", 92], ["secretary", 90.5], ["observer", 91], ["sec-nengtou", 89.5]] },
  { tour: "internal-4", stop: 2, submitted: [["leader-deputy1", 82], ["secretary", 83.5], ["observer", 80.5], ["sec-nengtou", 84]] },
  { tour: "internal-4", stop: 3, submitted: [["leader-deputy1", 73], ["secretary", 71.5], ["observer", 59.5], ["sec-nengtou", 88]] },
  { tour: "internal-5", stop: 1, submitted: [["leader-deputy2", 74], ["sec-chantou", 88], ["sec-liantong", 72.5], ["sec-youzheng", 73.5]] },
  { tour: "internal-5", stop: 2, submitted: [["leader-deputy2", 62], ["sec-guotou", 82], ["sec-youzheng", 61.5]], drafts: [{ scorer: "sec-liantong", itemsScored: 6, total: 30 }] },
  { tour: "cross-1", stop: 1, submitted: [["leader-deputy1", 86], ["secretary", 84.5], ["sec-yidong", 87], ["sec-chantou", 85.5]] },
  { tour: "cross-1", stop: 2, submitted: [["leader-deputy1", 79], ["secretary", 80.5], ["sec-yidong", 77.5], ["sec-chantou", 78]] },
  // The observer has a draft on the first stop of cross-2 and nothing yet on the second.
  { tour: "cross-2", stop: 1, submitted: [["leader-deputy2", 87], ["sec-dianxin", 85.5], ["sec-desay", 88]], drafts: [{ scorer: "observer", itemsScored: 7, total: 52 }] },
  { tour: "cross-2", stop: 2, submitted: [["sec-dianxin", 90]] },
];

function commentFor(totalHalves: number): string {
  if (totalHalves >= 180) return "阵地建设扎实，党建与业务融合特色鲜明，经验值得在系统内推广。";
  if (totalHalves >= 160) return "整体工作较好，品牌提炼和示范带动还可进一步加强。";
  if (totalHalves >= 140) return "基础工作到位，融合载体不够丰富，阵地使用频率有待提高。";
  return "制度执行不够规范，议事清单未体现前置研究，需对照细则逐项整改。";
}

interface PlannedSheet {
  stop: StopRef;
  rubricId: number;
  scorerId: number;
  submitted: boolean;
  savedAt: Date;
  totalHalves: number;
  scores: { item: RubricItemRef; halves: number }[];
}

interface ScoreRefs {
  stops: ReadonlyMap<string, StopRef>;
  rubrics: ReadonlyMap<PhaseKind, RubricRef>;
  users: ReadonlyMap<Username, number>;
}

function planSheets(scored: ScoredStop, refs: ScoreRefs, random: Random): PlannedSheet[] {
  const stop = required(refs.stops, stopKey(scored.tour, scored.stop));
  const rubric = required(refs.rubrics, stop.phase);
  const entries = [
    ...scored.submitted.map(([scorer, total]) => ({ scorer, total, items: rubric.items, submitted: true })),
    ...(scored.drafts ?? []).map((draft) => ({
      scorer: draft.scorer,
      total: draft.total,
      items: rubric.items.slice(0, draft.itemsScored),
      submitted: false,
    })),
  ];
  return entries.map((entry, index) => {
    if (!stop.scorers.includes(entry.scorer))
      throw new Error(`Seed data: ${entry.scorer} does not score ${scored.tour}`);
    const totalHalves = pointsToHalves(entry.total);
    return {
      stop,
      rubricId: rubric.id,
      scorerId: required(refs.users, entry.scorer),
      submitted: entry.submitted,
      // Scorers fill in their sheets at their desks in the hour after the stop, a few minutes apart.
      savedAt: addMinutes(stop.departAt, 20 + 6 * index),
      totalHalves,
      scores: splitIntoItems(random, totalHalves, entry.items),
    };
  });
}

export async function seedScores(tx: Transaction, refs: ScoreRefs) {
  const random = mulberry32(20220324);
  const planned = SCORED_STOPS.flatMap((scored) => planSheets(scored, refs, random));
  const rows = await tx.scoreSheet.createManyAndReturn({
    data: planned.map((sheet) => ({
      stopId: sheet.stop.id,
      scorerId: sheet.scorerId,
      phaseId: sheet.stop.phaseId,
      partyOrganizationId: sheet.stop.site.org.id,
      rubricId: sheet.rubricId,
      status: sheet.submitted ? "SUBMITTED" : "DRAFT",
      total: halvesToDecimal(sheet.totalHalves),
      comment: sheet.submitted ? commentFor(sheet.totalHalves) : "",
      submittedAt: sheet.submitted ? sheet.savedAt : null,
      createdAt: sheet.savedAt,
    })),
    select: { id: true, stopId: true, scorerId: true },
  });
  const sheets = planned.map((sheet) => ({
    ...sheet,
    id: findInserted(rows, (row) => row.stopId === sheet.stop.id && row.scorerId === sheet.scorerId, "a score sheet")
      .id,
  }));

  await tx.itemScore.createMany({
    data: sheets.flatMap((sheet) =>
      sheet.scores.map(({ item, halves }) => ({
        sheetId: sheet.id,
        itemId: item.id,
        score: halvesToDecimal(halves),
        maxPoints: halvesToDecimal(item.maxHalves),
      })),
    ),
  });
  await tx.scoreSheetRevision.createMany({
    data: sheets
      .filter((sheet) => sheet.submitted)
      .map((sheet) => ({
        sheetId: sheet.id,
        version: 1,
        status: "SUBMITTED" as const,
        total: halvesToDecimal(sheet.totalHalves),
        scores: Object.fromEntries(
          sheet.scores.map(({ item, halves }) => [String(item.id), halvesToDecimal(halves).toFixed(1)]),
        ),
        comment: commentFor(sheet.totalHalves),
        changedById: sheet.scorerId,
        createdAt: sheet.savedAt,
      })),
  });
}
