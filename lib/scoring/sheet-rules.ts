import type { PhaseStatus, SheetStatus, TourStatus } from "@/lib/generated/prisma/enums";
import { formatHalves, type Halves } from "@/lib/scoring/points";

/**
 * The scoring rules that need no database: who may see a stop's sheet, whether it may change,
 * which values a sheet accepts, and what a save based on a version does. The server actions
 * apply them to the rows they load (and the database holds the ranges and versions again).
 */

export type RubricItemLimit = { id: number; maxHalves: Halves };

export type SheetCheck = {
  /** itemId → message, for values outside 0..max. */
  errors: Record<string, string>;
  /** Items without a value, in rubric order. */
  missing: number[];
  /** Keys that name no item of the sheet's rubric. */
  unknown: string[];
  totalHalves: Halves;
};

/**
 * Checks half-point scores against the rubric's items: every key an item of this rubric, every
 * value within 0..max. Empty items (null or absent) are allowed in a draft; `missing` lists them.
 */
export function checkSheetScores(
  items: readonly RubricItemLimit[],
  scores: Readonly<Record<string, Halves | null>>,
): SheetCheck {
  const byId = new Map(items.map((item) => [String(item.id), item]));
  const errors: Record<string, string> = {};
  const unknown = Object.keys(scores).filter((key) => !byId.has(key));
  const missing: number[] = [];
  let totalHalves = 0;
  for (const item of items) {
    const value = scores[String(item.id)];
    if (value === null || value === undefined) {
      missing.push(item.id);
    } else if (value < 0 || value > item.maxHalves) {
      errors[String(item.id)] = `分值须在 0 到 ${formatHalves(item.maxHalves)} 分之间`;
    } else {
      totalHalves += value;
    }
  }
  return { errors, missing, unknown, totalHalves };
}

export type SaveDecision = "create" | "update" | "stale" | "submitted";

/**
 * What a save based on `baseVersion` does to the sheet as it stands: the first save creates it
 * (base 0), a save based on the current draft version updates it, one based on an older version
 * is stale (the caller answers with the newer values and writes nothing), and a submitted sheet
 * is not changed by saves at all. The database repeats the version comparison in the UPDATE
 * itself, so two saves racing on one version cannot both win.
 */
export function decideSave(
  current: { version: number; status: SheetStatus } | null,
  baseVersion: number,
): SaveDecision {
  // Sheets are never deleted, so no sheet means nothing that a save could overwrite.
  if (current === null) return "create";
  if (current.status === "SUBMITTED") return "submitted";
  return current.version === baseVersion ? "update" : "stale";
}

export type StopFacts = {
  isScoringMember: boolean;
  tourStatus: TourStatus;
  phaseStatus: PhaseStatus;
  excludeOwnEnterprise: boolean;
  organizationEnterpriseId: number;
};

export type StopAccess =
  | { visible: false; reason: "not_scorer" | "tour_not_open" | "own_enterprise" }
  | { visible: true; editable: true }
  | { visible: true; editable: false; lock: "phase_planned" | "phase_closed" };

/**
 * Whether a user may see a stop's sheet and change it. Only a scoring member of a published or
 * completed tour sees it; in phases that exclude the own enterprise, a stop at one of the scorer's
 * own enterprise's party organisations is not theirs to score (利益回避). Only an active phase
 * takes changes: a planned one has not started, a closed one has locked every sheet.
 */
export function stopAccess(facts: StopFacts | null, scorerEnterpriseId: number | null): StopAccess {
  if (!facts || !facts.isScoringMember) return { visible: false, reason: "not_scorer" };
  if (facts.tourStatus !== "PUBLISHED" && facts.tourStatus !== "COMPLETED") {
    return { visible: false, reason: "tour_not_open" };
  }
  if (
    facts.excludeOwnEnterprise &&
    scorerEnterpriseId !== null &&
    facts.organizationEnterpriseId === scorerEnterpriseId
  ) {
    return { visible: false, reason: "own_enterprise" };
  }
  if (facts.phaseStatus === "ACTIVE") return { visible: true, editable: true };
  return { visible: true, editable: false, lock: facts.phaseStatus === "PLANNED" ? "phase_planned" : "phase_closed" };
}

export const LOCK_MESSAGES = {
  phase_planned: "本阶段尚未开始，暂不能评分",
  phase_closed: "本阶段已结束，评分表已锁定",
} as const;

export const OWN_ENTERPRISE_MESSAGE = "按本阶段的回避规则，您不能为本企业的党组织评分";
export const SUBMITTED_MESSAGE = "评分表已提交，不能再修改；如需更正，请联系市国资委工作人员解锁";
export const STALE_MESSAGE = "该评分表已在其他页面或设备上更新，本次修改未保存。请查看最新分值后决定采用哪一份。";
