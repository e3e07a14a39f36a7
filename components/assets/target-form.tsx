"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Field, Input } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useKeptFormAction } from "@/components/ui/use-kept-form-action";
import { deleteAssetTargetAction, saveAssetTargetAction } from "@/lib/assets/actions";

type Existing = { id: number; year: number; amount: string; label: string };

/** Adds a target (year, amount, label) or edits one; a year has at most one target. */
export function TargetForm({ existing }: { existing?: Existing }) {
  const [state, onSubmit, pending] = useKeptFormAction<{ id: number }>(saveAssetTargetAction);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const prefix = existing ? `target-${existing.year}` : "target-new";
  return (
    <form
      onSubmit={onSubmit}
      className="grid gap-3 sm:grid-cols-[8rem_10rem_minmax(0,1fr)_auto] sm:items-start"
      noValidate
    >
      <Field id={`${prefix}-year`} label="年份" required error={errors?.year}>
        {(control) =>
          existing ? (
            <>
              <input type="hidden" name="year" value={existing.year} />
              <Input {...control} value={`${existing.year}年`} readOnly disabled />
            </>
          ) : (
            <>
              <input type="hidden" name="create" value="true" />
              <Input {...control} name="year" inputMode="numeric" placeholder="如 2030" />
            </>
          )
        }
      </Field>
      <Field id={`${prefix}-amount`} label="目标（亿元）" required error={errors?.amount}>
        {(control) => <Input {...control} name="amount" inputMode="decimal" defaultValue={existing?.amount} />}
      </Field>
      <Field id={`${prefix}-label`} label="说明" error={errors?.label}>
        {(control) => (
          <Input
            {...control}
            name="label"
            defaultValue={existing?.label}
            placeholder="如：2025年末资产总额突破6000亿元"
          />
        )}
      </Field>
      <div className="flex gap-2 sm:pt-6">
        <Button type="submit" variant={existing ? "secondary" : "primary"} disabled={pending}>
          {pending ? "正在保存…" : existing ? "保存" : "添加目标"}
        </Button>
        {existing && <DeleteTarget id={existing.id} year={existing.year} />}
      </div>
      <div className="sm:col-span-4">
        <FormMessage state={state} success="已保存" />
      </div>
    </form>
  );
}

function DeleteTarget({ id, year }: { id: number; year: number }) {
  const [open, setOpen] = useState(false);
  const [state, onSubmit, pending] = useKeptFormAction<{ id: number }>(deleteAssetTargetAction);
  return (
    <>
      <Button variant="danger" onClick={() => setOpen(true)}>
        删除
      </Button>
      <ConfirmDialog
        open={open}
        title={`删除${year}年目标？`}
        confirmLabel="删除"
        danger
        pending={pending}
        onCancel={() => setOpen(false)}
        onConfirm={() => {
          const form = document.getElementById(`delete-target-${id}`) as HTMLFormElement | null;
          form?.requestSubmit();
          setOpen(false);
        }}
      >
        删除后资产目标进度页不再显示该目标；操作会记入操作日志。
        {state && !state.ok && <span className="block text-accent-700">{state.error}</span>}
      </ConfirmDialog>
      <form id={`delete-target-${id}`} onSubmit={onSubmit} hidden>
        <input type="hidden" name="targetId" value={id} />
      </form>
    </>
  );
}
