"use client";

import { useState } from "react";
import { ScoreLine } from "@/components/demonstration/score-line";
import type { CandidateView } from "@/components/demonstration/types";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { Textarea } from "@/components/ui/textarea";
import { useKeptForm } from "@/components/ui/use-kept-form";
import { selectCandidateAction } from "@/lib/demonstration/actions";
import type { SelectionCategory } from "@/lib/generated/prisma/enums";

type Props = {
  phaseId: number;
  category: SelectionCategory;
  candidates: CandidateView[];
  phases: { id: number; name: string }[];
  full: boolean;
  editable: boolean;
};

/** Candidates best first with their earlier results; 选择 opens a reason field under the row. */
export function CandidateList({ phaseId, category, candidates, phases, full, editable }: Props) {
  const [open, setOpen] = useState<number | null>(null);
  if (candidates.length === 0) return <p className="text-sm text-muted">暂无候选。</p>;
  return (
    <ol className="divide-y divide-line" aria-label="候选">
      {candidates.map((candidate, index) => (
        <li key={candidate.id} className="py-3" data-testid="candidate">
          <div className="flex flex-wrap items-start justify-between gap-2">
            <div className="min-w-0 flex-1">
              <p className="text-sm font-medium text-ink">
                <span className="mr-1 text-muted tabular">{index + 1}.</span>
                {candidate.name} {candidate.promoted && <Badge tone="accent">已推广</Badge>}{" "}
                {candidate.selected && <Badge tone="success">已入选</Badge>}
              </p>
              <p className="text-xs text-ink-soft">
                {candidate.enterprise}
                {candidate.organization !== candidate.name && ` · ${candidate.organization}`}
                {candidate.detail && ` · ${candidate.detail}`}
              </p>
              <ScoreLine candidate={candidate} phases={phases} />
            </div>
            {editable && !candidate.selected && open !== candidate.id && (
              <Button
                variant="secondary"
                size="sm"
                onClick={() => setOpen(candidate.id)}
                aria-label={`选择 ${candidate.name}`}
                title={full ? "名额已满，选择时会提示" : undefined}
              >
                选择
              </Button>
            )}
          </div>
          {open === candidate.id && (
            <ChooseForm
              key={candidate.id}
              phaseId={phaseId}
              category={category}
              candidate={candidate}
              onCancel={() => setOpen(null)}
            />
          )}
        </li>
      ))}
    </ol>
  );
}

function ChooseForm({
  phaseId,
  category,
  candidate,
  onCancel,
}: {
  phaseId: number;
  category: SelectionCategory;
  candidate: CandidateView;
  onCancel: () => void;
}) {
  const { state, onSubmit, pending } = useKeptForm(selectCandidateAction);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const fieldId = `reason-${category}-${candidate.id}`;
  if (state?.ok) {
    return (
      <p role="status" className="mt-3 rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-800">
        已入选，占第 {state.data.slot} 个名额
      </p>
    );
  }
  return (
    <form onSubmit={onSubmit} className="mt-3 grid gap-3 rounded-md bg-canvas p-3" noValidate>
      <input type="hidden" name="phaseId" value={phaseId} />
      <input type="hidden" name="category" value={category} />
      <input type="hidden" name="targetId" value={candidate.id} />
      <Field id={fieldId} label="入选理由" required hint="写明入选依据，将在示范名单上公布" error={errors?.reason}>
        {(control) => <Textarea {...control} name="reason" rows={3} required />}
      </Field>
      <FormMessage state={state} success="" />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={pending}>
          {pending ? "正在保存…" : "确认入选"}
        </Button>
        <Button variant="ghost" onClick={onCancel}>
          取消
        </Button>
      </div>
    </form>
  );
}
