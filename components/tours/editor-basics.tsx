"use client";

import { Field, Input, Select } from "@/components/ui/field";
import { TextArea } from "@/components/tours/controls";
import { formatDateRange } from "@/lib/format";
import type { EditorState } from "@/lib/tours/editor-state";
import type { EditorPhase } from "@/lib/tours/editor-queries";
import { LIMITS } from "@/lib/tours/schemas";

type Props = {
  state: EditorState;
  phases: EditorPhase[];
  /** The phase the tour was saved in: still listed when it has closed since. */
  savedPhaseId: number | null;
  errors?: Record<string, string[]>;
  onChange: (patch: Partial<EditorState>) => void;
};

/** Title, phase, date and time window, meeting point and notes. */
export function EditorBasics({ state, phases, savedPhaseId, errors, onChange }: Props) {
  const phase = phases.find((candidate) => candidate.id === state.phaseId);
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <Field id="tour-title" label="活动名称" required error={errors?.title} className="sm:col-span-2">
        {(control) => (
          <Input
            {...control}
            value={state.title}
            maxLength={LIMITS.title}
            placeholder="如：交叉观摩第四组"
            onChange={(event) => onChange({ title: event.target.value })}
          />
        )}
      </Field>
      <Field
        id="tour-phase"
        label="所属阶段"
        required
        error={errors?.phaseId}
        hint={phase ? `阶段时间：${formatDateRange(phase.startsOn, phase.endsOn)}` : undefined}
      >
        {(control) => (
          <Select
            {...control}
            value={state.phaseId ?? ""}
            onChange={(event) => onChange({ phaseId: event.target.value ? Number(event.target.value) : null })}
          >
            <option value="">请选择阶段</option>
            {phases.map((option) => (
              <option
                key={option.id}
                value={option.id}
                disabled={option.status === "CLOSED" && option.id !== savedPhaseId}
              >
                {option.label}
                {option.status === "CLOSED" ? "（已结束）" : ""}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field id="tour-date" label="活动日期" required error={errors?.date}>
        {(control) => (
          <Input
            {...control}
            type="date"
            value={state.date}
            min={phase?.startsOn}
            max={phase?.endsOn}
            onChange={(event) => onChange({ date: event.target.value })}
          />
        )}
      </Field>
      <div className="grid grid-cols-2 gap-3 sm:col-span-2 sm:max-w-sm">
        <Field id="tour-start" label="开始时间" required error={errors?.startTime}>
          {(control) => (
            <Input
              {...control}
              type="time"
              value={state.startTime}
              onChange={(event) => onChange({ startTime: event.target.value })}
            />
          )}
        </Field>
        <Field id="tour-end" label="结束时间" required error={errors?.endTime}>
          {(control) => (
            <Input
              {...control}
              type="time"
              value={state.endTime}
              onChange={(event) => onChange({ endTime: event.target.value })}
            />
          )}
        </Field>
      </div>
      <Field id="tour-meeting-point" label="集合地点" error={errors?.meetingPoint} className="sm:col-span-2">
        {(control) => (
          <Input
            {...control}
            value={state.meetingPoint}
            maxLength={LIMITS.meetingPoint}
            placeholder="如：市国资委办公楼前广场集合乘车"
            onChange={(event) => onChange({ meetingPoint: event.target.value })}
          />
        )}
      </Field>
      <Field id="tour-notes" label="备注" error={errors?.notes} className="sm:col-span-2">
        {(control) => (
          <TextArea
            {...control}
            value={state.notes}
            maxLength={LIMITS.notes}
            rows={3}
            onChange={(event) => onChange({ notes: event.target.value })}
          />
        )}
      </Field>
    </div>
  );
}
