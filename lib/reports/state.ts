import type { ReportStatus } from "@/lib/generated/prisma/enums";

/**
 * The life of a self-report: the secretary edits a draft or a returned report and submits it;
 * staff return a submitted report with reasons or accept it. An accepted report is final.
 * Pure, so every allowed and forbidden move is tested without a database.
 */
export type ReportMove = "edit" | "submit" | "return" | "accept";

const MOVES: Record<ReportMove, { from: readonly ReportStatus[]; to: (from: ReportStatus) => ReportStatus }> = {
  edit: { from: ["DRAFT", "RETURNED"], to: (from) => from },
  submit: { from: ["DRAFT", "RETURNED"], to: () => "SUBMITTED" },
  return: { from: ["SUBMITTED"], to: () => "RETURNED" },
  accept: { from: ["SUBMITTED"], to: () => "ACCEPTED" },
};

/** The status after a move, or null when the move is not allowed from this status. */
export function nextStatus(status: ReportStatus, move: ReportMove): ReportStatus | null {
  const rule = MOVES[move];
  return rule.from.includes(status) ? rule.to(status) : null;
}

export function allowedFrom(move: ReportMove): readonly ReportStatus[] {
  return MOVES[move].from;
}

/** Whether the secretary may change the report's content or attachments. */
export function isEditable(status: ReportStatus): boolean {
  return nextStatus(status, "edit") !== null;
}

/** Why a move is refused, in words the user reads. */
export function refusal(status: ReportStatus, move: ReportMove): string {
  if (status === "ACCEPTED") return "报告已通过审核，不能再修改";
  if (move === "edit" || move === "submit") {
    return status === "SUBMITTED" ? "报告已提交，正在审核，暂不能修改" : "报告当前状态不允许此操作";
  }
  return status === "SUBMITTED" ? "报告当前状态不允许此操作" : "报告尚未提交或已处理，不能审核";
}
