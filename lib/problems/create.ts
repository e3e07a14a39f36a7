import type { ActionContext } from "@/lib/actions/define-action";
import { invalid } from "@/lib/errors";
import { formatDate } from "@/lib/format";
import type { ProblemSeverity, ProblemSource } from "@/lib/generated/prisma/enums";
import { notifyEnterpriseSecretaries } from "@/lib/notifications/create";
import type { Transaction } from "@/lib/prisma-client";

export type Audit = ActionContext<unknown>["audit"];

/** The columns an audit row keeps of a problem (before and after a change). */
export const PROBLEM_AUDIT_FIELDS = {
  id: true,
  phaseId: true,
  enterpriseId: true,
  partyOrganizationId: true,
  rubricItemId: true,
  source: true,
  stopId: true,
  selfReportId: true,
  description: true,
  severity: true,
  owner: true,
  deadline: true,
  status: true,
  recurrenceOfId: true,
  closedAt: true,
} as const;

export type NewProblem = {
  phaseId: number;
  enterpriseId: number;
  partyOrganizationId: number;
  rubricItemId: number | null;
  source: ProblemSource;
  stopId: number | null;
  selfReportId: number | null;
  description: string;
  severity: ProblemSeverity;
  owner: string;
  deadline: Date;
  recurrenceOfId: number | null;
};

/** An optional rubric item must be one of the phase's rubric (any version of it). */
export async function assertRubricItemOfPhase(
  tx: Transaction,
  rubricItemId: number | null,
  phaseId: number,
  field = "rubricItemId",
) {
  if (rubricItemId === null) return;
  const item = await tx.rubricItem.findUnique({
    where: { id: rubricItemId },
    select: { rubric: { select: { phaseId: true } } },
  });
  if (!item || item.rubric.phaseId !== phaseId) {
    throw invalid("请检查填写的内容", { [field]: ["所选评分条目不属于该阶段的评分细则"] });
  }
}

/**
 * A recurrence points at a problem of the same party organisation found in an earlier phase
 * (a phase that starts before this one, so last year's problems count too).
 */
export async function assertRecurrenceCandidate(
  tx: Transaction,
  recurrenceOfId: number | null,
  target: { partyOrganizationId: number; phaseStartsOn: Date },
) {
  if (recurrenceOfId === null) return;
  const earlier = await tx.problem.findUnique({
    where: { id: recurrenceOfId },
    select: { partyOrganizationId: true, phase: { select: { startsOn: true } } },
  });
  if (
    !earlier ||
    earlier.partyOrganizationId !== target.partyOrganizationId ||
    earlier.phase.startsOn.getTime() >= target.phaseStartsOn.getTime()
  ) {
    throw invalid("请检查填写的内容", { recurrenceOfId: ["只能关联同一党组织在此前阶段的问题"] });
  }
}

/** 60 characters of a description, for a notification's title. */
function headline(description: string): string {
  return description.length > 60 ? `${description.slice(0, 59)}…` : description;
}

/**
 * Writes a ledger entry with its first event (列入问题清单), its audit row, and a PROBLEM_ASSIGNED
 * notice to the enterprise's secretaries, all in the caller's transaction.
 */
export async function insertProblem(
  tx: Transaction,
  data: NewProblem,
  by: { actorId: number; audit: Audit; comment: string },
) {
  const problem = await tx.problem.create({
    data: { ...data, status: "OPEN", createdById: by.actorId },
    select: PROBLEM_AUDIT_FIELDS,
  });
  await tx.problemEvent.create({
    data: { problemId: problem.id, fromStatus: null, toStatus: "OPEN", comment: by.comment, actorId: by.actorId },
  });
  await by.audit({ action: "problem.create", entityType: "Problem", entityId: problem.id, after: problem });
  await notifyEnterpriseSecretaries(tx, problem.enterpriseId, {
    kind: "PROBLEM_ASSIGNED",
    title: `新问题：${headline(problem.description)}`,
    body: `整改期限：${formatDate(problem.deadline)}；责任人：${problem.owner}。`,
    link: `/problems/${problem.id}`,
  });
  return problem;
}
