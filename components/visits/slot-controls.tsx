"use client";

import { useEffect } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useKeptFormAction } from "@/components/ui/use-kept-form-action";
import { cancelVisitSlotAction, deleteVisitSlotAction } from "@/lib/visits/actions";

/** Cancels a slot with a reason; everyone signed up or waiting is told. */
export function CancelSlotForm({ slotId, activeSignups }: { slotId: number; activeSignups: number }) {
  const [state, onSubmit, pending] = useKeptFormAction(cancelVisitSlotAction);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form
      onSubmit={(event) => {
        const question =
          activeSignups > 0
            ? `确定取消本时段吗？已报名和候补的 ${activeSignups} 人的报名将一并取消，并收到通知。此操作不能撤销。`
            : "确定取消本时段吗？此操作不能撤销。";
        if (!window.confirm(question)) {
          event.preventDefault();
          return;
        }
        onSubmit(event);
      }}
      className="grid max-w-xl gap-3"
      noValidate
    >
      <input type="hidden" name="slotId" value={slotId} />
      <Field id="reason" label="取消原因" required hint="报名者会在通知中看到" error={errors?.reason}>
        {(control) => <Input {...control} name="reason" maxLength={200} required />}
      </Field>
      <FormMessage state={state} success="时段已取消" />
      <div>
        <Button type="submit" variant="danger" disabled={pending}>
          {pending ? "正在取消…" : "取消时段"}
        </Button>
      </div>
    </form>
  );
}

/** Deletes a slot nobody ever signed up for, then returns to the list. */
export function DeleteSlotButton({ slotId }: { slotId: number }) {
  const router = useRouter();
  const [state, onSubmit, pending] = useKeptFormAction(deleteVisitSlotAction);
  useEffect(() => {
    if (state?.ok) router.push("/admin/visits");
  }, [state, router]);
  return (
    <form
      onSubmit={(event) => {
        if (!window.confirm("确定删除本时段吗？")) {
          event.preventDefault();
          return;
        }
        onSubmit(event);
      }}
      className="grid gap-3"
    >
      <input type="hidden" name="slotId" value={slotId} />
      <FormMessage state={state} success="已删除" />
      <div>
        <Button type="submit" variant="danger" disabled={pending}>
          删除时段
        </Button>
      </div>
    </form>
  );
}
