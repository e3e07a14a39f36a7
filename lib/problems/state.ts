import type { ProblemStatus } from "@/lib/generated/prisma/enums";

/**
 * The rectification status machine (整改流程), pure so it is unit-tested on its own:
 *
 *   OPEN ──start──▶ RECTIFYING ──submit──▶ AWAITING_VERIFICATION ──close──▶ CLOSED (销号)
 *                        ▲                          │
 *                        └─────────return───────────┘
 *
 * The enterprise's secretary (the rectifier) starts and submits; staff close or return. Every
 * move carries a comment; submitting needs at least one evidence file.
 */
export type ProblemMove = "start" | "submit" | "close" | "return";
export type ProblemActor = "staff" | "rectifier";

type MoveRule = {
  from: ProblemStatus;
  to: ProblemStatus;
  actor: ProblemActor;
  /** The button and the audit verb, in Chinese. */
  label: string;
  /** Submitting for verification means showing the rectification: at least one file. */
  needsEvidence: boolean;
};

export const PROBLEM_MOVES: Record<ProblemMove, MoveRule> = {
  start: { from: "OPEN", to: "RECTIFYING", actor: "rectifier", label: "开始整改", needsEvidence: false },
  submit: {
    from: "RECTIFYING",
    to: "AWAITING_VERIFICATION",
    actor: "rectifier",
    label: "提交整改佐证",
    needsEvidence: true,
  },
  close: { from: "AWAITING_VERIFICATION", to: "CLOSED", actor: "staff", label: "核验通过，销号", needsEvidence: false },
  return: {
    from: "AWAITING_VERIFICATION",
    to: "RECTIFYING",
    actor: "staff",
    label: "退回继续整改",
    needsEvidence: false,
  },
};

export const PROBLEM_MOVE_NAMES = Object.keys(PROBLEM_MOVES) as ProblemMove[];

export type MoveCheck = { ok: true; to: ProblemStatus } | { ok: false; reason: string };

const STATUS_WORDS: Record<ProblemStatus, string> = {
  OPEN: "待整改",
  RECTIFYING: "整改中",
  AWAITING_VERIFICATION: "待核验",
  CLOSED: "已销号",
};

/** Whether `actor` may make `move` on a problem in `status`, and where it leads. */
export function checkMove(status: ProblemStatus, move: ProblemMove, actor: ProblemActor): MoveCheck {
  const rule = PROBLEM_MOVES[move];
  if (rule.actor !== actor) {
    return {
      ok: false,
      reason: actor === "staff" ? "整改由企业党委书记开展和提交" : "核验和销号由市国资委工作人员办理",
    };
  }
  if (status !== rule.from) {
    if (status === "CLOSED") return { ok: false, reason: "问题已销号，不能再变更" };
    return { ok: false, reason: `问题当前为“${STATUS_WORDS[status]}”，不能${rule.label}` };
  }
  return { ok: true, to: rule.to };
}

/** The moves open to `actor` now, in the order the page shows them. */
export function availableMoves(status: ProblemStatus, actor: ProblemActor | null): ProblemMove[] {
  if (actor === null) return [];
  return PROBLEM_MOVE_NAMES.filter((move) => checkMove(status, move, actor).ok);
}
