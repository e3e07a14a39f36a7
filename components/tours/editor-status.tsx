"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { TextArea } from "@/components/tours/controls";
import { ProblemList } from "@/components/tours/problem-list";
import { TourStatusBadge } from "@/components/tours/tour-status-badge";
import type { ActionResult } from "@/lib/actions/define-action";
import type { TourStatus } from "@/lib/generated/prisma/enums";

export type StatusCommand = "publish" | "complete" | "cancel";

type Props = {
  status: TourStatus;
  version: number;
  /** Unsaved edits in the form: state changes act on the saved tour, so they wait for a save. */
  dirty: boolean;
  busy: boolean;
  /** The last state change's answer, if the last thing done was a state change. */
  result: { command: StatusCommand; result: ActionResult<unknown> } | null;
  onCommand: (command: StatusCommand, reason?: string) => void;
};

const SUCCESS: Record<StatusCommand, string> = {
  publish: "已发布，观摩团成员已收到通知",
  complete: "已标记为已完成",
  cancel: "已取消该观摩活动",
};

/** Draft → published → completed, or cancelled with a reason; the server checks each step again. */
export function EditorStatus({ status, version, dirty, busy, result, onCommand }: Props) {
  const [cancelling, setCancelling] = useState(false);
  const [reason, setReason] = useState("");
  const failed = result && !result.result.ok ? result.result : null;
  const cancelError = failed && result?.command === "cancel" ? failed.fieldErrors?.reason : undefined;

  return (
    <div className="space-y-4" data-testid="tour-status">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-muted">
        <span>
          当前状态 <TourStatusBadge status={status} />
        </span>
        <span className="tabular">第 {version} 版</span>
      </div>

      <p className="text-sm text-ink-soft">
        {status === "DRAFT" &&
          "草稿只有工作人员可见，与其他活动的观摩点、人员冲突在发布时检查。发布时一次检查全部规则，并通知观摩团成员。"}
        {status === "PUBLISHED" &&
          "已发布：仍可修改，但每次保存都按发布时的全部规则检查（含与其他活动的冲突）。活动结束后可标记为已完成。"}
      </p>

      {dirty && <p className="text-sm text-amber-800">有未保存的修改，请先保存再发布、完成或取消。</p>}

      {result?.result.ok && (
        <p role="status" className="rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-800">
          {SUCCESS[result.command]}
        </p>
      )}
      {failed && result?.command !== "cancel" && (
        <ProblemList error={failed.error} problems={failed.fieldErrors?.problems} />
      )}

      <div className="flex flex-wrap gap-2">
        {status === "DRAFT" && (
          <Button disabled={busy || dirty} onClick={() => onCommand("publish")}>
            发布
          </Button>
        )}
        {status === "PUBLISHED" && (
          <Button
            variant="secondary"
            disabled={busy || dirty}
            onClick={() => {
              if (window.confirm("确定将该观摩活动标记为已完成吗？完成后不能再修改。")) onCommand("complete");
            }}
          >
            标记为已完成
          </Button>
        )}
        {!cancelling && (
          <Button variant="danger" disabled={busy || dirty} onClick={() => setCancelling(true)}>
            取消活动…
          </Button>
        )}
      </div>

      {cancelling && (
        <div className="space-y-3 rounded-md border border-accent-200 p-3">
          <Field
            id="cancel-reason"
            label="取消原因"
            required
            error={cancelError}
            hint="取消后活动不能恢复，观摩点和人员将被释放"
          >
            {(control) => (
              <TextArea
                {...control}
                rows={2}
                maxLength={200}
                value={reason}
                onChange={(event) => setReason(event.target.value)}
              />
            )}
          </Field>
          {failed && result?.command === "cancel" && !cancelError && <ProblemList error={failed.error} />}
          <div className="flex flex-wrap gap-2">
            <Button variant="danger" disabled={busy || dirty} onClick={() => onCommand("cancel", reason)}>
              确认取消活动
            </Button>
            <Button variant="ghost" disabled={busy} onClick={() => setCancelling(false)}>
              不取消
            </Button>
          </div>
        </div>
      )}
    </div>
  );
}
