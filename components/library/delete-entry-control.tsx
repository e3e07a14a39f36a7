"use client";

import { useRouter } from "next/navigation";
import { startTransition, useActionState, useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FormMessage } from "@/components/ui/form-message";
import { deleteExperienceEntryAction } from "@/lib/library/actions";

type Props = { entryId: number; title: string; photoCount: number; blockedReason: string | null };

/**
 * 删除条目 after a confirmation. When the page already knows the entry may not be deleted
 * (promoted, or chosen as a demonstration project) it says why up front; the action checks again.
 */
export function DeleteEntryControl({ entryId, title, photoCount, blockedReason }: Props) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [state, dispatch, pending] = useActionState(deleteExperienceEntryAction, null);

  useEffect(() => {
    if (state?.ok) router.replace("/library");
  }, [state, router]);

  return (
    <div className="grid gap-3">
      <p className="text-sm text-muted">
        {blockedReason ?? "删除后条目及其照片不再保留，操作记入审计日志，不能恢复。"}
      </p>
      <FormMessage state={state} success="已删除，正在返回经验库…" />
      <div>
        <Button variant="danger" onClick={() => setOpen(true)} disabled={pending || state?.ok === true}>
          {pending ? "正在删除…" : "删除条目"}
        </Button>
      </div>
      <ConfirmDialog
        open={open}
        title={`删除「${title}」？`}
        confirmLabel="确认删除"
        danger
        pending={pending}
        onCancel={() => setOpen(false)}
        onConfirm={() => {
          setOpen(false);
          startTransition(() => dispatch({ entryId }));
        }}
      >
        <p>
          条目将从经验库中删除
          {photoCount > 0 ? `，连同它的 ${photoCount} 张照片` : ""}。此操作不能撤销。
        </p>
        <p>已推广或已入选示范项目的条目不能删除。</p>
      </ConfirmDialog>
    </div>
  );
}
