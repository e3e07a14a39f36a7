import type { PhaseStatus } from "@/lib/generated/prisma/enums";
import { chinaDateKey } from "@/lib/format";
import { calendarDateKey } from "@/lib/campaign/dates";

/**
 * The rules of a campaign's phases, as pure functions over the phases the action has locked.
 * Each answers null when the step is allowed, or the Chinese reason it is not.
 *
 * Order: a phase opens only when the one before it (sequence - 1) is active or closed, and
 * closes only when the one before it is closed; planned → active → closed, and closed is final.
 * Windows: inside the campaign's calendar year, start ≤ end, and strictly after the previous
 * phase's window and before the next one's (adjacent days are fine, shared days are not).
 */
export type PhaseForRules = {
  id: number;
  sequence: number;
  name: string;
  status: PhaseStatus;
  startsOn: Date;
  endsOn: Date;
};

function neighbours(phases: readonly PhaseForRules[], phase: PhaseForRules) {
  return {
    previous: phases.find((other) => other.sequence === phase.sequence - 1) ?? null,
    next: phases.find((other) => other.sequence === phase.sequence + 1) ?? null,
  };
}

export function openProblem(phases: readonly PhaseForRules[], phase: PhaseForRules): string | null {
  if (phase.status === "ACTIVE") return `「${phase.name}」已经开始`;
  if (phase.status === "CLOSED") return `「${phase.name}」已结束，不能重新开始`;
  const { previous } = neighbours(phases, phase);
  if (previous && previous.status === "PLANNED") {
    return `上一阶段「${previous.name}」尚未开始，「${phase.name}」不能先开始`;
  }
  return null;
}

export function closeProblem(phases: readonly PhaseForRules[], phase: PhaseForRules): string | null {
  if (phase.status === "PLANNED") return `「${phase.name}」尚未开始，不能结束`;
  if (phase.status === "CLOSED") return `「${phase.name}」已经结束`;
  const { previous } = neighbours(phases, phase);
  if (previous && previous.status !== "CLOSED") {
    return `上一阶段「${previous.name}」尚未结束，请先结束上一阶段`;
  }
  return null;
}

export type WindowInput = { startsOn: Date; endsOn: Date; selfReportDeadline: Date | null };

/** Field errors for a phase's new window and deadline; empty when they are acceptable. */
export function windowProblems(
  year: number,
  phases: readonly PhaseForRules[],
  phase: PhaseForRules,
  input: WindowInput,
): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  const add = (field: string, message: string) => (errors[field] ??= []).push(message);
  const start = calendarDateKey(input.startsOn);
  const end = calendarDateKey(input.endsOn);

  if (end < start) add("endsOn", "结束日期不能早于开始日期");
  if (!start.startsWith(`${year}-`)) add("startsOn", `开始日期须在 ${year} 年内`);
  if (!end.startsWith(`${year}-`)) add("endsOn", `结束日期须在 ${year} 年内`);

  const { previous, next } = neighbours(phases, phase);
  if (previous && start <= calendarDateKey(previous.endsOn)) {
    add("startsOn", `须晚于上一阶段「${previous.name}」的结束日期（${calendarDateKey(previous.endsOn)}）`);
  }
  if (next && end >= calendarDateKey(next.startsOn)) {
    add("endsOn", `须早于下一阶段「${next.name}」的开始日期（${calendarDateKey(next.startsOn)}）`);
  }

  if (input.selfReportDeadline) {
    const deadlineDay = chinaDateKey(input.selfReportDeadline);
    if (deadlineDay < start || deadlineDay > end) add("selfReportDeadline", "自查报告截止时间须在本阶段时间范围内");
  }
  return errors;
}
