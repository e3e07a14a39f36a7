"use client";

import { useEffect, useRef, useState, type FormEvent } from "react";
import { EvidenceInput } from "@/components/problems/evidence-input";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { Textarea } from "@/components/ui/textarea";
import { useKeptForm } from "@/components/ui/use-kept-form";
import { rectifyProblemAction, verifyProblemAction } from "@/lib/problems/actions";
import { PROBLEM_MOVES, type ProblemActor, type ProblemMove } from "@/lib/problems/state";

const HINTS: Record<ProblemActor, string> = {
  rectifier: "写明采取的整改措施和完成情况；提交核验时请上传照片、会议记录等佐证。",
  staff: "核验通过即销号；佐证不足时写明还需补充什么，退回继续整改。",
};

const SUCCESS: Record<ProblemMove, string> = {
  start: "已开始整改",
  submit: "已提交核验",
  close: "已销号",
  return: "已退回继续整改",
};

/**
 * The next step(s) the caller may take: a comment, evidence files, and one button per move.
 * The server decides again (permission, scope, current status); the buttons only offer.
 */
export function ProblemActions({
  problemId,
  actor,
  moves,
}: {
  problemId: number;
  actor: ProblemActor;
  moves: readonly ProblemMove[];
}) {
  const formRef = useRef<HTMLFormElement>(null);
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const [lastMove, setLastMove] = useState<ProblemMove | null>(null);
  const { state, submit, pending } = useKeptForm(actor === "staff" ? verifyProblemAction : rectifyProblemAction);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const needsEvidence = moves.some((move) => PROBLEM_MOVES[move].needsEvidence);

  useEffect(() => {
    if (state?.ok) formRef.current?.reset();
  }, [state]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (fileProblem) return;
    // The pressed button names the move; FormData only includes it when told the submitter.
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const data = new FormData(event.currentTarget, submitter);
    // An empty file input still sends one nameless, empty part, which the server would read as
    // a file; only files actually chosen are sent.
    const chosen = data.getAll("evidence").filter((entry) => entry instanceof File && entry.name !== "");
    data.delete("evidence");
    for (const entry of chosen) data.append("evidence", entry);
    setLastMove((data.get("move") as ProblemMove | null) ?? null);
    submit(data);
  }

  return (
    <form
      ref={formRef}
      onSubmit={onSubmit}
      method="post"
      encType="multipart/form-data"
      className="grid gap-4"
      noValidate
      data-testid="problem-actions"
    >
      <input type="hidden" name="problemId" value={problemId} />
      <Field id="move-comment" label="说明" required hint={HINTS[actor]} error={errors?.comment}>
        {(control) => <Textarea {...control} name="comment" rows={3} maxLength={1000} required />}
      </Field>
      <EvidenceInput
        id="move-evidence"
        required={needsEvidence}
        serverError={errors?.evidence}
        onProblem={setFileProblem}
      />
      {state && !(state.ok === false && (errors?.comment || errors?.evidence)) && (
        <FormMessage state={state} success={lastMove ? SUCCESS[lastMove] : "已保存"} />
      )}
      <div className="flex flex-wrap gap-2">
        {moves.map((move, index) => (
          <Button
            key={move}
            type="submit"
            name="move"
            value={move}
            variant={index === 0 ? "primary" : move === "return" ? "danger" : "secondary"}
            disabled={pending}
          >
            {pending && lastMove === move ? "正在提交…" : PROBLEM_MOVES[move].label}
          </Button>
        ))}
      </div>
    </form>
  );
}
