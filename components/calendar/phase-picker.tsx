"use client";

import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/field";

/**
 * Chooses the phase shown: a plain GET form (works without JavaScript through its button), which
 * also submits itself as soon as another phase is picked.
 */
export function PhasePicker({
  phases,
  selectedId,
  view,
}: {
  phases: readonly { id: number; label: string }[];
  selectedId: number;
  view: "month" | "week";
}) {
  return (
    <form method="get" className="flex items-end gap-2">
      {view !== "month" && <input type="hidden" name="view" value={view} />}
      <div>
        <label htmlFor="calendar-phase" className="block text-sm font-medium text-ink">
          阶段
        </label>
        <Select
          id="calendar-phase"
          name="phase"
          defaultValue={selectedId}
          className="mt-1 w-auto min-w-56"
          onChange={(event) => event.currentTarget.form?.requestSubmit()}
        >
          {phases.map((phase) => (
            <option key={phase.id} value={phase.id}>
              {phase.label}
            </option>
          ))}
        </Select>
      </div>
      <Button type="submit" variant="secondary">
        查看
      </Button>
    </form>
  );
}
