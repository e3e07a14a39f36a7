"use client";

import { startTransition, useActionState, useState, type FormEvent } from "react";
import { ConfirmDialog } from "@/components/rankings/confirm-dialog";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { publishResultsAction, withdrawResultsAction } from "@/lib/rankings/actions";

/**
 * 公布结果: after a confirmation that says who will see what. Publishing needs a closed phase
 * (the server checks again); until then the button explains why it is not available.
 */
export function PublishResults({
  phaseId,
  phaseName,
  closed,
  rankedCount,
}: {
  phaseId: number;
  phaseName: string;
  closed: boolean;
  rankedCount: number;
}) {
  const [state, dispatch, pending] = useActionState(publishResultsAction, null);
  const [confirming, setConfirming] = useState(false);

  function publish() {
    setConfirming(false);
    const formData = new FormData();
    formData.set("phaseId", String(phaseId));
    startTransition(() => dispatch(formData));
  }

  return (
    <div className="grid gap-3">
      <p className="text-sm text-muted">
        公布后，各企业党委书记可以看到本企业党组织在{phaseName}的得分、排名和档次（看不到评分人和各人打分）。
        {!closed && " 阶段结束、评分锁定后才能公布。"}
      </p>
      <FormMessage state={state} success="结果已公布" />
      <div>
        <Button onClick={() => setConfirming(true)} disabled={!closed || pending}>
          {pending ? "正在公布…" : "公布结果"}
        </Button>
      </div>
      <ConfirmDialog
        open={confirming}
        title={`公布${phaseName}结果？`}
        confirmLabel="确认公布"
        pending={pending}
        onConfirm={publish}
        onCancel={() => setConfirming(false)}
      >
        <p>将向各企业党委书记公布 {rankedCount} 个党组织的得分、排名和档次。公布后如需修改评分设置，须先撤回公布。</p>
      </ConfirmDialog>
    </div>
  );
}

/** 撤回公布, with a reason that goes into the audit log. */
export function WithdrawResults({ phaseId }: { phaseId: number }) {
  const [state, dispatch, pending] = useActionState(withdrawResultsAction, null);
  const [reason, setReason] = useState("");
  const errors = state && !state.ok ? state.fieldErrors : undefined;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => dispatch(formData));
  }

  return (
    <form onSubmit={onSubmit} className="grid max-w-xl gap-3" noValidate>
      <input type="hidden" name="phaseId" value={phaseId} />
      <Field id="withdraw-reason" label="撤回原因" required hint="记入操作日志" error={errors?.reason}>
        {(control) => (
          <Input {...control} name="reason" value={reason} onChange={(event) => setReason(event.target.value)} />
        )}
      </Field>
      <FormMessage state={state} success="已撤回公布" />
      <div>
        <Button type="submit" variant="danger" disabled={pending}>
          {pending ? "正在撤回…" : "撤回公布"}
        </Button>
      </div>
    </form>
  );
}
