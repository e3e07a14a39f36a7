"use client";

import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useKeptForm } from "@/components/ui/use-kept-form";
import { updatePhaseAction } from "@/lib/campaign/actions";

type Props = {
  phaseId: number;
  defaults: { name: string; startsOn: string; endsOn: string; selfReportDeadline: string; travelMinutes: number };
};

/** A phase's name, window, self-report deadline and travel time between stops. */
export function PhaseForm({ phaseId, defaults }: Props) {
  const { state, onSubmit, pending } = useKeptForm(updatePhaseAction);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const id = (field: string) => `phase-${phaseId}-${field}`;
  return (
    <form onSubmit={onSubmit} method="post" className="grid gap-4" noValidate>
      <input type="hidden" name="phaseId" value={phaseId} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id={id("name")} label="阶段名称" required error={errors?.name}>
          {(control) => <Input {...control} name="name" defaultValue={defaults.name} required />}
        </Field>
        <Field
          id={id("travelMinutes")}
          label="站点间最短路程时间（分钟）"
          hint="同一观摩活动中相邻两个不同观摩点之间至少留出的时间"
          error={errors?.travelMinutes}
        >
          {(control) => (
            <Input
              {...control}
              name="travelMinutes"
              type="number"
              inputMode="numeric"
              min={0}
              max={240}
              defaultValue={defaults.travelMinutes}
            />
          )}
        </Field>
        <Field id={id("startsOn")} label="开始日期" required error={errors?.startsOn}>
          {(control) => <Input {...control} name="startsOn" type="date" defaultValue={defaults.startsOn} required />}
        </Field>
        <Field id={id("endsOn")} label="结束日期" required error={errors?.endsOn}>
          {(control) => <Input {...control} name="endsOn" type="date" defaultValue={defaults.endsOn} required />}
        </Field>
        <Field
          id={id("selfReportDeadline")}
          label="自查报告截止时间"
          hint="北京时间；须在本阶段时间范围内，可不填"
          error={errors?.selfReportDeadline}
        >
          {(control) => (
            <Input
              {...control}
              name="selfReportDeadline"
              type="datetime-local"
              defaultValue={defaults.selfReportDeadline}
            />
          )}
        </Field>
      </div>
      <FormMessage state={state} success="已保存" />
      <div>
        <Button type="submit" variant="secondary" disabled={pending}>
          {pending ? "正在保存…" : "保存阶段设置"}
        </Button>
      </div>
    </form>
  );
}
