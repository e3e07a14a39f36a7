"use client";

import { useEffect } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useKeptFormAction } from "@/components/ui/use-kept-form-action";
import { createVisitSlotAction, updateVisitSlotAction } from "@/lib/visits/actions";

export type SiteChoice = {
  id: number;
  name: string;
  enterprise: string;
  capacity: number;
  isDemonstrationSite: boolean;
};

export type SlotFormValues = {
  slotId: number;
  siteId: number;
  /** YYYY-MM-DD and HH:MM, as read in China. */
  date: string;
  startTime: string;
  endTime: string;
  capacity: number;
  note: string;
  /** People hold places or wait: site and time stay as they are. */
  placeAndTimeLocked: boolean;
  siteLabel: string;
  timeLabel: string;
};

type Props = {
  phaseId: number;
  sites: SiteChoice[];
  /** Editing a slot; without it the form opens a new one. */
  existing?: SlotFormValues;
};

function siteOptionLabel(site: SiteChoice) {
  return `${site.isDemonstrationSite ? "【示范观摩点】" : ""}${site.name}（${site.enterprise}，可容纳 ${site.capacity} 人）`;
}

/** Opens a visit slot or changes one; the server checks everything again and answers per field. */
export function SlotForm({ phaseId, sites, existing }: Props) {
  const router = useRouter();
  const [state, onSubmit, pending] = useKeptFormAction<{ id: number }>(
    existing ? updateVisitSlotAction : createVisitSlotAction,
  );
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const locked = existing?.placeAndTimeLocked ?? false;

  useEffect(() => {
    if (state?.ok && !existing) router.push(`/admin/visits/${state.data.id}`);
  }, [state, existing, router]);

  return (
    <form onSubmit={onSubmit} className="grid max-w-xl gap-4" noValidate>
      {existing ? (
        <input type="hidden" name="slotId" value={existing.slotId} />
      ) : (
        <input type="hidden" name="phaseId" value={phaseId} />
      )}
      {locked && existing ? (
        <div className="rounded-md bg-canvas px-3 py-2 text-sm text-ink-soft">
          <p>
            {existing.siteLabel} · {existing.timeLabel}
          </p>
          <p className="mt-1 text-xs text-muted">
            已有人报名或候补，观摩点和时间不能更改；如需调整，请取消本时段（报名者会收到通知）后另建。
          </p>
          <input type="hidden" name="siteId" value={existing.siteId} />
          <input type="hidden" name="date" value={existing.date} />
          <input type="hidden" name="startTime" value={existing.startTime} />
          <input type="hidden" name="endTime" value={existing.endTime} />
        </div>
      ) : (
        <>
          <Field id="siteId" label="观摩点" required hint="已评选为国企党建观摩示范点的列在前面" error={errors?.siteId}>
            {(control) => (
              <Select {...control} name="siteId" defaultValue={existing?.siteId ?? ""} required>
                <option value="" disabled>
                  请选择观摩点
                </option>
                {sites.map((site) => (
                  <option key={site.id} value={site.id}>
                    {siteOptionLabel(site)}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          <Field id="date" label="日期" required error={errors?.date}>
            {(control) => <Input {...control} name="date" type="date" defaultValue={existing?.date} required />}
          </Field>
          <div className="grid grid-cols-2 gap-4">
            <Field id="startTime" label="开始时间" required error={errors?.startTime}>
              {(control) => (
                <Input {...control} name="startTime" type="time" defaultValue={existing?.startTime} required />
              )}
            </Field>
            <Field id="endTime" label="结束时间" required error={errors?.endTime}>
              {(control) => <Input {...control} name="endTime" type="time" defaultValue={existing?.endTime} required />}
            </Field>
          </div>
        </>
      )}
      <Field
        id="capacity"
        label="名额"
        required
        hint={existing ? "不能少于已确认报名人数；增加的名额自动递补给候补名单" : "不超过观摩点可容纳人数"}
        error={errors?.capacity}
      >
        {(control) => (
          <Input
            {...control}
            name="capacity"
            type="number"
            inputMode="numeric"
            min={1}
            defaultValue={existing?.capacity}
            required
            className="max-w-40"
          />
        )}
      </Field>
      <Field id="note" label="说明" hint="集合地点、注意事项等，报名页可见" error={errors?.note}>
        {(control) => <Input {...control} name="note" defaultValue={existing?.note} maxLength={200} />}
      </Field>
      <FormMessage state={state} success={existing ? "已保存" : "已创建"} />
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? "正在保存…" : existing ? "保存修改" : "创建时段"}
        </Button>
      </div>
    </form>
  );
}
