"use client";

import { useEffect } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { Textarea } from "@/components/ui/textarea";
import { useKeptForm } from "@/components/ui/use-kept-form";
import { createCampaignAction, updateCampaignAction } from "@/lib/campaign/actions";

type Existing = { id: number; year: number; name: string; goals: string[]; description: string };

/** Creates a year's campaign (with its three planned phases) or edits its name, goals and description. */
export function CampaignForm({ existing, suggestedYear }: { existing?: Existing; suggestedYear?: number }) {
  const router = useRouter();
  const { state, onSubmit, pending } = useKeptForm(existing ? updateCampaignAction : createCampaignAction);
  const errors = state && !state.ok ? state.fieldErrors : undefined;

  useEffect(() => {
    if (state?.ok && !existing) router.push(`/admin/campaign?year=${state.data.year}`);
  }, [state, existing, router]);

  return (
    <form onSubmit={onSubmit} method="post" className="grid max-w-2xl gap-4" noValidate>
      {existing ? (
        <input type="hidden" name="campaignId" value={existing.id} />
      ) : (
        <Field id="campaign-year" label="年度" required hint="每年一次活动" error={errors?.year}>
          {(control) => (
            <Input
              {...control}
              name="year"
              type="number"
              inputMode="numeric"
              defaultValue={suggestedYear}
              className="max-w-32"
              required
            />
          )}
        </Field>
      )}
      <Field id="campaign-name" label="活动名称" required error={errors?.name}>
        {(control) => (
          <Input
            {...control}
            name="name"
            defaultValue={existing?.name}
            placeholder="如：2023年市国资系统党建“大观摩”活动"
            required
          />
        )}
      </Field>
      <Field id="campaign-goals" label="活动目标" hint="每行一条，如：找差距补短板" error={errors?.goals}>
        {(control) => <Textarea {...control} name="goals" rows={3} defaultValue={existing?.goals.join("\n")} />}
      </Field>
      <Field id="campaign-description" label="活动说明" error={errors?.description}>
        {(control) => <Textarea {...control} name="description" rows={4} defaultValue={existing?.description} />}
      </Field>
      <FormMessage state={state} success={existing ? "已保存" : "已创建"} />
      <div>
        <Button type="submit" variant={existing ? "secondary" : "primary"} disabled={pending}>
          {pending ? "正在保存…" : existing ? "保存活动信息" : "创建活动"}
        </Button>
      </div>
    </form>
  );
}
