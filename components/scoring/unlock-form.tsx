"use client";

import { useActionState } from "react";
import { unlockScoreSheetAction } from "@/lib/scoring/actions";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";

/** ADMIN reopens a submitted sheet for its scorer; the reason is kept with the sheet's history. */
export function UnlockForm({ sheetId, version, scorerName }: { sheetId: number; version: number; scorerName: string }) {
  const [state, submit, pending] = useActionState(unlockScoreSheetAction, null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form
      action={submit}
      onSubmit={(event) => {
        // Without a reason the server answers beside the field; only a complete request is confirmed.
        const reason = String(new FormData(event.currentTarget).get("reason") ?? "").trim();
        if (
          reason.length >= 4 &&
          !window.confirm(`确定解锁吗？评分表将退回${scorerName}修改，重新提交前不计入排名。`)
        ) {
          event.preventDefault();
        }
      }}
      className="grid max-w-xl gap-3"
      noValidate
    >
      <input type="hidden" name="sheetId" value={sheetId} />
      <input type="hidden" name="version" value={version} />
      <Field
        id="unlock-reason"
        label="解锁原因"
        required
        hint="如：评分人申请更正第 3 项分值。原因会记入评分表的修改记录和操作日志。"
        error={errors?.reason}
      >
        {(control) => (
          <textarea
            {...control}
            name="reason"
            rows={3}
            maxLength={500}
            required
            className="block w-full rounded-md border border-line-strong bg-surface px-3 py-2 text-base text-ink sm:text-sm focus:border-accent-700 focus:ring-2 focus:ring-accent-700/20 focus:outline-none aria-invalid:border-accent-700"
          />
        )}
      </Field>
      <FormMessage state={state} success="已解锁，评分人可以修改后重新提交" />
      <div>
        <Button type="submit" variant="danger" disabled={pending}>
          {pending ? "正在解锁…" : "解锁评分表"}
        </Button>
      </div>
    </form>
  );
}
