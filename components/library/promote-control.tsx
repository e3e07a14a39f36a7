"use client";

import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { useKeptForm } from "@/components/ui/use-kept-form";
import { setExperiencePromotedAction } from "@/lib/library/actions";

/** 推广 / 取消推广 one entry; the page shows who and when after the change. */
export function PromoteControl({ entryId, promoted }: { entryId: number; promoted: boolean }) {
  const { state, onSubmit, pending } = useKeptForm(setExperiencePromotedAction);
  return (
    <form onSubmit={onSubmit} className="grid gap-3">
      <input type="hidden" name="entryId" value={entryId} />
      <input type="hidden" name="promoted" value={promoted ? "false" : "true"} />
      <p className="text-sm text-muted">
        {promoted
          ? "该条目已作为先进经验推广。取消后它不再出现在“已推广”筛选和首页推广经验中。"
          : "标记推广后，条目带“已推广”标记，并记录推广人和时间。"}
      </p>
      <FormMessage state={state} success={state?.ok ? (state.data.promoted ? "已标记推广" : "已取消推广") : ""} />
      <div>
        <Button type="submit" variant={promoted ? "secondary" : "primary"} disabled={pending}>
          {pending ? "正在保存…" : promoted ? "取消推广" : "标记推广"}
        </Button>
      </div>
    </form>
  );
}
