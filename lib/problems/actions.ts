"use server";

import { defineAction, type ActionContext } from "@/lib/actions/define-action";
import { conflict, invalid, notFound } from "@/lib/errors";
import { checkUploads, saveFiles } from "@/lib/files/stored-files";
import { chinaToday } from "@/lib/format";
import {
  assertRecurrenceCandidate,
  assertRubricItemOfPhase,
  insertProblem,
  PROBLEM_AUDIT_FIELDS,
} from "@/lib/problems/create";
import { createProblemSchema, moveProblemSchema } from "@/lib/problems/schemas";
import { actorOf } from "@/lib/problems/scope";
import { checkMove, PROBLEM_MOVES, type ProblemActor, type ProblemMove } from "@/lib/problems/state";

const ledgerPages = (problemId: number) => ["/problems", `/problems/${problemId}`];

/** Staff record a problem found at a stop of a tour: it belongs to the stop's party organisation and phase. */
export const createProblemAction = defineAction({
  name: "createProblem",
  schema: createProblemSchema,
  permission: "problem.manage",
  async run({ input, user, tx, audit }) {
    const stop = await tx.tourStop.findUnique({
      where: { id: input.stopId },
      select: {
        tour: { select: { status: true, phase: { select: { id: true, startsOn: true } } } },
        site: { select: { partyOrganization: { select: { id: true, enterpriseId: true } } } },
      },
    });
    if (!stop) throw notFound("观摩站点");
    if (stop.tour.status === "DRAFT" || stop.tour.status === "CANCELLED") {
      throw conflict("只能为已发布或已完成的观摩活动登记问题");
    }
    if (input.deadline.getTime() < chinaToday().getTime()) {
      throw invalid("请检查填写的内容", { deadline: ["整改期限不能早于今天"] });
    }
    const org = stop.site.partyOrganization;
    await assertRubricItemOfPhase(tx, input.rubricItemId, stop.tour.phase.id);
    await assertRecurrenceCandidate(tx, input.recurrenceOfId, {
      partyOrganizationId: org.id,
      phaseStartsOn: stop.tour.phase.startsOn,
    });
    const problem = await insertProblem(
      tx,
      {
        phaseId: stop.tour.phase.id,
        enterpriseId: org.enterpriseId,
        partyOrganizationId: org.id,
        rubricItemId: input.rubricItemId,
        source: "TOUR",
        stopId: input.stopId,
        selfReportId: null,
        description: input.description,
        severity: input.severity,
        owner: input.owner,
        deadline: input.deadline,
        recurrenceOfId: input.recurrenceOfId,
      },
      { actorId: user.id, audit, comment: "观摩中发现，列入问题清单。" },
    );
    return { id: problem.id };
  },
  revalidate: (output) => ledgerPages(output.id),
});

type MoveInput = { problemId: number; move: ProblemMove; comment: string; evidence: File[] };

/**
 * One step of the status machine. The row is loaded with its enterprise: outside the caller's
 * scope it is "not found". The status is checked against the machine and then changed with a
 * conditional update, so two people acting at once cannot both move it from the same state.
 */
async function moveProblem({ input, user, tx, audit }: ActionContext<MoveInput>, actor: ProblemActor) {
  const before = await tx.problem.findUnique({ where: { id: input.problemId }, select: PROBLEM_AUDIT_FIELDS });
  if (!before || actorOf(user, before.enterpriseId) !== actor) throw notFound("问题");

  const check = checkMove(before.status, input.move, actor);
  if (!check.ok) throw conflict(check.reason);
  const rule = PROBLEM_MOVES[input.move];
  if (rule.needsEvidence && input.evidence.length === 0) {
    throw invalid("请检查填写的内容", { evidence: ["提交核验时请至少上传一个整改佐证文件"] });
  }
  const files = await checkUploads("problemEvidence", input.evidence, "evidence");

  const closing = check.to === "CLOSED";
  const { count } = await tx.problem.updateMany({
    where: { id: before.id, status: before.status },
    data: { status: check.to, closedAt: closing ? new Date() : null },
  });
  if (count !== 1) throw conflict("问题状态已被他人更新，请刷新页面后再操作");
  const after = await tx.problem.findUniqueOrThrow({ where: { id: before.id }, select: PROBLEM_AUDIT_FIELDS });

  const event = await tx.problemEvent.create({
    data: {
      problemId: before.id,
      fromStatus: before.status,
      toStatus: check.to,
      comment: input.comment,
      actorId: user.id,
    },
    select: { id: true },
  });
  await audit({
    action: `problem.${input.move}`,
    entityType: "Problem",
    entityId: before.id,
    before,
    after: { ...after, comment: input.comment, eventId: event.id },
  });
  // Files last: little can fail between writing them and the commit.
  const stored = await saveFiles(tx, files, { problemEventId: event.id }, user.id);
  for (const file of stored) {
    await audit({
      action: "storedFile.create",
      entityType: "StoredFile",
      entityId: file.id,
      after: { ...file, problemEventId: event.id, problemId: before.id },
    });
  }
  return { id: before.id, status: check.to, files: stored.length };
}

/** The enterprise's secretary starts rectifying, or submits evidence for verification. */
export const rectifyProblemAction = defineAction({
  name: "rectifyProblem",
  schema: moveProblemSchema,
  permission: "problem.rectify",
  run: (context) => moveProblem(context, "rectifier"),
  revalidate: (output) => ledgerPages(output.id),
});

/** Staff close the problem (销号) or send it back for more rectification. */
export const verifyProblemAction = defineAction({
  name: "verifyProblem",
  schema: moveProblemSchema,
  permission: "problem.manage",
  run: (context) => moveProblem(context, "staff"),
  revalidate: (output) => ledgerPages(output.id),
});
