"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FormMessage } from "@/components/ui/form-message";
import { useKeptForm } from "@/components/ui/use-kept-form";
import { closePhaseAction, openPhaseAction } from "@/lib/campaign/actions";
import type { PhaseStatus } from "@/lib/generated/prisma/enums";

type Props = {
  phaseId: number;
  name: string;
  status: PhaseStatus;
  tourCount: number;
  /** Why the step is not possible yet (shown instead of a button that would only fail). */
  blockedReason: string | null;
};

/**
 * 开始阶段 / 结束阶段, each after a dialog that says what the step does and that it is final.
 * Render it with `key={status}` so a new status starts it afresh.
 */
export function PhaseStatusControl({ phaseId, name, status, tourCount, blockedReason }: Props) {
  const closing = status === "ACTIVE";
  const { state, submit, pending } = useKeptForm(closing ? closePhaseAction : openPhaseAction);
  const [asking, setAsking] = useState(false);
  if (status === "CLOSED") return null;

  function confirm() {
    setAsking(false);
    const formData = new FormData();
    formData.set("phaseId", String(phaseId));
    submit(formData);
  }

  return (
    <div className="grid gap-2">
      <div className="flex flex-wrap items-center gap-3">
        <Button
          variant={closing ? "danger" : "primary"}
          size="sm"
          disabled={pending || blockedReason !== null}
          onClick={() => setAsking(true)}
        >
          {closing ? "结束阶段" : "开始阶段"}
        </Button>
        {blockedReason && <p className="text-sm text-muted">{blockedReason}</p>}
      </div>
      {/* Success re-renders the page with the new status (and remounts this control): only errors show here. */}
      {state && !state.ok && <FormMessage state={state} success="" />}
      <ConfirmDialog
        open={asking}
        title={closing ? `结束「${name}」？` : `开始「${name}」？`}
        confirmLabel={closing ? "确认结束" : "确认开始"}
        danger={closing}
        pending={pending}
        onConfirm={confirm}
        onCancel={() => setAsking(false)}
      >
        {closing ? (
          <>
            <p>结束后，本阶段的评分即被锁定：评分表不能再提交或修改，排名以此为准。</p>
            <p>本阶段有 {tourCount} 场观摩活动。阶段结束后不能重新开始，时间和设置也不能再修改。</p>
          </>
        ) : (
          <>
            <p>开始后，本阶段进入进行中：可以开展观摩、评分和自查报告。</p>
            <p>开始后不能退回“未开始”。</p>
          </>
        )}
      </ConfirmDialog>
    </div>
  );
}
