"use client";

import { useEffect } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { Textarea } from "@/components/ui/textarea";
import { useKeptFormAction } from "@/components/ui/use-kept-form-action";
import { createProblemAction } from "@/lib/problems/actions";
import { PROBLEM_SEVERITIES } from "@/lib/problems/filters";
import { PROBLEM_SEVERITY_LABELS, PROBLEM_STATUS_LABELS } from "@/lib/labels";
import type { ProblemStatus } from "@/lib/generated/prisma/enums";

type Props = {
  stopId: number;
  /** YYYY-MM-DD: the earliest deadline the server accepts (today in China). */
  today: string;
  rubricItems: readonly { id: number; title: string; sequence: number; category: { name: string } }[];
  earlierProblems: readonly { id: number; description: string; status: ProblemStatus; phase: { name: string } }[];
};

/** Records a problem found at a stop; the stop fixes the party organisation and the phase. */
export function NewProblemForm({ stopId, today, rubricItems, earlierProblems }: Props) {
  const router = useRouter();
  const [state, onSubmit, pending] = useKeptFormAction<{ id: number }>(createProblemAction);
  const errors = state && !state.ok ? state.fieldErrors : undefined;

  useEffect(() => {
    if (state?.ok) router.push(`/problems/${state.data.id}`);
  }, [state, router]);

  return (
    <form onSubmit={onSubmit} className="grid max-w-2xl gap-4" noValidate>
      <input type="hidden" name="stopId" value={stopId} />
      <Field id="description" label="问题描述" required error={errors?.description}>
        {(control) => <Textarea {...control} name="description" rows={4} maxLength={1000} required />}
      </Field>
      <Field id="rubricItemId" label="评分条目" hint="问题对应的评分细则条目，可不选" error={errors?.rubricItemId}>
        {(control) => (
          <Select {...control} name="rubricItemId" defaultValue="">
            <option value="">（不关联条目）</option>
            {rubricItems.map((item) => (
              <option key={item.id} value={item.id}>
                {item.category.name} · {item.sequence}. {item.title}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="severity" label="严重程度" required error={errors?.severity}>
          {(control) => (
            <Select {...control} name="severity" defaultValue="MAJOR" required>
              {PROBLEM_SEVERITIES.map((severity) => (
                <option key={severity} value={severity}>
                  {PROBLEM_SEVERITY_LABELS[severity]}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field id="deadline" label="整改期限" required error={errors?.deadline}>
          {(control) => <Input {...control} name="deadline" type="date" min={today} required />}
        </Field>
      </div>
      <Field id="owner" label="责任人" required hint="如：某某集团党委 某某党支部书记" error={errors?.owner}>
        {(control) => <Input {...control} name="owner" maxLength={80} required />}
      </Field>
      <Field
        id="recurrenceOfId"
        label="此前阶段的同类问题"
        hint={
          earlierProblems.length > 0
            ? "该党组织在此前阶段被发现过同类问题时选择，问题将标为“反复出现”"
            : "该党组织在此前阶段没有登记过问题"
        }
        error={errors?.recurrenceOfId}
      >
        {(control) => (
          <Select {...control} name="recurrenceOfId" defaultValue="" disabled={earlierProblems.length === 0}>
            <option value="">（不是反复出现的问题）</option>
            {earlierProblems.map((problem) => (
              <option key={problem.id} value={problem.id}>
                {problem.phase.name} · {PROBLEM_STATUS_LABELS[problem.status]} · {problem.description.slice(0, 40)}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <FormMessage state={state} success="已登记，正在打开问题…" />
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? "正在登记…" : "登记问题"}
        </Button>
      </div>
    </form>
  );
}
