"use client";

import { startTransition, useActionState, useState, type FormEvent } from "react";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { publishResultsAction, withdrawResultsAction } from "@/lib/rankings/actions";

/**
 * 公布结果 after a confirmation that says who will see what, or 撤回公布 with a reason for the
 * audit log. One component for both states, so the outcome message survives the page refreshing
 * into the other state. Publishing needs a closed phase (the server checks again).
 */
export function PublicationControls({
  phaseId,
  phaseName,
  closed,
  published,
  rankedCount,
}: {
  phaseId: number;
  phaseName: string;
  closed: boolean;
  published: boolean;
  rankedCount: number;
}) {
  const [publishState, publishDispatch, publishing] = useActionState(publishResultsAction, null);
  const [withdrawState, withdrawDispatch, withdrawing] = useActionState(withdrawResultsAction, null);
  const [last, setLast] = useState<"publish" | "withdraw" | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [reason, setReason] = useState("");
  const withdrawErrors = withdrawState && !withdrawState.ok ? withdrawState.fieldErrors : undefined;

  function publish() {
    setConfirming(false);
    setLast("publish");
    const formData = new FormData();
    formData.set("phaseId", String(phaseId));
    startTransition(() => publishDispatch(formData));
  }

  function withdraw(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setLast("withdraw");
    const formData = new FormData(event.currentTarget);
    startTransition(() => withdrawDispatch(formData));
  }

  return (
    <div className="grid gap-3">
      {last === "publish" && <FormMessage state={publishState} success="结果已公布" />}
      {last === "withdraw" && <FormMessage state={withdrawState} success="已撤回公布" />}
      {published ? (
        <form onSubmit={withdraw} className="grid max-w-xl gap-3" noValidate>
          <input type="hidden" name="phaseId" value={phaseId} />
          <p className="text-sm text-muted">撤回后各企业党委书记将看不到本阶段结果，评分设置恢复可改。</p>
          <Field id="withdraw-reason" label="撤回原因" required hint="记入操作日志" error={withdrawErrors?.reason}>
            {(control) => (
              <Input {...control} name="reason" value={reason} onChange={(event) => setReason(event.target.value)} />
            )}
          </Field>
          <div>
            <Button type="submit" variant="danger" disabled={withdrawing}>
              {withdrawing ? "正在撤回…" : "撤回公布"}
            </Button>
          </div>
        </form>
      ) : (
        <>
          <p className="text-sm text-muted">
            公布后，各企业党委书记可以看到本企业党组织在{phaseName}的得分、排名和档次（看不到评分人和各人打分）。
            {!closed && " 阶段结束、评分锁定后才能公布。"}
          </p>
          <div>
            <Button onClick={() => setConfirming(true)} disabled={!closed || publishing}>
              {publishing ? "正在公布…" : "公布结果"}
            </Button>
          </div>
        </>
      )}
      <ConfirmDialog
        open={confirming}
        title={`公布${phaseName}结果？`}
        confirmLabel="确认公布"
        pending={publishing}
        onConfirm={publish}
        onCancel={() => setConfirming(false)}
      >
        <p>将向各企业党委书记公布 {rankedCount} 个党组织的得分、排名和档次。公布后如需修改评分设置，须先撤回公布。</p>
      </ConfirmDialog>
    </div>
  );
}
